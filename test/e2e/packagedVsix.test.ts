// The release a student installs: build the .vsix with `npm run package`,
// install it with code-server --install-extension, start VS Code WITHOUT the
// source folder, and check in the UI that the installed extension activated.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as codeServer from '../support/codeServer';
import { REPO_ROOT, showPackInfo, useWorkbench } from './workbench';

const VSIX = path.join(REPO_ROOT, 'dist', 'crm-study-notes.vsix');

suite('The packaged .vsix', () => {
  let extensionsDir = '';

  const workbench = useWorkbench(() => {
    extensionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-vsix-extensions-'));
    const built = spawnSync('npm', ['run', '--silent', 'package'], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.strictEqual(built.status, 0, `npm run package failed:\n${built.stdout}\n${built.stderr}`);
    codeServer.installExtension(VSIX, extensionsDir);
    return { fromSource: false, extensionsDir };
  });

  suiteTeardown(function () {
    this.timeout(60000);
    if (extensionsDir) fs.rmSync(extensionsDir, { recursive: true, force: true });
    // `npm run package` left a minified dist/; later suites want source maps.
    spawnSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: 'ignore' });
  });

  test('installs into an extensions folder as crm-study.crm-study-notes', () => {
    const installed = fs.readdirSync(extensionsDir);
    assert.ok(installed.some((name) => name.startsWith('crm-study.crm-study-notes-')), `installed: ${installed.join(', ')}`);
  });

  test('the installed folder holds every script the build writes to dist/ (the lazily loaded features and libraries too)', () => {
    const scripts = (dir: string) => fs.readdirSync(dir).filter((name) => name.endsWith('.js')).sort();
    const folder = fs.readdirSync(extensionsDir).find((name) => name.startsWith('crm-study.crm-study-notes-'))!;
    assert.deepStrictEqual(scripts(path.join(extensionsDir, folder, 'dist')), scripts(path.join(REPO_ROOT, 'dist')));
  });

  test('the window is a normal one, not an Extension Development Host', async () => {
    assert.doesNotMatch(await workbench().page.title(), /Extension Development Host/);
  });

  test('activates from the install: "Show Course Pack Info" shows the pack counts', async () => {
    await workbench().openFile('week10-payne-frow.md');
    const { concepts, cards } = await showPackInfo(workbench());
    await workbench().screenshot('packaged-vsix-pack-info');
    assert.ok(concepts >= 60, `${concepts} concepts`);
    assert.ok(cards >= 200, `${cards} cards`);
  });

  test('the installed build renders: Open Flashcards shows a card (webview assets and dist/markdown-it.js shipped)', async function () {
    this.timeout(90000);
    const page = workbench().page;
    await workbench().runCommand('CRM Study: Open Flashcards');
    const card = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame').locator('article.card .front');
    await card.waitFor({ timeout: 30000 });
    assert.match(await card.innerText(), /\w{3,}/, 'the card shows its question');
  });

  test('the installed build searches: "payne frow processes" finds the five-process framework (dist/fuse.js shipped)', async () => {
    const first = await workbench().searchConcepts('payne frow processes', /Payne/);
    assert.match(await first.innerText(), /Payne & Frow's five CRM processes/);
    await workbench().page.keyboard.press('Escape');
  });

  test('the Extensions view lists it as installed, under its display name', async function () {
    this.timeout(60000);
    const page = workbench().page;
    await page.locator('.activitybar .action-item a[aria-label^="Extensions"]').first().click();
    const search = page.locator('.extensions-viewlet .suggest-input-container .monaco-editor textarea, .extensions-viewlet .monaco-editor textarea').first();
    await search.waitFor({ timeout: 30000 });
    await search.focus();
    await page.keyboard.type('@installed CRM');
    const row = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'CRM Study Notes' }).first();
    await row.waitFor({ timeout: 30000 });
    await row.click();
    await page.locator('.extension-editor .header .name', { hasText: 'CRM Study Notes' }).waitFor({ timeout: 30000 });
    // The details tab shows our README (in a webview frame of its own) and our icon.
    const readmeShown = async () => {
      for (const frame of page.frames()) if (await frame.locator('h1', { hasText: 'CRM Study Notes' }).count().catch(() => 0)) return true;
      return false;
    };
    for (const deadline = Date.now() + 30000; !(await readmeShown()); await page.waitForTimeout(250)) {
      assert.ok(Date.now() < deadline, 'the details tab never showed the README');
    }
    const icon = page.locator('.extension-editor .header img.icon');
    assert.match((await icon.getAttribute('src')) ?? '', /icon\.png/, 'the extension shows its own icon');
    await row.waitFor({ timeout: 30000 });
    await workbench().screenshot('vsix-installed-extensions-view');
    // The same menu a desktop VS Code has: Extensions view → … → Install from VSIX…
    await page.locator('.extensions-viewlet').hover();
    await page.locator('.pane-header .actions-container a[aria-label*="More Actions"], .title-actions a[aria-label*="More Actions"], .composite.title a[aria-label*="More Actions"]').first().click();
    const item = page.locator('.monaco-menu .action-label', { hasText: 'Install from VSIX' }).first();
    await item.waitFor({ timeout: 15000 });
    await workbench().screenshot('vsix-install-from-vsix-menu');
    await page.keyboard.press('Escape');
  });
});
