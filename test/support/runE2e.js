// `npm run test:e2e`: browser-level checks through the VS Code workbench.
// Builds (unless --no-build), makes sure code-server and Chromium are there,
// then runs test/e2e/*.test.ts with mocha in plain Node (TypeScript via tsx).
// Screenshots land in test-results/. Extra arguments go to mocha (e.g. --grep).
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const codeServer = require('./codeServer');

const ROOT = codeServer.REPO_ROOT;

async function main() {
  const args = process.argv.slice(2);
  codeServer.buildUnlessNoBuild(args);
  await codeServer.ensureInstalled();
  // Failure screenshots from an earlier run would mislead; the others get overwritten.
  const results = path.join(ROOT, 'test-results');
  for (const name of fs.existsSync(results) ? fs.readdirSync(results) : []) {
    if (name.startsWith('FAILED-')) fs.rmSync(path.join(results, name), { force: true });
  }

  const mocha = path.join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
  const mochaArgs = ['--require', 'tsx/cjs', '--ui', 'tdd', '--timeout', '60000', 'test/e2e/**/*.test.ts'];
  const result = spawnSync(process.execPath, [mocha, ...mochaArgs, ...args.filter((a) => a !== '--no-build')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  return result.status ?? 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`e2e run failed: ${error.message}`);
    process.exit(1);
  },
);
