// Go to Definition (F12, Ctrl+click) on a course term in a Markdown note opens
// the concept's page (crm-study: URI; the page itself is served by conceptPage);
// on a student's own term it goes to the line of the note that defines it, and
// on a term both define, to both (VS Code then offers the two in Peek).

import vscode = require('vscode');
import { Concept } from '../../core/content/model';
import { conceptUri } from '../../vscode/conceptUri';
import { TermService } from './termService';

export class TermDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly terms: TermService) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] | undefined {
    const match = this.terms.termAt(document, position);
    return match ? [match.concept, ...match.also].map(locationOf) : undefined;
  }
}

/** A note concept's line in its note; a pack concept's page. */
export function locationOf(concept: Concept): vscode.Location {
  if (concept.uri) return new vscode.Location(vscode.Uri.parse(concept.uri), new vscode.Position(Math.max(0, concept.line - 1), 0));
  return new vscode.Location(conceptUri(concept), new vscode.Position(0, 0));
}

export function registerDefinition(terms: TermService): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider({ language: 'markdown' }, new TermDefinitionProvider(terms));
}
