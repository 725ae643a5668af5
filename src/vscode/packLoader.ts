// Reads the compiled course pack that ships in dist/. Activation never parses Markdown.

import * as fs from 'fs';
import * as path from 'path';
import vscode = require('vscode');
import { ContentIndex } from '../core/content/contentIndex';

/** Loads the pack; on failure reports why and returns an empty pack, so the rest of VS Code is unaffected. */
export function loadBundledPackOrReport(extensionPath: string, report: (message: string) => void): ContentIndex {
  try {
    return loadBundledPack(extensionPath);
  } catch (error) {
    report(vscode.l10n.t('CRM Study Notes could not load its course pack: {0}', error instanceof Error ? error.message : String(error)));
    return new ContentIndex({ version: 1, topics: [], concepts: [], cards: [] });
  }
}

function loadBundledPack(extensionPath: string): ContentIndex {
  const file = path.join(extensionPath, 'dist', 'content.json');
  return ContentIndex.fromJson(fs.readFileSync(file, 'utf8'));
}
