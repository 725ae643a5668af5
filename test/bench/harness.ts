// Tiny benchmark harness: medians over repeated runs, printed beside budgets.
// Benchmarks live in test/bench/*.bench.ts and export `bench(): Promise<Figure[]>`.

import * as fs from 'fs';
import * as path from 'path';
import { ContentIndex } from '../../src/core/content/contentIndex';

let shippedPack: ContentIndex | undefined;

/** The pack the extension ships: dist/content.json (npm run bench builds it first), read once. */
export function distPack(): ContentIndex {
  return (shippedPack ??= ContentIndex.fromJson(fs.readFileSync(path.join(__dirname, '..', '..', 'dist', 'content.json'), 'utf8')));
}

export interface Figure {
  name: string;
  /** The median, in `unit`. */
  value: number;
  unit: 'ms' | 'µs' | 'KB' | 'MB';
  /** The budget in the same unit, if there is one: PRODUCT.md's, or our own where the bench says so (quiz.bench.ts). */
  budget?: number;
  /** Extra context, e.g. how the cost grows with input size. */
  note?: string;
}

/** Median wall time of `fn` in milliseconds over `runs` runs, after `warmup` unmeasured runs. */
export function medianMs(fn: () => unknown, runs = 50, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/** Median time per call in microseconds, timing batches of `batch` calls to beat timer resolution. */
export function medianUs(fn: () => unknown, batch = 1000, runs = 30): number {
  return (medianMs(() => {
    for (let i = 0; i < batch; i++) fn();
  }, runs, 3) * 1000) / batch;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function formatFigure(f: Figure): string {
  const value = f.value < 10 ? f.value.toFixed(3) : f.value.toFixed(1);
  const verdict = f.budget === undefined ? '' : f.value <= f.budget ? `  ok (budget ${f.budget} ${f.unit})` : `  OVER BUDGET (${f.budget} ${f.unit})`;
  return `${f.name.padEnd(58)} ${value.padStart(10)} ${f.unit}${verdict}${f.note ? `\n${' '.repeat(60)}${f.note}` : ''}`;
}
