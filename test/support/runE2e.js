// `npm run test:e2e`: browser-level checks through the VS Code workbench.
// Builds (unless --no-build), makes sure code-server and Chromium are there,
// then runs test/e2e/*.test.ts with mocha in plain Node (TypeScript via tsx).
// Screenshots land in test-results/. Extra arguments go to mocha (e.g. --grep).
// The web layer (runWeb.js) runs its own tests the same way.
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const codeServer = require('./codeServer');

const ROOT = codeServer.REPO_ROOT;

/**
 * Builds unless --no-build, installs what is missing, removes the failure
 * screenshots (test-results/FAILED-<failedPrefix>…) of an earlier run, then
 * runs mocha on `spec`; resolves with its exit code.
 */
async function runUiTests(spec, args, { failedPrefix = '', env = {} } = {}) {
  codeServer.buildUnlessNoBuild(args);
  await codeServer.ensureInstalled();
  // Failure screenshots from an earlier run would mislead; the others get overwritten.
  const results = path.join(ROOT, 'test-results');
  for (const name of fs.existsSync(results) ? fs.readdirSync(results) : []) {
    if (name.startsWith(`FAILED-${failedPrefix}`)) fs.rmSync(path.join(results, name), { force: true });
  }

  const mocha = path.join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
  const mochaArgs = ['--require', 'tsx/cjs', '--ui', 'tdd', '--timeout', '60000', spec];
  const result = spawnSync(process.execPath, [mocha, ...mochaArgs, ...args.filter((a) => a !== '--no-build')], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

/** Runs `main` and exits with its code; a thrown error is printed as "<what> failed: …". */
function exitWith(what, main) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`${what} failed: ${error.message}`);
      process.exit(1);
    },
  );
}

module.exports = { runUiTests, exitWith };

if (require.main === module) exitWith('e2e run', () => runUiTests('test/e2e/**/*.test.ts', process.argv.slice(2)));
