// What activate() hands to other extensions through
// vscode.extensions.getExtension(EXTENSION_ID).exports. Any installed extension
// can read it, so outside Test mode it is only what VS Code's Markdown preview
// needs; the test hooks (the progress store, the panel) are added only when VS
// Code runs the extension for its integration tests. The suites import these
// types instead of declaring the API again.

import type MarkdownIt from 'markdown-it';
import type { ContentIndex } from './core/content/contentIndex';
import type { ConceptTreeProvider } from './features/conceptTree';
import type { FlashcardsTestHooks } from './features/flashcards/testHooks';
import type { ImportExportTestHooks } from './features/importExport/testHooks';
import type { MyNotesTestHooks } from './features/myNotes/testHooks';
import type { CheckNotesTestHooks } from './features/checkNotes/testHooks';
import type { DashboardTestHooks } from './features/dashboard/testHooks';

export type { FlashcardsPanelTestHooks, FlashcardsTestHooks } from './features/flashcards/testHooks';
export type { MyNotesTestHooks } from './features/myNotes/testHooks';
export type { ImportExportTestHooks, ImportPreviewSnapshot } from './features/importExport/testHooks';
export type { ExportOutcome, ImportOutcome } from './features/importExport/outcomes';
export type { DashboardTestHooks } from './features/dashboard/testHooks';
export type { CheckMyAnswerOutcome, CheckNotesTestHooks, PickSnapshot } from './features/checkNotes/testHooks';

export interface CrmStudyApi {
  /** Term tooltips in the Markdown preview (package.json: markdown.markdownItPlugins). */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

/** Only in Test mode (context.extensionMode === ExtensionMode.Test). */
export interface CrmStudyTestHooks {
  pack: ContentIndex;
  /** The Concepts view's data (the suites read its rows). */
  conceptTree: ConceptTreeProvider;
  /** The progress store, the open panel, due counts and queueForReview. */
  flashcards: FlashcardsTestHooks;
  /** The notes index: wait for it to settle, read it, its output lines, its saved copy. */
  notes: MyNotesTestHooks;
  /** The import preview while it shows (its title and rows). */
  importExport: ImportExportTestHooks;
  /** Check My Answer's two pickers while they show (title, rows, the pre-selected row). */
  checkNotes: CheckNotesTestHooks;
  /** The progress dashboard: the figures it was given, its paint times, its messages. */
  dashboard: DashboardTestHooks;
  /** The browser build only: how long activate took in the web worker host, and what that host was. */
  activation?: { ms: number; readMs: number; uiKind: 'Web' | 'Desktop'; hasProcess: boolean };
}

export type CrmStudyTestApi = CrmStudyApi & CrmStudyTestHooks;

/** The exports: exactly `extendMarkdownIt`, plus the test hooks when there are any (Test mode). */
export function exposedApi(api: CrmStudyApi, testHooks?: CrmStudyTestHooks): CrmStudyApi | CrmStudyTestApi {
  const { extendMarkdownIt } = api;
  return testHooks ? { extendMarkdownIt, ...testHooks } : { extendMarkdownIt };
}
