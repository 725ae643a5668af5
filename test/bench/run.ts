// `npm run bench`: runs every test/bench/*.bench.ts and prints each figure beside its budget.
// Figures are medians; nothing here fails a build (machines are noisy), it informs.

import * as fs from 'fs';
import * as path from 'path';
import { Figure, formatFigure } from './harness';

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort();
  let over = 0;
  console.log(`CRM Study Notes benchmarks (node ${process.version}, ${new Date().toISOString()})\n`);
  for (const file of files) {
    const mod = (await import(path.join(__dirname, file))) as { bench(): Promise<Figure[]> };
    console.log(`# ${file.replace('.bench.ts', '')}`);
    for (const figure of await mod.bench()) {
      console.log(formatFigure(figure));
      if (figure.budget !== undefined && figure.value > figure.budget) over++;
    }
    console.log('');
  }
  console.log(over ? `${over} figure(s) over budget` : 'all figures within budget');
  // The activation bench leaves the extension's timers behind; nothing else is pending.
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
