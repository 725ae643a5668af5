// Flashcards inside a real VS Code: the command opens one panel whose webview
// script runs under our CSP and reports its first card; grading persists in
// globalState and survives re-opening the store (what a window reload does);
// filters, undo, export/import and queueForReview behave as a student expects.
import * as assert from 'assert';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CrmStudyTestApi } from '../../src/api';
import { Commands } from '../../src/vscode/constants';
import { activateApi, allTabs, until } from './helpers';

function flashcardTabs(): vscode.Tab[] {
  return allTabs()
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('crmStudy.flashcards'));
}

suite('Flashcards', () => {
  let api: CrmStudyTestApi;
  const tmp = (name: string) => vscode.Uri.file(path.join(os.tmpdir(), `crm-flashcards-${process.pid}-${name}`));

  suiteSetup(async function () {
    this.timeout(60000);
    api = await activateApi<CrmStudyTestApi>();
    await api.flashcards.store.reset();
    await api.flashcards.reviewLog.clear();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api?.flashcards.store.reset();
  });

  test('"Open Flashcards" opens one panel titled Flashcards, and its webview shows a card', async function () {
    this.timeout(60000);
    const started = Date.now();
    await vscode.commands.executeCommand('crmStudy.openFlashcards');
    const panel = await until('the panel', () => api.flashcards.panel, 15000);
    // The webview reports each card it renders: proof its script ran under our CSP.
    const firstCardMs = await until('the first card to render', () => panel.firstCardMs, 45000);
    console.log(`      first card rendered ${firstCardMs} ms after the command (test saw ${Date.now() - started} ms)`);
    const tabs = flashcardTabs();
    assert.strictEqual(tabs.length, 1);
    assert.strictEqual(tabs[0].label, 'Flashcards');
    assert.ok(panel.currentCardId(), 'a card is on screen');
  });

  test('running the command again focuses the same panel instead of opening another', async () => {
    await vscode.commands.executeCommand('crmStudy.openFlashcards');
    await new Promise((r) => setTimeout(r, 300));
    assert.strictEqual(flashcardTabs().length, 1);
  });

  test('grading Good stores the card in globalState; a re-opened store (a reload) still has it', async () => {
    const panel = api.flashcards.panel!;
    const cardId = panel.currentCardId()!;
    await panel.send({ type: 'grade', cardId, grade: 'good' });
    assert.notStrictEqual(panel.currentCardId(), cardId, 'the next card follows');
    await api.flashcards.store.flushed();
    const record = api.flashcards.store.get(cardId);
    assert.ok(record && record.reps === 1, 'graded once');
    const reopened = api.flashcards.reopenStore();
    assert.deepStrictEqual(reopened.get(cardId), record);
    // And the export command writes the same record to a file the student owns.
    const file = tmp('export.json');
    await vscode.commands.executeCommand('crmStudy.exportProgress', file);
    const exported = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
    assert.strictEqual(exported.version, 1);
    assert.deepStrictEqual(exported.cards[cardId], record);
  });

  test('the keybindings\' commands reach the panel: "Show Answer" then "Grade Card Good" grades the card on screen', async function () {
    this.timeout(30000);
    const panel = api.flashcards.panel!;
    const cardId = panel.currentCardId()!;
    const reps = api.flashcards.store.get(cardId)?.reps ?? 0;
    // Grading before the answer shows does nothing, as the 3 key on the question side.
    await vscode.commands.executeCommand(Commands.flashcardsGradeGood);
    await vscode.commands.executeCommand(Commands.flashcardsShowAnswer);
    await vscode.commands.executeCommand(Commands.flashcardsGradeGood);
    // The command posts to the webview, which grades as its own button would.
    await until('the next card', () => panel.currentCardId() !== cardId, 15000);
    assert.strictEqual(api.flashcards.store.get(cardId)?.reps, reps + 1, 'graded once, not twice');
  });

  test('a stale grade (a double key press) is ignored', async () => {
    const panel = api.flashcards.panel!;
    const before = api.flashcards.store.size;
    await panel.send({ type: 'grade', cardId: 'not/on-screen', grade: 'easy' });
    assert.strictEqual(api.flashcards.store.size, before);
  });

  test('undo takes the last grade back: the card returns and its record is as before', async () => {
    const panel = api.flashcards.panel!;
    const cardId = panel.currentCardId()!;
    const before = api.flashcards.store.get(cardId);
    await panel.send({ type: 'grade', cardId, grade: 'again' });
    assert.notDeepStrictEqual(api.flashcards.store.get(cardId), before);
    await panel.send({ type: 'undo' });
    assert.strictEqual(panel.currentCardId(), cardId);
    assert.deepStrictEqual(api.flashcards.store.get(cardId), before);
  });

  test('a grade made in the panel is in the review log with its rating, state before and the time the webview measured; undo takes it out; Export Review Log writes its row', async function () {
    this.timeout(30000);
    const panel = api.flashcards.panel!;
    const log = api.flashcards.reviewLog;
    const cardId = panel.currentCardId()!;
    const stateBefore = api.flashcards.store.get(cardId)?.state ?? 0;
    const before = (await log.events()).length;
    // Through the keybindings, so the webview itself sends the grade and its duration.
    await vscode.commands.executeCommand(Commands.flashcardsShowAnswer);
    // A student takes a moment over the answer; the duration must show it.
    await new Promise((resolve) => setTimeout(resolve, 150));
    await vscode.commands.executeCommand(Commands.flashcardsGradeHard);
    await until('the next card', () => panel.currentCardId() !== cardId, 15000);
    const events = await log.events();
    assert.strictEqual(events.length, before + 1);
    const event = events[events.length - 1];
    assert.strictEqual(event.cardId, cardId);
    assert.strictEqual(event.rating, 2, 'Hard');
    assert.strictEqual(event.state, stateBefore);
    assert.ok(event.durationMs > 0 && event.durationMs < 60_000, `a measured duration, got ${event.durationMs}`);
    assert.ok(!event.cram);

    const file = tmp('review-log.csv');
    const result = await vscode.commands.executeCommand<{ rows: number }>(Commands.exportReviewLog, file);
    const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(file)).split('\n');
    assert.strictEqual(csv[0], 'card_id,review_time,review_rating,review_state,review_duration');
    assert.ok(csv.includes(`${cardId},${event.at},2,${stateBefore},${event.durationMs}`), csv.join('\n'));
    assert.strictEqual(result.rows, csv.filter((line) => line).length - 1);

    await panel.send({ type: 'undo' });
    assert.strictEqual(panel.currentCardId(), cardId);
    assert.ok(!(await log.events()).some((e) => e.at === event.at && e.cardId === cardId), 'the undone grade left the log');
    // And it stays out of the files: a log read afresh from them does not have it.
    await log.flush();
    await log.refresh();
    assert.strictEqual((await log.events()).length, before);
  });

  test('opening with a topic id filters the panel to that topic', async () => {
    const topic = api.pack.cards[api.pack.cards.length - 1].topic;
    await vscode.commands.executeCommand('crmStudy.openFlashcards', topic);
    const panel = api.flashcards.panel!;
    assert.strictEqual(panel.panelState.topicId, topic);
    const card = api.pack.cards.find((c) => c.id === panel.currentCardId());
    assert.strictEqual(card?.topic, topic);
    assert.strictEqual(flashcardTabs().length, 1);
  });

  test('opening from a Concepts tree node for KAM shows only KAM cards, in cram mode too', async () => {
    await vscode.commands.executeCommand('crmStudy.openFlashcards', { conceptId: 'kam' });
    const panel = api.flashcards.panel!;
    const kamCards = api.pack.cards.filter((c) => c.conceptId === 'kam').length;
    assert.ok(kamCards > 0);
    await panel.send({ type: 'configure', mode: 'cram', conceptId: 'kam', shuffle: false });
    const seen = api.pack.cards.find((c) => c.id === panel.currentCardId());
    assert.strictEqual(seen?.conceptId, 'kam');
    const sizeBefore = api.flashcards.store.size;
    await panel.send({ type: 'grade', cardId: seen!.id, grade: 'good' });
    assert.strictEqual(api.flashcards.store.size, sizeBefore, 'cram changes no schedule');
  });

  test('"Study" on a concept row of the Concepts view opens the flashcards filtered to it', async () => {
    const tree = api.conceptTree;
    const relationships = ((await tree.getChildren()) ?? []).find((n) => n.kind === 'topic' && n.topicId === 'relationships');
    const scope = ((await tree.getChildren(relationships)) ?? []).find((n) => n.kind === 'concept' && n.conceptId === 'scope');
    assert.ok(scope, 'SCOPE network is a row under Relationships');
    await vscode.commands.executeCommand('crmStudy.studyItem', scope);
    assert.strictEqual(api.flashcards.panel!.panelState.conceptId, 'scope');
    assert.strictEqual(flashcardTabs().length, 1);
  });

  test('the status bar item ("N due") turns a cram session on one concept back into Due mode over all topics', async () => {
    await vscode.commands.executeCommand('crmStudy.openFlashcards', { conceptId: 'kam' });
    await api.flashcards.panel!.send({ type: 'configure', mode: 'cram', conceptId: 'kam', shuffle: false });
    // The status bar item's command: crmStudy.openFlashcards with { allDue: true }.
    await vscode.commands.executeCommand('crmStudy.openFlashcards', { allDue: true });
    const state = api.flashcards.panel!.panelState;
    assert.strictEqual(state.mode, 'due');
    assert.strictEqual(state.conceptId, undefined);
    assert.strictEqual(state.topicId, undefined);
    assert.strictEqual(flashcardTabs().length, 1);
  });

  test('queueForReview makes quiz misses due now and the topic count and event follow', async () => {
    const card = api.pack.cards.find((c) => !api.flashcards.store.get(c.id))!;
    const before = api.flashcards.dueCounts.dueCount(card.topic);
    let fired = 0;
    const sub = api.flashcards.dueCounts.onDidChangeDue(() => fired++);
    assert.strictEqual(await api.flashcards.queueForReview([card.id, 'no/such-card']), 1);
    sub.dispose();
    assert.strictEqual(api.flashcards.dueCounts.dueCount(card.topic), before + 1);
    assert.ok(fired > 0, 'onDidChangeDue fired');
  });

  test('"Import Progress" takes the good records, drops the bad one and says so', async () => {
    const file = tmp('import.json');
    const good = { due: Date.now() + 86_400_000, stability: 3, difficulty: 5, scheduledDays: 1, learningSteps: 0, reps: 2, lapses: 0, state: 2, lastReview: Date.now() };
    const id = api.pack.cards[0].id;
    const doc = { version: 1, cards: { [id]: good, 'broken/card': { due: 'soon' } } };
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(doc)));
    const message = await vscode.commands.executeCommand<string>('crmStudy.importProgress', file);
    assert.match(message, /1 card taken/);
    assert.match(message, /1 dropped/);
    assert.strictEqual(api.flashcards.store.get(id)?.reps, 2);
  });
});

suite('Flashcards: a multiple choice card\'s options in an order of each showing', () => {
  let api: CrmStudyTestApi;
  let conceptId = '';
  type Panel = NonNullable<CrmStudyTestApi['flashcards']['panel']>;

  suiteSetup(async function () {
    this.timeout(60000);
    api = await activateApi<CrmStudyTestApi>();
    const card = api.pack.cards.find((c) => c.kind === 'multipleChoice' && (c.choices?.length ?? 0) >= 4);
    assert.ok(card, 'the pack has a multiple choice card with four options');
    conceptId = card.conceptId;
    await vscode.commands.executeCommand('crmStudy.openFlashcards', { conceptId });
    const panel = await until('the panel', () => api.flashcards.panel, 15000);
    // Cram: grading changes no schedule, so the suite can go round the concept's cards as often as it likes.
    await panel.send({ type: 'configure', mode: 'cram', conceptId, shuffle: false });
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api?.flashcards.store.reset();
  });

  /** Grades Good until a multiple choice card is on screen; returns it as the webview got it. */
  async function toChoiceCard(panel: Panel) {
    for (let i = 0; i < 50; i++) {
      const view = panel.currentCard();
      assert.ok(view, 'a card is on screen');
      if (view.kind === 'multipleChoice') return view;
      await panel.send({ type: 'grade', cardId: view.id, grade: 'good' });
    }
    throw new Error(`no multiple choice card came up in ${conceptId}`);
  }

  test('each showing shows the options in an order of its own: the right one is not always at the same letter, and each keeps its written place', async function () {
    this.timeout(60000);
    const panel = api.flashcards.panel!;
    const rightLetters = new Set<number>();
    for (let showing = 0; showing < 12; showing++) {
      await panel.send({ type: 'restart' });
      const view = await toChoiceCard(panel);
      const card = api.pack.cards.find((c) => c.id === view.id)!;
      const written = view.choices!.map((c) => c.written);
      assert.deepStrictEqual([...written].sort(), card.choices!.map((_, i) => i), 'every written option, once');
      // The shown choice maps back to the written one: its rightness is the written option's.
      for (const shown of view.choices!) assert.strictEqual(shown.correct, card.choices![shown.written].correct);
      rightLetters.add(view.choices!.findIndex((c) => c.correct));
    }
    // 12 showings of four options all putting the right one at one letter: 1 in 4^11 by chance.
    assert.ok(rightLetters.size > 1, `the right option was always at letter ${String.fromCharCode(65 + [...rightLetters][0])}`);
  });

  test('undo brings the graded card back with its options in the order it was graded in', async () => {
    const panel = api.flashcards.panel!;
    const graded = await toChoiceCard(panel);
    await panel.send({ type: 'grade', cardId: graded.id, grade: 'good' });
    assert.notStrictEqual(panel.currentCard(), graded);
    await panel.send({ type: 'undo' });
    const back = panel.currentCard();
    assert.strictEqual(back?.id, graded.id);
    assert.deepStrictEqual(back?.choices, graded.choices);
    assert.deepStrictEqual(panel.panelState.showing, { cardId: graded.id, seed: graded.choiceSeed });
  });

  test('a reload of the webview ("Developer: Reload Webviews") shows the card on screen in the same order', async function () {
    this.timeout(60000);
    const panel = api.flashcards.panel!;
    const before = await toChoiceCard(panel);
    // Every card the reloaded page paints (it paints the card its HTML carried, then the one the host sends).
    const painted: string[] = [];
    let watching = true;
    void (async () => {
      while (watching) painted.push(await panel.nextRendered());
    })();
    await vscode.commands.executeCommand('workbench.action.webview.reloadWebviewAction');
    // The reloaded page says "ready" and the host sends the card on screen again (a new message).
    const after = await until('the card sent again after the reload', () => panel.currentCard() !== before && panel.currentCard(), 30000);
    await until('the reloaded page to paint it', () => painted.includes(before.id), 30000);
    watching = false;
    assert.strictEqual(after.id, before.id);
    assert.deepStrictEqual(after.choices, before.choices);
  });
});
