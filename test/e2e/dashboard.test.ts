// The progress dashboard the way a student sees it: "CRM Study: Show Progress"
// from the palette paints its headings; after grading a few flashcards the
// graded topic's readiness bar says more; a Study button opens the flashcards.
// Also prints command-to-painted as the extension logs it (budget 400 ms).
import * as assert from 'assert';
import type { FrameLocator, Page } from 'playwright-core';
import { gradeShownCardGood } from './studyUi';
import { until, useWorkbench } from './workbench';

const WAIT_MS = 30000;
const PAINTED = /Progress painted in (\d+) ms \(([^)]*)\)/g;

/** The visible webview's page: VS Code nests it in two iframes; hidden panels' frames stay in the DOM, so take the visible one. */
function visibleWebview(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready:visible').frameLocator('iframe#active-frame');
}

async function barLabels(frame: FrameLocator): Promise<string[]> {
  const bars = frame.locator('.readiness-list .bar');
  await bars.first().waitFor({ timeout: WAIT_MS });
  return Promise.all((await bars.all()).map(async (b) => (await b.getAttribute('aria-label')) ?? ''));
}

suite('Progress dashboard in the workbench', () => {
  const workbench = useWorkbench();
  let before: string[] = [];
  /** What Chromium logged about the Content Security Policy (a blocked style or script says "Refused to …"). */
  const refused: string[] = [];

  test('"CRM Study: Show Progress" from the palette shows the dashboard\'s headings and a getting-started line', async function () {
    this.timeout(90000);
    const page = workbench().page;
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
    });
    const started = Date.now();
    await workbench().runCommand('CRM Study: Show Progress');
    const frame = visibleWebview(page);
    await frame.locator('h1', { hasText: 'Your progress' }).waitFor({ timeout: WAIT_MS });
    console.log(`      dashboard on screen ${Date.now() - started} ms after choosing the command`);
    await page.locator('.tabs-container .tab', { hasText: 'Progress' }).waitFor({ timeout: WAIT_MS });
    const headings = await frame.locator('h2').allInnerTexts();
    for (const h of ['At a glance', 'Readiness by topic', 'Weakest concepts', 'Cards by state', 'Due in the next 30 days', 'The last 26 weeks']) {
      assert.ok(headings.includes(h), `heading "${h}" in ${headings.join(' | ')}`);
    }
    assert.match(await frame.locator('.empty').innerText(), /Nothing reviewed yet/);
    before = await barLabels(frame);
    assert.ok(before.every((l) => /: 0% ready/.test(l)), before.join(' | '));
  });

  test('after grading three flashcards Good, the graded topic\'s readiness bar says more', async function () {
    this.timeout(90000);
    const page = workbench().page;
    await workbench().runCommand('View: Close All Editors');
    await workbench().runCommand('CRM Study: Open Flashcards');
    const cards = visibleWebview(page);
    for (let i = 0; i < 3; i++) await gradeShownCardGood(cards);
    await workbench().runCommand('View: Close All Editors');
    await workbench().runCommand('CRM Study: Show Progress');
    const frame = visibleWebview(page);
    const after = await until('a readiness bar to move', () => barLabels(frame), (labels) => labels.some((l, i) => l !== before[i]), WAIT_MS);
    const moved = after.filter((l, i) => l !== before[i]);
    assert.ok(moved.some((l) => /: [1-9]\d*% ready/.test(l)), moved.join(' | '));
    assert.strictEqual(await frame.locator('.empty').count(), 0, 'no getting-started line once studied');
    await frame.locator('.chart canvas').first().waitFor({ timeout: WAIT_MS });
    await workbench().screenshot('progress-dashboard');
  });

  test('"Study" beside the weakest concept opens the flashcards', async function () {
    this.timeout(60000);
    const page = workbench().page;
    const frame = visibleWebview(page);
    const study = frame.locator('.weakest-list button').first();
    const label = (await study.getAttribute('aria-label')) ?? '';
    assert.match(label, /^Study /);
    await study.focus();
    await study.press('Enter');
    await page.locator('.tabs-container .tab', { hasText: 'Flashcards' }).waitFor({ timeout: WAIT_MS });
  });

  test('the extension logs how long the dashboard took to paint', async function () {
    this.timeout(60000);
    await workbench().runCommand('CRM Study: Show Course Pack Info');
    const text = await workbench().waitForOutput(new RegExp(`(${PAINTED.source}[\\s\\S]*){2}`));
    const times = [...text.matchAll(PAINTED)].map((m) => ({ ms: Number(m[1]), how: m[2] }));
    for (const t of times) console.log(`      Progress painted in ${t.ms} ms (${t.how}; budget 400 ms)`);
    assert.ok(times.length >= 2);
    // uPlot styles its canvas through the CSSOM, which the CSP allows; nothing of the page was blocked.
    assert.deepStrictEqual(refused, []);
  });
});
