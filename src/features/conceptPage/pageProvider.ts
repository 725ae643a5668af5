// Serves the read-only `crm-study:` concept pages that F12, hover links and
// "Show Concept" open. A page always answers: an unknown id gets a short
// "not found" page rather than an error.

import vscode = require('vscode');
import { ContentIndex } from '../../core/content/contentIndex';
import { conceptPageFileName, conceptPageMarkdown } from '../../core/concepts/conceptPage';
import { Concept } from '../../core/content/model';
import { conceptIdFromUri, conceptUri } from '../../vscode/conceptUri';

export class ConceptPageProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly index: ContentIndex) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    const concept = this.conceptAt(uri);
    if (!concept) return `# ${vscode.l10n.t('Concept not found')}\n\n${vscode.l10n.t('The course pack has no concept at {0}.', `\`${uri.toString(true)}\``)}\n`;
    return conceptPageMarkdown(concept, this.index, { linkTo: (c) => conceptUri(c).toString() });
  }

  /** By the id in the query; by file name when a link dropped the query. */
  conceptAt(uri: vscode.Uri): Concept | undefined {
    const id = conceptIdFromUri(uri);
    if (id) return this.index.concept(id);
    const name = decodeURIComponent(uri.path.split('/').pop() ?? '');
    return this.index.concepts.find((c) => conceptPageFileName(c.term) === name);
  }
}
