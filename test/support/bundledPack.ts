// The bundled course pack compiled from content/*.md the way the build does,
// for unit tests and benches that check behaviour against the real concepts
// (no build needed). Compiled once per process.

import * as fs from 'fs';
import * as path from 'path';
import { CompileResult, ContentFile, compilePack, isPackFile } from '../../src/core/content/packCompiler';
import { ContentIndex } from '../../src/core/content/contentIndex';
import { Pack } from '../../src/core/content/model';

const CONTENT_DIR = path.join(__dirname, '..', '..', 'content');

let compiled: CompileResult | undefined;
let index: ContentIndex | undefined;

/** The pack files of a folder, as the build reads content/: named `<label>/<file>` in diagnostics. */
export function packFiles(dir: string, label: string): ContentFile[] {
  return fs
    .readdirSync(dir)
    .filter(isPackFile)
    .sort()
    .map((name) => ({ path: `${label}/${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

/** The pack and the compiler's diagnostics, as `npm run build` gets them. */
export function compiledContent(): CompileResult {
  return (compiled ??= compilePack(packFiles(CONTENT_DIR, 'content')));
}

/** The compiled pack as dist/content.json holds it. */
export function bundledPack(): Pack {
  return compiledContent().pack;
}

/** The same pack with its lookups, as activation builds it. */
export function bundledIndex(): ContentIndex {
  return (index ??= new ContentIndex(bundledPack()));
}
