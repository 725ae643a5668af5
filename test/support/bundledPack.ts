// The bundled course pack compiled from content/*.md the way the build does,
// for unit tests and benches that check behaviour against the real concepts
// (no build needed). Compiled once per process.

import * as fs from 'fs';
import * as path from 'path';
import { CompileResult, compilePack, isPackFile } from '../../src/core/content/packCompiler';
import { ContentIndex } from '../../src/core/content/contentIndex';
import { Pack } from '../../src/core/content/model';

const CONTENT_DIR = path.join(__dirname, '..', '..', 'content');

let compiled: CompileResult | undefined;
let index: ContentIndex | undefined;

/** The pack and the compiler's diagnostics, as `npm run build` gets them. */
export function compiledContent(): CompileResult {
  if (!compiled) {
    const files = fs
      .readdirSync(CONTENT_DIR)
      .filter(isPackFile)
      .sort()
      .map((name) => ({ path: `content/${name}`, text: fs.readFileSync(path.join(CONTENT_DIR, name), 'utf8') }));
    compiled = compilePack(files);
  }
  return compiled;
}

/** The compiled pack as dist/content.json holds it. */
export function bundledPack(): Pack {
  return compiledContent().pack;
}

/** The same pack with its lookups, as activation builds it. */
export function bundledIndex(): ContentIndex {
  return (index ??= new ContentIndex(bundledPack()));
}
