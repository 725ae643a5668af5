// Composition only: load the course pack, build the services, register the features.
//
// Every module imports the API as `import vscode = require('vscode')`: for
// `import * as vscode`, esbuild copies each of the API's ~200 properties into a
// fresh object per importing module, which cost activation about 7 ms.

import vscode = require('vscode');
import { ContentIndex } from './core/content/contentIndex';
import { RecentConcepts } from './core/concepts/recentConcepts';
import { loadBundledPackOrReport } from './vscode/packLoader';
import { StateKeys } from './vscode/constants';
import { createOutput, registerPackInfo } from './features/packInfo';
import { ConceptTreeProvider, registerConceptTree } from './features/conceptTree';
import { registerConceptPage } from './features/conceptPage';
import { Flashcards, registerFlashcards } from './features/flashcards';
import { NoteTermsFeature, registerNoteTerms } from './features/notes';
import { registerQuiz } from './features/quiz';
import { registerSearch } from './features/search';

export interface CrmStudyApi {
  pack: ContentIndex;
  /** The Concepts view's data (integration tests read its rows). */
  conceptTree: ConceptTreeProvider;
  /** Flashcards: due counts, queueForReview, the progress store and the open panel (tests drive it). */
  flashcards: Flashcards;
  /** Term tooltips in the Markdown preview (package.json: markdown.markdownItPlugins). */
  extendMarkdownIt: NoteTermsFeature['extendMarkdownIt'];
}

export function activate(context: vscode.ExtensionContext): CrmStudyApi {
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
  const flashcards = registerFlashcards({ pack, globalState: context.globalState, extensionUri: context.extensionUri, output });
  context.subscriptions.push(flashcards);
  const conceptTree = registerConceptTree(pack, flashcards.dueCounts);
  context.subscriptions.push(conceptTree);
  context.subscriptions.push(registerQuiz({ pack, state: context.globalState, queueForReview: (ids) => flashcards.queueForReview(ids).then(() => undefined), output }));
  context.subscriptions.push(registerSearch({ pack, recent }));
  const noteTerms = registerNoteTerms(pack);
  context.subscriptions.push(noteTerms);
  return { pack, conceptTree: conceptTree.provider, flashcards, extendMarkdownIt: noteTerms.extendMarkdownIt };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
