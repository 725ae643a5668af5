// The study surfaces as the UI tests meet them, shared by the desktop (e2e)
// and the browser (web) layers: the flashcards webview and its status bar
// count, and the quiz's quick input steps.
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { until, Workbench } from './workbench';

const WAIT_MS = 30000;

/** The flashcards webview: VS Code nests the page in two iframes. */
export function panel(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/** Shows the card on screen, grades it Good and waits until another card (or the summary) is up. */
export async function gradeShownCardGood(frame: FrameLocator): Promise<void> {
  const card = frame.locator('article.card');
  await card.waitFor({ timeout: WAIT_MS });
  const id = await card.getAttribute('data-card-id');
  await frame.locator('#stage').press('Space');
  await frame.locator('.actions .grade').first().waitFor({ timeout: WAIT_MS });
  await frame.locator('#stage').press('3');
  await frame.locator(`article.card:not([data-card-id="${id}"]), .summary`).first().waitFor({ timeout: WAIT_MS });
}

/** The "N new" / "N due" status bar item's text, e.g. "19 new". */
export async function statusBarText(page: Page): Promise<string> {
  const item = page.locator('.statusbar-item', { hasText: /\d+ (new|due)$/ }).first();
  await item.waitFor({ timeout: WAIT_MS });
  return (await item.innerText()).trim();
}

export async function waitForStatusBar(page: Page, expected: string): Promise<void> {
  await until(`the status bar to show "${expected}"`, () => statusBarText(page), (text) => text === expected, WAIT_MS);
}

export function quickInput(page: Page): Locator {
  return page.locator('.quick-input-widget');
}

/** Waits until the quick input's title matches; returns it. */
export async function waitForTitle(page: Page, pattern: RegExp): Promise<string> {
  const title = quickInput(page).locator('.quick-input-title');
  const read = async () => ((await quickInput(page).isVisible()) ? (await title.innerText()).replace(/\u00a0/g, ' ') : '');
  return until(`a quick input title matching ${pattern}`, read, (text) => pattern.test(text), WAIT_MS);
}

/** F1, the command's title, Enter; then the quiz's topic step. */
export async function startQuiz(workbench: Workbench): Promise<void> {
  await workbench.choose('F1', 'CRM Study: Start Quiz');
  const page = workbench.page;
  // VS Code appends the step counter to the title: "Start Quiz (1/2)".
  await waitForTitle(page, /^Start Quiz \(1\/2\)$/);
}

/** Picks the row showing `text` by typing it to filter, then Enter. */
export async function choose(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await quickInput(page).locator('.monaco-list-row', { hasText: text }).first().waitFor({ timeout: WAIT_MS });
  await page.keyboard.press('Enter');
}

/** Answers the question on screen: Enter on the focused option of a choice, or a typed answer. */
export async function answer(page: Page, typed: string): Promise<'choice' | 'typed'> {
  const list = quickInput(page).locator('.quick-input-list');
  if (await list.isVisible()) {
    await page.keyboard.press('Enter');
    return 'choice';
  }
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
  return 'typed';
}
