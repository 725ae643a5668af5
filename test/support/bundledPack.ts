// The bundled course pack compiled from content/*.md the way the build does,
// for unit tests and benches that check behaviour against the real concepts
// (no build needed). Compiled once per process.

import * as fs from 'fs';
import * as path from 'path';
import { compilePack } from '../../src/core/packCompiler';
import { ContentIndex } from '../../src/core/contentIndex';
import { Pack } from '../../src/core/model';

const CONTENT_DIR = path.join(__dirname, '..', '..', 'content');

let pack: Pack | undefined;
let index: ContentIndex | undefined;

/** The compiled pack as dist/content.json holds it. */
export function bundledPack(): Pack {
  if (!pack) {
    const files = fs
      .readdirSync(CONTENT_DIR)
      .filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md')
      .sort()
      .map((name) => ({ path: `content/${name}`, text: fs.readFileSync(path.join(CONTENT_DIR, name), 'utf8') }));
    pack = compilePack(files).pack;
  }
  return pack;
}

/** The same pack with its lookups, as activation builds it. */
export function bundledIndex(): ContentIndex {
  return (index ??= new ContentIndex(bundledPack()));
}
