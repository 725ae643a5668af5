// The progress dashboard inside a real VS Code: "Show Progress" opens one
// panel whose script runs under our CSP and reports its first paint; the
// figures it was given come from the store (a grade moves its topic's
// readiness and state counts); its Study button opens the flashcards.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CrmStudyTestApi } from '../../src/api';
import { Commands } from '../../src/vscode/constants';
import { activateApi, allTabs, until } from './helpers';

function progressTabs(): vscode.Tab[] {
  return allTabs().filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('crmStudy.progress'));
}

suite('Progress dashboard', () => {
  let api: CrmStudyTestApi;

  suiteSetup(async function () {
    this.timeout(60000);
    api = await activateApi<CrmStudyTestApi>();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.flashcards.store.reset();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api?.flashcards.store.reset();
  });

  test('"Show Progress" opens one panel titled Progress, and its webview paints the figures', async function () {
    this.timeout(60000);
    const started = Date.now();
    await vscode.commands.executeCommand(Commands.showProgress);
    await until('the panel', () => api.dashboard.open, 15000);
    // The webview reports its first paint: proof its script (and uPlot) ran under our CSP.
    const paintedMs = await until('the first paint', () => api.dashboard.painted[0], 45000);
    console.log(`      progress painted ${paintedMs} ms after the command (test saw ${Date.now() - started} ms)`);
    assert.strictEqual(progressTabs().length, 1);
    assert.strictEqual(progressTabs()[0].label, 'Progress');
    const first = api.dashboard.posted[0];
    assert.strictEqual(first.scopes.length >= api.pack.packTopics.length, true, 'a readiness row per topic');
    assert.strictEqual(first.overall.readiness, 0, 'nothing studied after a reset');
    await vscode.commands.executeCommand(Commands.showProgress);
    await new Promise((r) => setTimeout(r, 300));
    assert.strictEqual(progressTabs().length, 1, 'the command again reveals the same panel');
  });

  test("grading a card moves its topic's readiness above 0 and its state counts in the figures the panel is given", async function () {
    this.timeout(30000);
    const topic = api.pack.packTopics[0];
    const before = api.dashboard.posted[api.dashboard.posted.length - 1].scopes.find((s) => s.id === topic.id)!;
    await vscode.commands.executeCommand(Commands.openFlashcards, topic.id);
    const panel = await until('the flashcards', () => api.flashcards.panel, 15000);
    const cardId = await until('a card', () => panel.currentCardId(), 15000);
    assert.strictEqual(api.pack.card(cardId)?.topic, topic.id);
    await panel.send({ type: 'grade', cardId, grade: 'good' });
    const after = await until('fresh figures for the topic', () => {
      const scope = api.dashboard.posted[api.dashboard.posted.length - 1].scopes.find((s) => s.id === topic.id);
      return scope && scope.readiness > 0 ? scope : undefined;
    }, 10000);
    assert.strictEqual(after.states.new, before.states.new - 1, 'one card fewer is new');
    assert.strictEqual(after.states.learning + after.states.young + after.states.mature, 1, 'and it is counted as studied');
  });

  test('"Study" beside a weak concept opens the flashcards on that concept', async function () {
    this.timeout(30000);
    const weak = api.dashboard.posted[api.dashboard.posted.length - 1].weakest[0];
    assert.ok(weak, 'the page lists weak concepts');
    await api.dashboard.send({ type: 'study', conceptId: weak.conceptId });
    await until('the flashcards filtered to the concept', () => api.flashcards.panel?.panelState.conceptId === weak.conceptId, 10000);
  });
});
