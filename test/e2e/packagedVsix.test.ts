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
});
