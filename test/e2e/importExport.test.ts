// Importing a flashcard set the way a new student does: "CRM Study: Import
// Flashcards…" from the palette, the set picked in VS Code's own open dialog,
// a preview that accounts for every prompt they would count themselves (the
// cards, and the multiple choice question nobody marked, flagged at its line),
// each card's first line, Import, "Study Now", and the set's cards are in the
// flashcards panel; the unmarked question is in the Problems panel at its line
// of the new note. The workspace is a temp copy of a fixture folder, so the
// repo's fixtures are never written to.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { FrameLocator, Page } from 'playwright-core';
import { REPO_ROOT, until, useWorkbench } from './workbench';

const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'import-workspace');
const SET_FILE = 'lecture-7-set.txt';
const SET_LINES = fs.readFileSync(path.join(FIXTURE, SET_FILE), 'utf8').split('\n');
const TITLE = 'Lecture 7 Flashcards';
const NOTE = `flashcards/${TITLE}.md`;
/**
 * What a student counts in the set: 12 prompts (10 questions, the term "Churn
 * rate", one multiple choice question). The question with no answer marked is
 * written into the note and flagged, but is no card until its answer is marked
 * (a card with a guessed answer would be a wrong card): 11 cards to study now.
 */
const PROMPT_COUNT = 12;
const CARDS = PROMPT_COUNT - 1;
const MC_PROMPT = 'Which of the following is an early warning sign that a customer may churn?';
/** The prompts (the lines after the title that are not answers), as the flashcards panel may show one. */
const PROMPTS = SET_LINES.filter((line) => /\?$|^Churn rate$|^Name two ways/.test(line));
const WAIT_MS = 30000;

/** The flashcards webview: VS Code nests the page in two iframes. */
function panel(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

suite('Import flashcards in the workbench', () => {
  let workspace = '';
  const workbench = useWorkbench(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-import-workspace-'));
    fs.cpSync(FIXTURE, workspace, { recursive: true });
    return { folder: workspace };
  });
  suiteTeardown(() => {
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });
  const rows = () => workbench().quickInputRows();
  const importRow = () => rows().filter({ hasText: /Import \d+ cards/ }).first();
  /** A problem row: it carries its severity's icon (the rows saying how the set was read carry an info icon). */
  const problemRow = (line: number) => rows().filter({ has: workbench().page.locator('.codicon-error, .codicon-warning') }).filter({ hasText: `line ${line}: ` }).first();

  test('the set is picked in the open dialog and previewed: of its 12 prompts 11 cards and the unmarked multiple choice question flagged at its line; each card\'s first line', async function () {
    this.timeout(120000);
    assert.strictEqual(PROMPTS.length, PROMPT_COUNT, 'the fixture holds the prompts this suite counts');
    const { page } = workbench();
    await workbench().runCommand('CRM Study: Import Flashcards…');
    await workbench().pickFileInDialog(path.join(workspace, SET_FILE), 'Import Flashcards');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: `Import Flashcards: ${TITLE}` }).waitFor({ timeout: WAIT_MS }).catch(async (error: Error) => {
      throw new Error(`${error.message}\nnotifications on screen: ${(await workbench().notificationTexts()).join(' | ') || 'none'}`);
    });

    await importRow().waitFor({ timeout: WAIT_MS });
    const importText = await importRow().innerText();
    assert.match(importText, new RegExp(`Import ${CARDS} cards`), `the Import row counts the cards a student can study; it says: ${importText}`);
    assert.match(importText, new RegExp(escape(`into ${NOTE}`)));

    const mcLine = SET_LINES.indexOf(MC_PROMPT) + 1;
    const problemsHeader = rows().filter({ hasText: /Problems \(\d+\)/ }).first();
    await problemsHeader.waitFor({ timeout: WAIT_MS });
    const problem = problemRow(mcLine);
    await problem.waitFor({ timeout: WAIT_MS });
    assert.match(await problem.innerText(), /answer/i, 'the problem says what is missing: the 12th prompt is accounted for');
    await page.waitForTimeout(500);
    await workbench().screenshot('import-preview');

    // The card rows sit below the fold; typing narrows the list to them as a student would.
    await page.keyboard.type('win-back');
    const card = rows().filter({ hasText: 'What is a win-back campaign?' }).first();
    await card.waitFor({ timeout: WAIT_MS });
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await importRow().waitFor({ timeout: WAIT_MS });
  });

  test(`Import writes ${NOTE} and says how many cards and concepts it holds`, async function () {
    this.timeout(60000);
    await importRow().click();
    const toast = await workbench().notification(/Imported \d+ cards/);
    const message = await toast.locator('.notification-list-item-message').innerText();
    assert.match(message, new RegExp(`Imported ${CARDS} cards and 1 concepts? into ${escape(NOTE)}\\.`));
    await toast.locator('.monaco-button', { hasText: 'Open Note' }).waitFor({ timeout: WAIT_MS });
    const note = fs.readFileSync(path.join(workspace, NOTE), 'utf8');
    assert.ok(note.includes(MC_PROMPT), 'the unmarked question is imported, not dropped');
  });

  test('"Study Now" opens the flashcards panel on one of the set\'s prompts', async function () {
    this.timeout(90000);
    const { page } = workbench();
    const toast = await workbench().notification(/Imported \d+ cards/);
    await toast.locator('.monaco-button', { hasText: 'Study Now' }).click();
    const card = panel(page).locator('article.card');
    await card.waitFor({ timeout: 60000 });
    const lower = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');
    const shown = await until('the panel to show a card of the set', async () => lower(await card.innerText()), (text) => PROMPTS.some((p) => text.includes(lower(p))), WAIT_MS);
    assert.ok(PROMPTS.some((p) => shown.includes(lower(p))), shown);
    // Nothing studied yet: every card of the set is there to study.
    await until(`the panel to count the set's ${CARDS} cards as left`, () => panel(page).locator('#counts').innerText(), (text) => new RegExp(`(^|\\D)${CARDS} left`).test(text), WAIT_MS);
    await page.waitForTimeout(500);
    await workbench().screenshot('import-studying');
  });

  test('the Problems panel has the unmarked multiple choice question at its line of the note', async function () {
    this.timeout(60000);
    const { page } = workbench();
    const noteLines = fs.readFileSync(path.join(workspace, NOTE), 'utf8').split('\n');
    const line = noteLines.findIndex((text) => text.includes(MC_PROMPT)) + 1;
    assert.ok(line > 0, 'the note holds the question');
    await workbench().runCommand('Problems: Focus on Problems View');
    const problems = page.locator('.part.panel .markers-panel');
    await problems.locator('.monaco-list-row', { hasText: `${TITLE}.md` }).first().waitFor({ timeout: WAIT_MS });
    const entry = problems.locator('.monaco-list-row', { hasText: `[Ln ${line}, Col` }).first();
    await entry.waitFor({ timeout: WAIT_MS });
    assert.match(await entry.innerText(), /CRM Study/);
    assert.match(await entry.innerText(), /answer/);
  });
});
