// Reads the compiled course pack that ships in dist/. Activation never parses Markdown.

import * as fs from 'fs';
import * as path from 'path';
import { ContentIndex } from './core/contentIndex';

export function loadBundledPack(extensionPath: string): ContentIndex {
  const file = path.join(extensionPath, 'dist', 'content.json');
  return ContentIndex.fromJson(fs.readFileSync(file, 'utf8'));
}
