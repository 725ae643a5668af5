// Worked calculations in the real extension host: the pack's Calc cards are in
// the content the extension loaded, and the flashcards panel sends one with the
// answer its webview checks the typed number against and the worked solution,
// and the webview paints it (its script ran on a Calc card without failing).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CrmStudyTestApi } from '../../src/api';
import { activateApi, until } from './helpers';

const CLV_CARD = 'clv/a-customer-yields-a-100-margin-a-year-retention';

suite('Worked calculations', function () {
  this.timeout(60000);
  let api: CrmStudyTestApi;

  suiteSetup(async () => {
    api = await activateApi<CrmStudyTestApi>();
    await api.flashcards.store.reset();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api?.flashcards.store.reset();
  });

  test('the loaded pack holds the CLV example as a Calc card: £205.11 ± 0.5 with its working', () => {
    const card = api.pack.cards.find((c) => c.id === CLV_CARD);
    assert.ok(card, `${CLV_CARD} is in the pack`);
    assert.deepStrictEqual(card.numeric, { value: 205.11, tolerance: 0.5, unit: '£' });
    assert.match(card.explanation ?? '', /90\.91 \+ 66\.12 \+ 48\.08 = £205\.11/);
  });

  test('flashcards on CLV (cram) reach the Calc card: the panel sends its answer to check and its worked solution, and the webview paints it', async () => {
    await vscode.commands.executeCommand('crmStudy.openFlashcards', { conceptId: 'clv' });
    const panel = await until('the panel', () => api.flashcards.panel, 15000);
    // Every card the webview reports painted, in order (paints lag behind the cards sent).
    const painted: string[] = [];
    let collecting = true;
    void (async () => {
      while (collecting) painted.push(await panel.nextRendered());
    })();
    await panel.send({ type: 'configure', mode: 'cram', conceptId: 'clv', shuffle: false });
    for (let i = 0; i < 20 && panel.currentCard() && panel.currentCard()!.id !== CLV_CARD; i++) {
      await panel.send({ type: 'grade', cardId: panel.currentCardId()!, grade: 'good' });
    }
    const view = panel.currentCard();
    assert.strictEqual(view?.id, CLV_CARD, 'the cram session on CLV shows the worked calculation');
    assert.deepStrictEqual(view.numeric, { value: 205.11, tolerance: 0.5, unit: '£', answer: '£205.11' });
    assert.match(view.explanationHtml ?? '', /Worked solution/);
    assert.match(view.explanationHtml ?? '', /£205\.11/);
    await until('the webview to paint the Calc card', () => painted.includes(CLV_CARD), 20000);
    collecting = false;
    assert.strictEqual(api.flashcards.store.get(CLV_CARD), undefined, 'cram grades schedule nothing');
  });
});
