// Search as a student does it: F1, "CRM Study: Search Concepts", type a
// half-remembered name with a typo, and the right concept is the first row.
import * as assert from 'assert';
import { useWorkbench } from './workbench';

const WAIT_MS = 20000;

suite('Search Concepts in the workbench', () => {
  const workbench = useWorkbench();

  test('"dwyr phases" lists Dwyer\'s relationship development phases first; Enter opens it', async () => {
    const { page } = workbench();
    const widget = page.locator('.quick-input-widget');
    const input = widget.locator('input');
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('F1');
      try {
        await input.waitFor({ state: 'visible', timeout: 5000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    await page.keyboard.type('CRM Study: Search Concepts');
    await widget.locator('.monaco-list-row', { hasText: 'CRM Study: Search Concepts' }).first().waitFor({ timeout: WAIT_MS });
    await page.keyboard.press('Enter');
    // Our picker replaces the palette: its title says so.
    await widget.locator('.quick-input-title', { hasText: 'Search Concepts' }).waitFor({ timeout: WAIT_MS });
    await page.keyboard.type('dwyr phases');
    const first = widget.locator('.quick-input-list .monaco-list-row').first();
    await first.filter({ hasText: /^Dwyer/ }).waitFor({ timeout: WAIT_MS }).catch(() => first.filter({ hasText: 'Dwyer' }).waitFor({ timeout: WAIT_MS }));
    const text = await first.innerText();
    assert.match(text, /Dwyer's relationship development phases/);
    assert.match(text, /Relationships/, 'the topic is the description');
    await workbench().screenshot('search-dwyr-phases');

    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab', { hasText: 'Dwyer' }).first().waitFor({ timeout: WAIT_MS });
    await workbench().screenshot('search-opened-concept');
  });
});
