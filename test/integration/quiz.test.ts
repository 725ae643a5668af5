// "CRM Study: Start Quiz" on VS Code's real QuickPick and InputBox: the test
// answers through the workbench's own quick-input command
// (workbench.action.acceptSelectedQuickOpenItem), as Enter would: the focused
// option of each choice, an empty InputBox (which reveals the answer), and
// "Done" on the summary. The command resolves with the quiz's outcome.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CrmStudyTestApi } from '../../src/api';
import { activateApi, ourExtension, sleep } from './helpers';


interface Outcome {
  asked: number;
  answered: number;
  correct: number;
  scope: string;
  scoreText: string;
  endedEarly: boolean;
  misses: Array<{ question: { conceptId: string; prompt: string } }>;
}

interface Row {
  kind: 'topic' | 'notes' | 'concept' | 'part' | 'card';
  topicId?: string;
  conceptId?: string;
}

const api = () => activateApi<CrmStudyTestApi>();


/** Presses Enter in whatever quick input is showing until the quiz command resolves; counts the presses. */
async function pressEnterUntilDone(run: Thenable<Outcome | undefined>, maxPresses = 80): Promise<{ outcome: Outcome | undefined; presses: number }> {
  let settled = false;
  let outcome: Outcome | undefined;
  let failure: unknown;
  run.then(
    (value) => {
      settled = true;
      outcome = value;
    },
    (error) => {
      settled = true;
      failure = error;
    },
  );
  let presses = 0;
  while (!settled) {
    if (presses >= maxPresses) {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      throw new Error(`the quiz did not finish after ${maxPresses} presses of Enter`);
    }
    await sleep(250);
    if (settled) break;
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    presses++;
  }
  if (failure) throw failure;
  return { outcome, presses };
}

suite('Quiz', function () {
  this.timeout(60000);
  let pack: CrmStudyTestApi['pack'];
  let tree: vscode.TreeDataProvider<Row>;

  suiteSetup(async () => {
    ({ pack, conceptTree: tree } = await api());
  });

  test('"Start Quiz" is a palette command titled "CRM Study: Start Quiz"', async () => {
    const contributed = ourExtension().packageJSON.contributes.commands as Array<{ command: string; title: string; category: string; icon?: string }>;
    const quiz = contributed.find((c) => c.command === 'crmStudy.startQuiz');
    assert.deepStrictEqual(quiz && { title: quiz.title, category: quiz.category, icon: quiz.icon }, { title: 'Start Quiz', category: 'CRM Study', icon: '$(checklist)' });
    assert.ok((await vscode.commands.getCommands(true)).includes('crmStudy.startQuiz'));
  });

  test('a 5-question quiz on Relationships runs to its score with Enter alone', async () => {
    const { outcome, presses } = await pressEnterUntilDone(vscode.commands.executeCommand<Outcome>('crmStudy.startQuiz', 'relationships'));
    assert.ok(outcome, 'the quiz was cancelled');
    assert.strictEqual(outcome.scope, 'Relationships');
    assert.strictEqual(outcome.answered, 5);
    assert.strictEqual(outcome.endedEarly, false);
    assert.match(outcome.scoreText, /^[0-5]\/5 correct \(\d+%\)$/);
    // length (1) + five questions + Done: nothing was asked twice.
    assert.ok(presses >= 7, `${presses} presses`);
    assert.strictEqual(outcome.misses.length, 5 - outcome.correct);
  });

  test('with no argument the quiz asks for a topic first ("All topics" is the first choice)', async () => {
    const { outcome } = await pressEnterUntilDone(vscode.commands.executeCommand<Outcome>('crmStudy.startQuiz'));
    assert.ok(outcome);
    assert.strictEqual(outcome.scope, 'All topics');
    assert.strictEqual(outcome.answered, 5);
  });

  test('"Quiz" on a topic of the Concepts sidebar quizzes that topic', async () => {
    const topics = (await tree.getChildren()) ?? [];
    const row = topics.find((r) => r.kind === 'topic' && r.topicId === 'payne-frow') ?? topics.find((r) => r.kind === 'topic');
    assert.ok(row && row.topicId, 'the Concepts view has no topic rows');
    const title = pack.topics.find((t) => t.id === row.topicId)!.title;
    const { outcome } = await pressEnterUntilDone(vscode.commands.executeCommand<Outcome>('crmStudy.startQuiz', row));
    assert.ok(outcome);
    assert.strictEqual(outcome.scope, title);
  });

  test('"Quiz" on a concept quizzes the concept\'s topic', async () => {
    const { outcome } = await pressEnterUntilDone(vscode.commands.executeCommand<Outcome>('crmStudy.startQuiz', { kind: 'concept', topicId: 'customer-data', conceptId: 'starts' }));
    assert.ok(outcome);
    assert.strictEqual(outcome.scope, 'Customer data');
  });

  test('starting a second quiz replaces the first without leaving it waiting', async () => {
    const first = vscode.commands.executeCommand<Outcome>('crmStudy.startQuiz', 'foundations');
    await sleep(500);
    const { outcome } = await pressEnterUntilDone(vscode.commands.executeCommand<Outcome>('crmStudy.startQuiz', 'organisation'));
    assert.strictEqual(outcome?.scope, 'Organisation');
    const old = await Promise.race([first, sleep(3000).then(() => 'still waiting')]);
    assert.notStrictEqual(old, 'still waiting');
  });
});
