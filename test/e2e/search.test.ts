// Search as a student does it: F1, "CRM Study: Search Concepts", type a
// half-remembered name with a typo, and the right concept is the first row.
import * as assert from 'assert';
import { useWorkbench } from './workbench';

const WAIT_MS = 20000;

suite('Search Concepts in the workbench', () => {
  const workbench = useWorkbench();

  test('"dwyr phases" lists Dwyer\'s relationship development phases first; Enter opens it', async () => {
    const { page } = workbench();
    const first = await workbench().searchConcepts('dwyr phases', /Dwyer/);
    const text = await first.innerText();
    assert.match(text, /Dwyer's relationship development phases/);
    assert.match(text, /Relationships/, 'the topic is the description');
    await workbench().screenshot('search-dwyr-phases');

    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab', { hasText: 'Dwyer' }).first().waitFor({ timeout: WAIT_MS });
    await workbench().screenshot('search-opened-concept');
  });
});
