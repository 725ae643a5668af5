// Hovering a course term in a Markdown note: the term, its definition, parts,
// source, related concepts, and links to open the concept or study it. The
// hover's Markdown may run our own two commands and nothing else.
// `crmStudy.hover.enabled` registers and unregisters the provider live.

import vscode = require('vscode');
import { Commands } from '../../vscode/constants';
import { ContentIndex } from '../../core/content/contentIndex';
import { conceptHoverMarkdown } from '../../core/notes/conceptHover';
import { LiveSetting, whileEnabled } from '../../vscode/liveSetting';
import { TermService } from './termService';

export const HOVER_COMMANDS: readonly string[] = [Commands.showConcept, Commands.openFlashcards];
const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export class TermHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly terms: TermService,
    private readonly pack: ContentIndex,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const match = this.terms.termAt(document, position);
    if (!match) return undefined;
    const text = conceptHoverMarkdown(match.concept, { showConcept: Commands.showConcept, study: Commands.openFlashcards }, (id) => this.pack.concept(id));
    const markdown = new vscode.MarkdownString(text);
    markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    return new vscode.Hover(markdown, new vscode.Range(position.line, match.start, position.line, match.end));
  }
}

export function registerHover(terms: TermService, pack: ContentIndex, enabled: LiveSetting<boolean>): vscode.Disposable {
  return whileEnabled(enabled, () => vscode.languages.registerHoverProvider(MARKDOWN, new TermHoverProvider(terms, pack)));
}
