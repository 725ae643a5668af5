// Reads the compiled course pack that ships in dist/, with Node's fs (the
// desktop build). Activation never parses Markdown.

import * as fs from 'fs';
import * as path from 'path';
import type { ContentIndex } from '../core/content/contentIndex';
import { packOrReport } from './pack';

/** Loads the pack; on failure reports why and returns an empty pack, so the rest of VS Code is unaffected. */
export function loadBundledPackOrReport(extensionPath: string, report: (message: string) => void): ContentIndex {
  return packOrReport(() => fs.readFileSync(path.join(extensionPath, 'dist', 'content.json'), 'utf8'), report);
}
