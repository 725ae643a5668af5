// The composition both builds share: the desktop one (src/extension.ts, in
// Node) and the browser one (src/web/extension.ts, in the web worker extension
// host). They differ only in how the pack is read and how the features'
// own bundles load (src/vscode/lazyBundles.ts); everything here is the same.

import vscode = require('vscode');
import { CrmStudyApi, exposedApi } from './api';
import { RecentConcepts } from './core/concepts/recentConcepts';
import type { ContentIndex } from './core/content/contentIndex';
import { useTranslator } from './core/util/l10n';
import { StateKeys } from './vscode/constants';
import { createOutput, registerPackInfo } from './features/packInfo';
import { registerConceptTree } from './features/conceptTree';
import { registerConceptPage } from './features/conceptPage';
import { registerFlashcards } from './features/flashcards';
import { FlashcardsTestProbe } from './features/flashcards/testHooks';
import { registerNoteTerms } from './features/notes';
import { registerQuiz } from './features/quiz';
import { registerSearch } from './features/search';
import { registerMyNotes } from './features/myNotes/register';
import { registerImportExport } from './features/importExport/register';
import { registerCheckNotes } from './features/checkNotes/register';
import { registerDashboard } from './features/dashboard/register';
import { parseResults } from './core/quiz/results';

/** What activation sets up before the pack is read: the output channel (a pack problem is reported there) and the test probe. */
export interface Activation {
  readonly output: vscode.OutputChannel;
  readonly probe: FlashcardsTestProbe | undefined;
  /** Tells the student the pack could not load: in the output channel and an error message. */
  reportProblem(message: string): void;
}

export function beginActivation(context: vscode.ExtensionContext): Activation {
  // Core's user-facing text goes through VS Code's localisation from here on.
  useTranslator(vscode.l10n.t);
  // The test hooks exist only when VS Code runs the integration tests: any
  // installed extension can read our exports, and must not reach the progress.
  const probe = context.extensionMode === vscode.ExtensionMode.Test
    ? new FlashcardsTestProbe(context.globalState, StateKeys.progress)
    : undefined;
  const output = createOutput();
  context.subscriptions.push(output);
  return {
    output,
    probe,
    reportProblem: (message) => {
      output.appendLine(message);
      void vscode.window.showErrorMessage(message);
    },
  };
}

/** Registers every feature over the loaded pack; returns the extension's exports. */
export function compose(context: vscode.ExtensionContext, { output, probe }: Activation, pack: ContentIndex): CrmStudyApi {
  if (pack.concepts.length) output.appendLine(pack.summary());
  // Study progress and quiz results follow the student through Settings Sync.
  context.globalState.setKeysForSync([StateKeys.progress, StateKeys.quizResults]);
  context.subscriptions.push(registerPackInfo(output));
  const recent = new RecentConcepts(context.globalState, StateKeys.recentConcepts);
  context.subscriptions.push(registerConceptPage(pack, recent, context.extensionUri));
  const flashcards = registerFlashcards({ pack, globalState: context.globalState, extensionUri: context.extensionUri, globalStorageUri: context.globalStorageUri, output, probe });
  context.subscriptions.push(flashcards);
  const conceptTree = registerConceptTree(pack, flashcards.dueCounts);
  context.subscriptions.push(conceptTree);
  context.subscriptions.push(registerQuiz({ pack, state: context.globalState, queueForReview: (ids) => flashcards.queueForReview(ids).then(() => undefined), output }));
  context.subscriptions.push(registerSearch({ pack, recent }));
  const noteTerms = registerNoteTerms(pack);
  context.subscriptions.push(noteTerms);
  // The student's notes join the pack after activation; nothing here waits for them.
  const myNotes = registerMyNotes({ content: pack, output, storageUri: context.storageUri, extensionUri: context.extensionUri, testMode: !!probe });
  context.subscriptions.push(myNotes);
  // Import and export load their own bundle on first use.
  const importExport = registerImportExport({ content: pack, workspaceState: context.workspaceState, output, testMode: !!probe });
  context.subscriptions.push(importExport);
  // The note checks (lenses, diagnostics, Check My Answer) load their own bundle once a note is open.
  const checkNotes = registerCheckNotes({ content: pack, terms: noteTerms.terms, output, testMode: !!probe });
  context.subscriptions.push(checkNotes);
  // The progress dashboard loads its own bundle on Show Progress (or a restore).
  const dashboard = registerDashboard({ pack, progress: flashcards.progress, quiz: () => parseResults(context.globalState.get(StateKeys.quizResults)).results, extensionUri: context.extensionUri, output, testMode: !!probe });
  context.subscriptions.push(dashboard);
  const api = { extendMarkdownIt: noteTerms.extendMarkdownIt };
  return exposedApi(api, probe && { pack, conceptTree: conceptTree.provider, flashcards: probe.hooks(flashcards), notes: myNotes.testHooks(), importExport: importExport.testHooks(), checkNotes: checkNotes.testHooks(), dashboard: dashboard.testHooks() });
}
