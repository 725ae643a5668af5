// The compiled course pack from its text, the same on the desktop and in the
// browser: only how the text is read differs (./packLoader.ts with Node's fs,
// ../web/extension.ts with fetch or vscode.workspace.fs).

import vscode = require('vscode');
import { ContentIndex } from '../core/content/contentIndex';

/** The pack parsed from `read()`; on failure reports why and returns an empty pack, so the rest of VS Code is unaffected. */
export function packOrReport(read: () => string, report: (message: string) => void): ContentIndex {
  try {
    return ContentIndex.fromJson(read());
  } catch (error) {
    report(vscode.l10n.t('CRM Study Notes could not load its course pack: {0}', error instanceof Error ? error.message : String(error)));
    return new ContentIndex({ version: 1, topics: [], concepts: [], cards: [] });
  }
}
