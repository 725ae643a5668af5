// `npm run test:electron`: the same integration suite in a desktop VS Code,
// downloaded by @vscode/test-electron into .vscode-test/ (needs internet, so
// not usable offline; `npm run test:integration` is the offline launcher).
// Env: VSCODE_VERSION (default 1.100.3, our engines minimum and what the
// code-server launcher runs; "stable" or "insiders" work too).
'use strict';

const path = require('path');
const { runTests } = require('@vscode/test-electron');
const codeServer = require('./codeServer');

const ROOT = codeServer.REPO_ROOT;

async function main() {
  codeServer.buildUnlessNoBuild();
  await runTests({
    version: process.env.VSCODE_VERSION || codeServer.VSCODE_VERSION,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out', 'integration', 'index.js'),
    launchArgs: [
      codeServer.SAMPLE_NOTES,
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
