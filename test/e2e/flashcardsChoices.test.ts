// A multiple choice card in the flashcards panel as a student meets it: the
// options in the order of this showing, the letter keys following the order on
// screen, and the same order after an undo and after a window reload; and a
// list card saying whether its order counts.
import * as assert from 'assert';
import type { FrameLocator } from 'playwright-core';
import { gradeShownCardGood, panel } from './studyUi';
import { until, useWorkbench } from './workbench';

const WAIT_MS = 30000;

/** The written place of each option, in the order the panel shows them (A, B, …). */
async function shownOrder(frame: FrameLocator): Promise<string[]> {
  return frame.locator('article.card.kind-multipleChoice button.choice').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-written') ?? ''));
}

suite('Flashcards in the workbench: multiple choice options', () => {
  const workbench = useWorkbench();
  let cardId = '';
  let order: string[] = [];

  test('grading with Good until a multiple choice card comes up: its options carry letters A, B, … in the order shown', async function () {
    this.timeout(120000);
    const page = workbench().page;
    await workbench().runCommand('CRM Study: Open Flashcards');
    const frame = panel(page);
    const card = frame.locator('article.card');
    await card.waitFor({ timeout: WAIT_MS });
    for (let i = 0; i < 40 && !(await frame.locator('article.card.kind-multipleChoice').count()); i++) await gradeShownCardGood(frame);
    await frame.locator('article.card.kind-multipleChoice').waitFor({ timeout: WAIT_MS });
    cardId = (await card.getAttribute('data-card-id')) ?? '';
    order = await shownOrder(frame);
    assert.ok(order.length >= 2, 'the card shows its options');
    assert.deepStrictEqual([...order].sort(), order.map((_, i) => String(i)), 'each written option once');
    const letters = await frame.locator('button.choice kbd').allInnerTexts();
    assert.deepStrictEqual(letters, order.map((_, i) => String.fromCharCode(65 + i)));
  });

  test('the B key picks the option shown second', async () => {
    const frame = panel(workbench().page);
    await frame.locator('#stage').press('b');
    const second = frame.locator('button.choice').nth(1);
    await second.locator('.verdict').waitFor({ timeout: WAIT_MS });
    assert.match(await second.locator('.verdict').innerText(), /your answer/);
    await workbench().screenshot('flashcards-choice-picked');
  });

  test('graded, then undone with Z, the card comes back with its options in the same order', async () => {
    const frame = panel(workbench().page);
    await frame.locator('#stage').press('3');
    await frame.locator(`article.card:not([data-card-id="${cardId}"])`).waitFor({ timeout: WAIT_MS });
    await frame.locator('#stage').press('z');
    await frame.locator(`article.card[data-card-id="${cardId}"]:not(.flipped)`).waitFor({ timeout: WAIT_MS });
    assert.deepStrictEqual(await shownOrder(frame), order);
  });

  test('after a window reload the same card is on screen with its options in the same order', async function () {
    this.timeout(120000);
    const page = workbench().page;
    await workbench().reloadWindow();
    const frame = panel(page);
    await frame.locator(`article.card[data-card-id="${cardId}"]`).waitFor({ timeout: 60000 });
    const after = await until('the options to be painted', () => shownOrder(frame), (o) => o.length === order.length, WAIT_MS);
    assert.deepStrictEqual(after, order);
  });

  test('a list card says, before it is turned, whether its order counts', async function () {
    this.timeout(120000);
    const frame = panel(workbench().page);
    for (let i = 0; i < 40 && !(await frame.locator('article.card.kind-listRecall').count()); i++) await gradeShownCardGood(frame);
    const badge = frame.locator('article.card.kind-listRecall:not(.flipped) .meta .badge.order');
    await badge.waitFor({ timeout: WAIT_MS });
    assert.match(await badge.innerText(), /^(In order|Any order)$/i);
    await workbench().screenshot('flashcards-list-order');
  });
});
