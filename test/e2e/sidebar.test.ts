// The Concepts sidebar as a student meets it: click the CRM Study icon in the
// activity bar, see the course's topics, expand one to its concepts, and a
// framework to its parts; clicking a concept opens its page.
import * as assert from 'assert';
import { useWorkbench } from './workbench';

const WAIT_MS = 20000;

suite('Concepts sidebar in the workbench', () => {
  const workbench = useWorkbench();
  const sidebar = () => workbench().page.locator('.part.sidebar');
  const row = (label: string) => sidebar().locator('.monaco-list-row', { hasText: label }).first();

  test('the CRM Study activity bar icon opens the Concepts view listing the topics', async () => {
    await workbench().openConceptsView();
    await row('Foundations').waitFor({ timeout: WAIT_MS });
    await row('Relationships').waitFor({ timeout: WAIT_MS });
    const foundations = await row('Foundations').innerText();
    assert.match(foundations, /\d+ concepts/);
    await workbench().screenshot('sidebar-topics');
  });

  test('expanding Relationships lists its concepts, and SCOPE expands to its five parts', async () => {
    await row('Relationships').click();
    await row('SCOPE network').waitFor({ timeout: WAIT_MS });
    await row('IDIC').waitFor({ timeout: WAIT_MS });
    await row('SCOPE network').locator('.monaco-tl-twistie').click();
    for (const part of ['1. Suppliers', '2. Customers', '3. Owners', '4. Partners', '5. Employees']) {
      await row(part).waitFor({ timeout: WAIT_MS });
    }
    await workbench().screenshot('sidebar-scope-parts');
  });

  test('clicking a concept opens its rendered page; a related concept opens in the same panel', async () => {
    const { page } = workbench();
    await row('SCOPE network').locator('.label-name').click();
    await page.locator('.tabs-container .tab', { hasText: 'SCOPE network' }).first().waitFor({ timeout: WAIT_MS });
    const panel = () => page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
    await panel().locator('h1', { hasText: 'SCOPE network' }).waitFor({ timeout: WAIT_MS });
    await panel().locator('ol li', { hasText: 'Suppliers' }).first().waitFor({ timeout: WAIT_MS });
    await panel().locator('button', { hasText: 'Study' }).first().waitFor({ timeout: WAIT_MS });
    await workbench().screenshot('sidebar-concept-page');
    await panel().locator('nav a', { hasText: 'Key account management' }).click();
    await page.locator('.tabs-container .tab', { hasText: 'Key account management' }).first().waitFor({ timeout: WAIT_MS });
    await panel().locator('h1', { hasText: 'Key account management' }).waitFor({ timeout: WAIT_MS });
    assert.strictEqual(await page.locator('.tabs-container .tab', { hasText: 'SCOPE network' }).count(), 0, 'one panel, reused');
    await workbench().screenshot('concept-page-related');
  });

  test('a concept chosen after scrolling another opens at its title; a part opens at the Parts', async () => {
    const { page } = workbench();
    const panel = () => page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
    const scrollY = () => panel().locator('html').evaluate((html) => html.scrollTop);
    const headingTop = (text: string) => panel().locator('h2', { hasText: text }).first().evaluate((h) => Math.round(h.getBoundingClientRect().top));
    await panel().locator('body').evaluate((body) => body.scrollIntoView({ block: 'end' }));
    assert.ok((await scrollY()) > 100, 'the Key account management page scrolls');
    await row('IDIC').locator('.label-name').click();
    await panel().locator('h1', { hasText: 'IDIC' }).waitFor({ timeout: WAIT_MS });
    await page.waitForTimeout(500); // VS Code restores the old position just after load
    assert.strictEqual(await scrollY(), 0, 'IDIC opens at its title, not where the last page was scrolled');
    await row('3. Owners').click();
    await panel().locator('h1', { hasText: 'SCOPE network' }).waitFor({ timeout: WAIT_MS });
    await page.waitForTimeout(500);
    const partsTop = await headingTop('Parts');
    assert.ok(partsTop >= -2 && partsTop < 40, `the Parts heading is at the top of the page (at ${partsTop} px)`);
  });
});
