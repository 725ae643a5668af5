// `npm run test:web`: the web build in the browser's own extension host.
// Builds (unless --no-build), makes sure code-server and Chromium are there,
// then runs test/web/*.test.ts: each suite stages a copy of the extension
// whose package.json has `browser` and no `main` (test/web/stageWeb.ts), so
// code-server's workbench loads it into its web worker extension host inside
// Chromium, and drives it through the UI. Extra arguments go to mocha.
'use strict';

const { runUiTests, exitWith } = require('./runE2e');

exitWith('web run', () => runUiTests('test/web/**/*.test.ts', process.argv.slice(2), { failedPrefix: 'In-the-browser' }));
