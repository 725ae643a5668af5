// Hovering a course term, or one of the student's own, in a Markdown note: the
// term, its definition, parts, source (or the note it is written in), related
// concepts, links to open the concept or study it, and the student's own
// definition of a course term beside the pack's. The hover's Markdown may run
// our own three commands and nothing else.
// `crmStudy.hover.enabled` registers and unregisters the provider live.

import vscode = require('vscode');
import { Commands } from '../../vscode/constants';
import { ContentIndex } from '../../core/content/contentIndex';
import { conceptHoverMarkdown } from '../../core/notes/conceptHover';
import { LiveSetting, whileEnabled } from '../../vscode/liveSetting';
import { TermService } from './termService';

export const HOVER_COMMANDS: readonly string[] = [Commands.showConcept, Commands.openFlashcards, Commands.openNote];
const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export class TermHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly terms: TermService,
    private readonly pack: ContentIndex,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const match = this.terms.termAt(document, position);
    if (!match) return undefined;
    const text = conceptHoverMarkdown(
      match.concept,
      { showConcept: Commands.showConcept, study: Commands.openFlashcards, openNote: Commands.openNote },
      (id) => this.pack.concept(id),
      { also: match.also, hasCards: (id) => this.pack.cardsOf(id).length > 0 },
    );
    const markdown = new vscode.MarkdownString(text);
    markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    return new vscode.Hover(markdown, new vscode.Range(position.line, match.start, position.line, match.end));
  }
}

export function registerHover(terms: TermService, pack: ContentIndex, enabled: LiveSetting<boolean>): vscode.Disposable {
  return whileEnabled(enabled, () => vscode.languages.registerHoverProvider(MARKDOWN, new TermHoverProvider(terms, pack)));
}
