// `npm run test:electron`: the same integration suite in a desktop VS Code,
// downloaded by @vscode/test-electron into .vscode-test/ (needs internet, so
// not usable offline; `npm run test:integration` is the offline launcher).
// Env: VSCODE_VERSION (default 1.100.3, our engines minimum and what the
// code-server launcher runs; "stable" or "insiders" work too).
'use strict';

const { spawnSync } = require('child_process');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const ROOT = path.resolve(__dirname, '..', '..');

async function main() {
  if (!process.argv.includes('--no-build')) {
    const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  await runTests({
    version: process.env.VSCODE_VERSION || '1.100.3',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out', 'integration', 'index.js'),
    launchArgs: [
      path.join(ROOT, 'test', 'fixtures', 'sample-notes'),
      '--disable-extensions', // other installed extensions, not ours
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
  });
}

main().then(
  () => process.exit(0),
  (error) => {
    // runTests rejects with TestRunFailedError when the suite fails.
    console.error(`Integration tests failed: ${error.message}`);
    process.exit(1);
  },
);
