// The bundled course pack compiled from content/*.md, for unit tests that check
// behaviour against the real concepts (no build needed).

import * as fs from 'fs';
import * as path from 'path';
import { compilePack } from '../../src/core/packCompiler';
import { ContentIndex } from '../../src/core/contentIndex';

const CONTENT_DIR = path.join(__dirname, '..', '..', 'content');

let cached: ContentIndex | undefined;

export function realPack(): ContentIndex {
  if (!cached) {
    const files = fs
      .readdirSync(CONTENT_DIR)
      .filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md')
      .sort()
      .map((name) => ({ path: `content/${name}`, text: fs.readFileSync(path.join(CONTENT_DIR, name), 'utf8') }));
    cached = new ContentIndex(compilePack(files).pack);
  }
  return cached;
}
