// "CRM Study: Start Quiz": runs a quiz from the palette, a topic id or a
// Concepts tree node, on VS Code's QuickPick/InputBox. The quiz logic lives in
// src/core/quiz; this file only wires it to VS Code.

import vscode = require('vscode');
import { Commands, StateKeys } from '../../vscode/constants';
import { ContentIndex } from '../../core/content/contentIndex';
import { QuizFlow, QuizOutcome } from '../../core/quiz/quizPresenter';
import { KeyValueStore } from '../../core/util/keyValueStore';
import { QuizResultsStore } from '../../core/quiz/results';
import { toStudyTarget } from '../../vscode/commandArgs';
import { VscodeQuizUi } from './vscodeQuizUi';

export interface QuizDeps {
  pack: ContentIndex;
  /** Where results are kept: the extension's globalState. */
  state: KeyValueStore;
  /** Sends missed cards to the flashcards; without it the summary does not offer that. */
  queueForReview?: (cardIds: string[]) => Promise<void> | void;
  output?: vscode.OutputChannel;
}

export function registerQuiz(deps: QuizDeps): vscode.Disposable {
  const results = new QuizResultsStore(deps.state, StateKeys.quizResults);
  let running: VscodeQuizUi | undefined;

  const openConcept = async (conceptId: string): Promise<void> => {
    try {
      await vscode.commands.executeCommand(Commands.showConcept, conceptId);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not open the concept "{0}": {1}', conceptId, error instanceof Error ? error.message : String(error)));
    }
  };

  const command = vscode.commands.registerCommand(Commands.startQuiz, async (arg?: unknown): Promise<QuizOutcome | undefined> => {
    running?.cancel();
    const ui = new VscodeQuizUi();
    running = ui;
    try {
      const target = toStudyTarget(arg, (id) => !!deps.pack.topic(id));
      const openNote = (uri: string, line: number) => vscode.commands.executeCommand(Commands.openNote, uri, line);
      const outcome = await new QuizFlow(ui, { index: deps.pack, results, openConcept, openNote, queueForReview: deps.queueForReview }).run(target);
      if (outcome) deps.output?.appendLine(`Quiz (${outcome.scope}, seed ${outcome.seed}): ${outcome.scoreText}`);
      return outcome;
    } catch (error) {
      const message = vscode.l10n.t('The quiz stopped: {0}', error instanceof Error ? error.message : String(error));
      deps.output?.appendLine(message);
      void vscode.window.showErrorMessage(message);
      return undefined;
    } finally {
      if (running === ui) running = undefined;
      ui.dispose();
    }
  });

  return vscode.Disposable.from(command, { dispose: () => running?.cancel() });
}
