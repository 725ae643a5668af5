// Composition only: load the course pack, build the services, register the features.
//
// Every module imports the API as `import vscode = require('vscode')`: for
// `import * as vscode`, esbuild copies each of the API's ~200 properties into a
// fresh object per importing module, which cost activation about 7 ms.

import vscode = require('vscode');
import { CrmStudyApi, exposedApi } from './api';
import { RecentConcepts } from './core/concepts/recentConcepts';
import { useTranslator } from './core/util/l10n';
import { loadBundledPackOrReport } from './vscode/packLoader';
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

export type { CrmStudyApi, CrmStudyTestApi } from './api';

export function activate(context: vscode.ExtensionContext): CrmStudyApi {
  // Core's user-facing text goes through VS Code's localisation from here on.
  useTranslator(vscode.l10n.t);
  // The test hooks exist only when VS Code runs the integration tests: any
  // installed extension can read our exports, and must not reach the progress.
  const probe = context.extensionMode === vscode.ExtensionMode.Test
    ? new FlashcardsTestProbe(context.globalState, StateKeys.progress)
    : undefined;
  const output = createOutput();
  context.subscriptions.push(output);
  const pack = loadBundledPackOrReport(context.extensionPath, (message) => {
    output.appendLine(message);
    void vscode.window.showErrorMessage(message);
  });
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

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
