// Reads the compiled course pack that ships in dist/. Activation never parses Markdown.

import * as fs from 'fs';
import * as path from 'path';
import { ContentIndex } from '../core/content/contentIndex';

/** Loads the pack; on failure reports why and returns an empty pack, so the rest of VS Code is unaffected. */
export function loadBundledPackOrReport(extensionPath: string, report: (message: string) => void): ContentIndex {
  try {
    return loadBundledPack(extensionPath);
  } catch (error) {
    report(`CRM Study Notes could not load its course pack: ${error instanceof Error ? error.message : String(error)}`);
    return new ContentIndex({ version: 1, topics: [], concepts: [], cards: [] });
  }
}

function loadBundledPack(extensionPath: string): ContentIndex {
  const file = path.join(extensionPath, 'dist', 'content.json');
  return ContentIndex.fromJson(fs.readFileSync(file, 'utf8'));
}
