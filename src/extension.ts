// Composition only: load the course pack, build the services, register the features.

import * as vscode from 'vscode';
import { ContentIndex } from './core/contentIndex';
import { loadBundledPack } from './packLoader';
import { createOutput, registerPackInfo } from './features/packInfo';
import { ConceptTreeProvider, registerConceptTree } from './features/conceptTree';
import { registerConceptPage } from './features/conceptPage';
import { Flashcards, registerFlashcards } from './features/flashcards';
import { NoteTermsFeature, registerNoteTerms } from './features/terms';
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
  let pack: ContentIndex;
  try {
    pack = loadBundledPack(context.extensionPath);
    output.appendLine(pack.summary());
  } catch (error) {
    pack = new ContentIndex({ version: 1, topics: [], concepts: [], cards: [] });
    const message = `CRM Study Notes could not load its course pack: ${error instanceof Error ? error.message : String(error)}`;
    output.appendLine(message);
    void vscode.window.showErrorMessage(message);
  }
  context.subscriptions.push(registerPackInfo(output));
  context.subscriptions.push(registerConceptPage(pack, context.globalState, context.extensionUri));
  const flashcards = registerFlashcards({ pack, globalState: context.globalState, extensionUri: context.extensionUri, output });
  context.subscriptions.push(flashcards);
  const conceptTree = registerConceptTree(pack, flashcards.dueCounts);
  context.subscriptions.push(conceptTree);
  context.subscriptions.push(registerQuiz({ pack, state: context.globalState, queueForReview: (ids) => flashcards.queueForReview(ids).then(() => undefined), output }));
  context.subscriptions.push(registerSearch({ pack, state: context.globalState }));
  const noteTerms = registerNoteTerms(pack);
  context.subscriptions.push(noteTerms);
  return { pack, conceptTree: conceptTree.provider, flashcards, extendMarkdownIt: noteTerms.extendMarkdownIt };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
