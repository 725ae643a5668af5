// Addresses of the read-only concept pages (scheme crm-study). The path carries
// the term so the editor tab reads "Key account management.md"; the query
// carries the stable id the page is built from.

import vscode = require('vscode');
import { CONCEPT_SCHEME } from './constants';
import { conceptPageFileName } from '../core/concepts/conceptPage';

export function conceptUri(concept: { id: string; term: string }): vscode.Uri {
  return vscode.Uri.from({ scheme: CONCEPT_SCHEME, path: `/${conceptPageFileName(concept.term)}`, query: `id=${encodeURIComponent(concept.id)}` });
}

/** Reading the id back is argument parsing, which lives (vscode-free, unit-tested) in ./commandArgs.ts. */
export { conceptIdFromUri } from './commandArgs';
