// Studying flashcards the way a student does: open the panel from the palette,
// Space shows the answer, 3 grades Good and the next card follows (both keys go
// through the contributed keybindings: the page itself handles neither); reload
// the window and the panel, its progress and the saved schedule are all still
// there. Also prints command-to-first-card-painted as the extension logs it.
import * as assert from 'assert';
import { median } from '../bench/harness';
import { gradeShownCardGood, panel, statusBarText, waitForStatusBar } from './studyUi';
import { useWorkbench, Workbench } from './workbench';

const WAIT_MS = 30000;

/** What the extension logs once the webview painted a panel's first card, measured from the command's start. */
const PAINTED = /First card painted in (\d+) ms \(([^)]*)\)/g;

/** Shows the "CRM Study" output channel and waits until it holds `count` first-card lines; returns them. */
async function paintTimes(workbench: Workbench, count: number): Promise<Array<{ ms: number; how: string }>> {
  await workbench.runCommand('CRM Study: Show Course Pack Info');
  const text = await workbench.waitForOutput(new RegExp(`(${PAINTED.source}[\\s\\S]*){${count}}`));
  return [...text.matchAll(PAINTED)].map((m) => ({ ms: Number(m[1]), how: m[2] }));
}

suite('Flashcards in the workbench', () => {
  const workbench = useWorkbench();
  let firstCardId = '';
  let newBefore = 0;

  test('"CRM Study: Open Flashcards" from the palette shows a card', async function () {
    this.timeout(90000);
    const page = workbench().page;
    newBefore = Number(/(\d+) new/.exec(await statusBarText(page))?.[1]);
    assert.ok(newBefore > 0, 'the status bar offers new cards before any study');
    const started = Date.now();
    await workbench().runCommand('CRM Study: Open Flashcards');
    const card = panel(page).locator('article.card');
    await card.waitFor({ timeout: WAIT_MS });
    console.log(`      first card on screen ${Date.now() - started} ms after choosing the command`);
    await page.locator('.tabs-container .tab', { hasText: 'Flashcards' }).waitFor({ timeout: WAIT_MS });
    firstCardId = (await card.getAttribute('data-card-id')) ?? '';
    assert.ok(firstCardId, 'the card carries its id');
    await workbench().screenshot('flashcards-front');
  });

  test('Space shows the answer and four grade buttons with their intervals', async () => {
    const frame = panel(workbench().page);
    await frame.locator('#stage').press('Space');
    const grades = frame.locator('.actions .grade');
    await grades.first().waitFor({ timeout: WAIT_MS });
    assert.deepStrictEqual(await grades.locator('.label').allInnerTexts(), ['Again', 'Hard', 'Good', 'Easy']);
    const intervals = await grades.locator('.interval').allInnerTexts();
    assert.strictEqual(intervals.length, 4);
    assert.ok(intervals.every((t) => /^(<\d+m|\d+h|\d+d|[\d.]+mo|[\d.]+y)$/.test(t)), intervals.join(' '));
    await workbench().screenshot('flashcards-back');
  });

  test('3 grades Good: the next card follows, one done, one new card used today', async () => {
    const page = workbench().page;
    const frame = panel(page);
    await frame.locator('#stage').press('3');
    await frame.locator(`article.card:not([data-card-id="${firstCardId}"])`).waitFor({ timeout: WAIT_MS });
    assert.match(await frame.locator('#counts').innerText(), /^1 done/);
    await waitForStatusBar(page, `${newBefore - 1} new`);
  });

  test('the first open of the session: command to first card painted, as the extension measured it (printed, not asserted)', async () => {
    const [first] = await paintTimes(workbench(), 1);
    console.log(`      command to first card painted: ${first.ms} ms (${first.how})`);
  });

  test('after a window reload the panel is back with its progress, and the grade was kept', async function () {
    this.timeout(120000);
    const page = workbench().page;
    await workbench().reloadWindow();
    const frame = panel(page);
    await frame.locator('article.card').waitFor({ timeout: 60000 });
    assert.match(await frame.locator('#counts').innerText(), /^1 done/);
    // The status bar is computed from globalState by the new extension host.
    await waitForStatusBar(page, `${newBefore - 1} new`);
    await workbench().screenshot('flashcards-after-reload');
  });

  test('time from the command to the first card painted, panel closed, extension warm (median of 5 re-opens, printed, not asserted)', async function () {
    this.timeout(180000);
    const page = workbench().page;
    const palette: number[] = [];
    const before = (await paintTimes(workbench(), 0)).length;
    const runs = 5;
    for (let i = 0; i < runs; i++) {
      await workbench().runCommand('View: Close All Editors');
      await page.locator('.tabs-container .tab', { hasText: 'Flashcards' }).waitFor({ state: 'detached', timeout: WAIT_MS });
      const started = Date.now();
      await workbench().runCommand('CRM Study: Open Flashcards');
      await panel(page).locator('article.card').waitFor({ timeout: WAIT_MS });
      palette.push(Date.now() - started);
    }
    const painted = (await paintTimes(workbench(), before + runs)).slice(before).map((t) => t.ms);
    console.log(`      command to first card painted (extension's measure): median ${median(painted)} ms (${painted.join(', ')} ms)`);
    console.log(`      palette typing + command + paint as the test saw it: median ${median(palette)} ms (${palette.join(', ')} ms)`);
  });

  test('a worked calculation: type a number, Enter checks it (Not quite: 250, Right: 405,41) and the worked solution shows', async function () {
    this.timeout(120000);
    const frame = panel(workbench().page);
    // Run on its own (--grep), the panel is not open yet.
    if (!(await workbench().page.locator('.tabs-container .tab', { hasText: 'Flashcards' }).count())) await workbench().runCommand('CRM Study: Open Flashcards');
    await frame.locator('article.card').waitFor({ timeout: WAIT_MS });
    // Analytics & metrics in Cram, in written order: CLV's cards come first, its Calc cards among them.
    await frame.locator('#topic').selectOption('analytics-metrics');
    await frame.locator('button.segment', { hasText: 'Cram' }).click();
    await frame.locator('button.segment[aria-pressed="true"]', { hasText: 'Cram' }).waitFor({ timeout: WAIT_MS });
    /** Grades cards Good until one with an answer box is on screen; returns its box. */
    const nextCalcCard = async () => {
      for (let i = 0; i < 12; i++) {
        const card = frame.locator('article.card');
        await card.waitFor({ timeout: WAIT_MS });
        if (await frame.locator('article.card .calc-input').count()) return frame.locator('article.card .calc-input');
        await gradeShownCardGood(frame);
      }
      throw new Error('no worked calculation among the first cards of Analytics & metrics');
    };

    let box = await nextCalcCard();
    assert.strictEqual(await frame.locator('article.card .calc-input:focus').count(), 1, 'the answer box has the focus');
    await workbench().screenshot('flashcards-calc-front');
    await box.fill('250');
    await box.press('Enter');
    const verdict = frame.locator('.calc-verdict');
    await verdict.waitFor({ timeout: WAIT_MS });
    assert.strictEqual(await verdict.innerText(), '✗ Not quite: you wrote 250; the answer is £205.11');
    assert.match(await frame.locator('.back .explanation').innerText(), /Worked solution[\s\S]*90\.91 \+ 66\.12 \+ 48\.08 = £205\.11/);
    assert.strictEqual(await frame.locator('.grade.suggested .label').innerText(), 'Again', 'a wrong number suggests Again');
    await verdict.scrollIntoViewIfNeeded();
    await workbench().screenshot('flashcards-calc-answer');
    await frame.locator('.grade.grade-again').click();

    box = await nextCalcCard();
    await box.fill('405,41');
    await box.press('Enter');
    await verdict.waitFor({ timeout: WAIT_MS });
    assert.strictEqual(await verdict.innerText(), '✓ Right: £405.41', 'a decimal comma is read as the decimal point');
    assert.strictEqual(await frame.locator('.grade.suggested .label').innerText(), 'Good');
  });
});
