// A student's own notes, as a new student meets them: a folder of their
// Markdown (a glossary, an Obsidian Spaced Repetition deck, a note in the
// pack's convention with a broken card, lecture notes using their terms) opened
// with no setup. Hovering their own term in another note shows their
// definition; a course term they also define shows both; the Problems panel
// has the broken card at its line; the Concepts view has "My notes".
import * as assert from 'assert';
import * as path from 'path';
import { REPO_ROOT, until, useWorkbench } from './workbench';

const STUDENT_NOTES = path.join(REPO_ROOT, 'test', 'fixtures', 'student-notes');
const WAIT_MS = 30000;

suite('My notes in the workbench', () => {
  const workbench = useWorkbench(() => ({ folder: STUDENT_NOTES }));
  const sidebar = () => workbench().page.locator('.part.sidebar');
  const row = (label: string | RegExp) => sidebar().locator('.monaco-list-row', { hasText: label }).first();

  /** Hovers `text`, retrying while the first index of the notes is still running. */
  async function hoverUntil(text: string, expected: RegExp): Promise<string> {
    return until(`a hover over "${text}" matching ${expected}`, () => workbench().hover(text, expected), (t) => expected.test(t), WAIT_MS);
  }

  test('hovering SOW in lecture-notes.md shows the student\'s own definition from glossary.md', async function () {
    this.timeout(120000);
    await workbench().openFile('lecture-notes.md');
    const text = await hoverUntil('SOW', /Share of wallet/);
    assert.match(text, /spending in a category that comes to us/);
    assert.match(text, /Your note/);
    assert.match(text, /glossary\.md:\d+/);
    await workbench().page.waitForTimeout(500);
    await workbench().screenshot('hover-own-term');
  });

  test('hovering a course term they define too shows the pack\'s definition and theirs, marked as theirs', async function () {
    this.timeout(60000);
    const text = await hoverUntil('customer churn', /Your definition/);
    assert.match(text, /Customer churn/);
    assert.match(text, /I track it each month/);
    await workbench().page.waitForTimeout(500);
    await workbench().screenshot('hover-both-definitions');
  });

  test('the Problems panel shows the broken multiple choice card at its file and line', async function () {
    this.timeout(60000);
    const { page } = workbench();
    await workbench().runCommand('Problems: Focus on Problems View');
    const problems = page.locator('.part.panel .markers-panel');
    const entry = problems.locator('.monaco-list-row', { hasText: 'exactly one right answer' }).first();
    await entry.waitFor({ timeout: WAIT_MS });
    assert.match(await entry.innerText(), /found 2/);
    assert.match(await entry.innerText(), /CRM Study/);
    assert.match(await entry.innerText(), /\[Ln 10, Col 1\]/);
    const file = problems.locator('.monaco-list-row', { hasText: 'relationship-notes.md' }).first();
    await file.waitFor({ timeout: WAIT_MS });
    await workbench().screenshot('problems-broken-card');
  });

  test('the Concepts view lists My notes after the topics, with the deck and the student\'s cards', async function () {
    this.timeout(60000);
    const { page } = workbench();
    await page.locator('.part.activitybar [aria-label^="CRM Study"]').first().click();
    await row('Foundations').waitFor({ timeout: WAIT_MS });
    await row('My notes').waitFor({ timeout: WAIT_MS });
    await row('My notes').click();
    await row('crm/week3').waitFor({ timeout: WAIT_MS });
    await row('My CRM glossary').waitFor({ timeout: WAIT_MS });
    await row('crm/week3').click();
    await row('What does RFM stand for?').waitFor({ timeout: WAIT_MS });
    await row('Name the three types of CRM').waitFor({ timeout: WAIT_MS });
    assert.strictEqual(await sidebar().locator('.monaco-list-row', { hasText: 'std::vector' }).count(), 0, 'code never becomes a card');
    await workbench().screenshot('sidebar-my-notes');
  });
});
