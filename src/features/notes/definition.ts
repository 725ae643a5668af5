// Go to Definition (F12, Ctrl+click) on a course term in a Markdown note opens
// the concept's page (crm-study: URI; the page itself is served by conceptPage).

import vscode = require('vscode');
import { conceptUri } from '../../vscode/conceptUri';
import { TermService } from './termService';

export class TermDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly terms: TermService) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    const match = this.terms.termAt(document, position);
    return match ? new vscode.Location(conceptUri(match.concept), new vscode.Position(0, 0)) : undefined;
  }
}

export function registerDefinition(terms: TermService): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider({ language: 'markdown' }, new TermDefinitionProvider(terms));
}
