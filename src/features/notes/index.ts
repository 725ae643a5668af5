// Writing notes: everything a student meets while typing lecture notes in
// Markdown. One term matcher (built on first use, following the student's
// notes from then on) feeds the hover, Go to Definition, the term underlines
// and the Markdown preview's tooltips; "Open Note at Line" takes the hover's
// links (and every other view's) to where a student's concept is written.

import type MarkdownIt from 'markdown-it';
import vscode = require('vscode');
import { Settings } from '../../vscode/constants';
import { ContentIndex } from '../../core/content/contentIndex';
import { registerDefinition } from './definition';
import { registerHighlight } from './highlight';
import { registerHover } from './hover';
import { registerOpenNote } from './openNote';
import { previewTerms } from './preview';
import { liveSetting } from '../../vscode/liveSetting';
import { TermService } from './termService';

export interface NoteTermsFeature extends vscode.Disposable {
  /** For activate()'s return value: VS Code's Markdown preview calls it with its markdown-it. */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
  /** The one term matcher, for the features that read notes too (the framework checks). */
  readonly terms: TermService;
}

export function registerNoteTerms(pack: ContentIndex): NoteTermsFeature {
  const terms = new TermService(pack);
  const hoverEnabled = liveSetting(Settings.section, Settings.hoverEnabled, true);
  const highlightTerms = liveSetting(Settings.section, Settings.highlightTerms, false);
  const disposable = vscode.Disposable.from(
    terms,
    hoverEnabled,
    highlightTerms,
    registerHover(terms, pack, hoverEnabled),
    registerDefinition(terms),
    registerHighlight(terms, highlightTerms),
    registerOpenNote(),
  );
  return { extendMarkdownIt: previewTerms(terms), terms, dispose: () => disposable.dispose() };
}
