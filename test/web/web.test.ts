// CRM Study Notes as VS Code for the Web runs it: code-server's workbench
// loads a staged copy of the extension (package.json with `browser`, no
// `main`) into the web worker extension host inside Chromium, and a student
// hovers a term and goes to its definition (F12), opens the Concepts sidebar,
// searches, grades a flashcard, answers a quiz question and sees the grade on
// the progress dashboard.
// Prints the activation time the extension measured inside the worker
// (printed, not asserted).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { answer, choose, panel, quickInput, startQuiz, statusBarText, waitForStatusBar, waitForTitle } from '../e2e/studyUi';
import { REPO_ROOT, SAMPLE_NOTES, showPackInfo, until, useWorkbench } from '../e2e/workbench';
import { stageWebExtension } from './stageWeb';

const WAIT_MS = 30000;
/** The line the extension writes to its output channel at the end of activate, from inside the extension host. */
const ACTIVATED = /Activated in (\d+) ms \(uiKind (\w+), process (\w+)\)/;
/** An error VS Code or the worker logs about the extension: a failed activation, an exception, an unhandled rejection. */
const EXTENSION_ERROR = /\b(error|failed|exception|rejected|not defined|cannot)\b/i;

suite('In the browser: the web build in the web worker extension host', () => {
  let staged = '';
  const workbench = useWorkbench(() => {
    staged = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-web-extension-'));
    const { files, browser } = stageWebExtension(REPO_ROOT, staged);
    console.log(`      staged ${files.length} files, "browser": "${browser}" and no "main", in ${staged}`);
    return { extensionPath: staged };
  });
  suiteTeardown(() => {
    if (staged) fs.rmSync(staged, { recursive: true, force: true });
  });
  const sidebar = () => workbench().page.locator('.part.sidebar');
  const row = (label: string) => sidebar().locator('.monaco-list-row', { hasText: label }).first();

  test('it runs in the web worker extension host: from inside, uiKind is Web and there is no process; pack and notes are read', async () => {
    const wb = workbench();
    await until('the console to say the web worker extension host started', async () => wb.consoleLines.some((line) => /web worker extension host is started/i.test(line)), Boolean);
    const pack = await showPackInfo(wb);
    assert.ok(pack.concepts > 0 && pack.cards > 0 && pack.topics > 0, `the course pack loaded in the browser: ${JSON.stringify(pack)}`);
    const [, ms, uiKind, hasProcess] = ACTIVATED.exec(await wb.waitForOutput(ACTIVATED))!;
    assert.strictEqual(uiKind, 'Web', 'vscode.env.uiKind inside the extension');
    assert.strictEqual(hasProcess, 'undefined', 'typeof process inside the extension');
    console.log(`      web activation: ${ms} ms`);
    // The student's notes are read through vscode.workspace.fs, from the browser.
    const notes = fs.readdirSync(SAMPLE_NOTES).filter((name) => name.endsWith('.md')).length;
    await wb.waitForOutput(new RegExp(`Notes: ${notes} notes read`));
  });

  test('the CRM Study icon opens the Concepts view listing the topics', async () => {
    await workbench().openConceptsView();
    await row('Foundations').waitFor({ timeout: WAIT_MS });
    await row('Relationships').waitFor({ timeout: WAIT_MS });
    assert.match(await row('Relationships').innerText(), /\d+ concepts/);
  });

  test('hovering KAM in lecture8-relationships.md shows Key account management', async function () {
    this.timeout(120000);
    await workbench().openFile('lecture8-relationships.md');
    const text = await workbench().hoverOnceReady('KAM', /Key account management/i);
    assert.match(text, /Show Concept/);
    assert.match(text, /Study/);
    await workbench().page.waitForTimeout(500); // the hover fades in
    await workbench().screenshot('web');
  });

  test('F12 on KAM in the note opens the Key account management concept page', async () => {
    const { page } = workbench();
    await page.keyboard.press('Escape'); // the hover goes
    await workbench().clickOn('KAM');
    await page.keyboard.press('F12');
    await page.locator('.tabs-container .tab.active', { hasText: 'Key account management' }).waitFor({ timeout: WAIT_MS });
    await panel(page).locator('h1', { hasText: 'Key account management' }).waitFor({ timeout: WAIT_MS });
    await workbench().runCommand('View: Close All Editors');
    await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: WAIT_MS });
  });

  test('Search Concepts finds "dwyr phases" and Enter opens its concept page', async () => {
    const { page } = workbench();
    await page.mouse.move(1, 1); // away from the hover
    const first = await workbench().searchConcepts('dwyr phases', /Dwyer/);
    assert.match(await first.innerText(), /Dwyer's relationship development phases/);
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab', { hasText: 'Dwyer' }).first().waitFor({ timeout: WAIT_MS });
    await panel(page).locator('h1', { hasText: /Dwyer/ }).waitFor({ timeout: WAIT_MS });
    await workbench().runCommand('View: Close All Editors');
    await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: WAIT_MS });
  });

  test('Open Flashcards shows a card; Space shows the answer; 3 grades Good and the next card and the counts follow', async function () {
    this.timeout(90000);
    const { page } = workbench();
    const newBefore = Number(/(\d+) new/.exec(await statusBarText(page))?.[1]);
    assert.ok(newBefore > 0, 'the status bar offers new cards before any study');
    await workbench().runCommand('CRM Study: Open Flashcards');
    const frame = panel(page);
    const card = frame.locator('article.card');
    await card.waitFor({ timeout: WAIT_MS });
    const firstCardId = (await card.getAttribute('data-card-id')) ?? '';
    assert.ok(firstCardId, 'the card carries its id');
    await frame.locator('#stage').press('Space');
    const grades = frame.locator('.actions .grade');
    await grades.first().waitFor({ timeout: WAIT_MS });
    assert.deepStrictEqual(await grades.locator('.label').allInnerTexts(), ['Again', 'Hard', 'Good', 'Easy']);
    await workbench().screenshot('web-flashcards-back');
    await frame.locator('#stage').press('3');
    await frame.locator(`article.card:not([data-card-id="${firstCardId}"])`).waitFor({ timeout: WAIT_MS });
    assert.match(await frame.locator('#counts').innerText(), /^1 done/);
    await waitForStatusBar(page, `${newBefore - 1} new`);
    await workbench().runCommand('View: Close All Editors');
  });

  test('Start Quiz on Relationships asks a question, and answering it gives feedback', async () => {
    const { page } = workbench();
    await startQuiz(workbench());
    await choose(page, 'Relationships');
    await waitForTitle(page, /^Start Quiz · Relationships/);
    await choose(page, '5 questions');
    await waitForTitle(page, /^Question 1 of 5 · Relationships/);
    const kind = await answer(page, 'zzz');
    const next = await waitForTitle(page, /^(Question 2 of 5|Answer 1 of 5 · )/);
    const rows = (await quickInput(page).locator('.monaco-list-row').allInnerTexts()).join('\n');
    await workbench().screenshot('web-quiz-feedback');
    if (next.startsWith('Answer')) {
      // A miss is corrected in full before the next question (and a worked calculation shows its working even when right).
      assert.match(next, /· (not quite|partly right \(\d+%\)|right)$/);
      assert.match(rows, /Expected|Worked solution/);
      assert.match(rows, /Next question/);
    } else {
      // Right (only a choice can be, "zzz" never is): the next question says so.
      assert.strictEqual(kind, 'choice');
      const placeholder = (await quickInput(page).locator('input').first().getAttribute('placeholder')) ?? '';
      assert.match(`${rows}\n${placeholder}`, /Right: /);
    }
    // Escape ends the quiz after asking; one pressed while the screen is still being shown is dropped, so press again.
    const dialog = page.locator('.monaco-dialog-box');
    for (let tries = 0; tries < 3 && !(await dialog.isVisible()); tries++) {
      await page.keyboard.press('Escape');
      await dialog.waitFor({ timeout: WAIT_MS / 3 }).catch(() => undefined);
    }
    await dialog.locator('.monaco-button', { hasText: /^End$/ }).click();
    assert.match(await waitForTitle(page, /^Quiz finished: /), /^Quiz finished: [01]\/1 correct/);
    await page.keyboard.press('Escape');
  });

  test('Show Progress opens the dashboard (its own bundle, loaded in the browser), which counts the grade given above', async function () {
    this.timeout(90000);
    const { page } = workbench();
    await workbench().runCommand('CRM Study: Show Progress');
    const frame = panel(page);
    await frame.locator('h1', { hasText: 'Your progress' }).waitFor({ timeout: WAIT_MS });
    const headings = await frame.locator('h2').allInnerTexts();
    for (const h of ['At a glance', 'Readiness by topic', 'Cards by state']) assert.ok(headings.includes(h), `heading "${h}" in ${headings.join(' | ')}`);
    assert.strictEqual(await frame.locator('.empty').count(), 0, 'no "Nothing reviewed yet": the Good grade reached the dashboard');
    await workbench().screenshot('web-progress');
    await workbench().runCommand('View: Close All Editors');
  });

  test('after all that, the browser console holds no error from the extension', () => {
    // Its lines name the extension (crm-study-notes, "[CRM Study]") or a file of the staged copy.
    const ours = (line: string) => /crm-study|\[CRM Study\]/i.test(line) || line.includes(staged);
    assert.deepStrictEqual(workbench().consoleLines.filter((line) => ours(line) && EXTENSION_ERROR.test(line)), []);
  });
});
