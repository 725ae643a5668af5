// `npm run screenshots`: copies the README's screenshots from the last UI test
// run (test-results/, git-ignored) into test/e2e/screenshots/, which is
// committed. Every picture in the README is therefore one the UI layer took of
// the real workbench. Run `npm run test:e2e` first.
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const FROM = path.join(ROOT, 'test-results');
const TO = path.join(ROOT, 'test', 'e2e', 'screenshots');

// The names the UI tests give their screenshots (see test/e2e/*.test.ts).
const SHOTS = [
  'hover-kam',
  'hover-own-term',
  'hover-both-definitions',
  'sidebar-my-notes',
  'problems-broken-card',
  'sidebar-concept-page',
  'search-dwyr-phases',
  'flashcards-back',
  'flashcards-calc-answer',
  'progress-dashboard',
  'quiz-question',
  'quiz-correction',
  'quiz-summary',
  'import-preview',
  'import-studying',
  'check-scope',
  'check-answer',
  'vsix-install-from-vsix-menu',
  'vsix-installed-extensions-view',
];

const missing = SHOTS.filter((name) => !fs.existsSync(path.join(FROM, `${name}.png`)));
if (missing.length) {
  console.error(`No ${missing.map((n) => `test-results/${n}.png`).join(', ')}: run \`npm run test:e2e\` first.`);
  process.exit(1);
}
fs.mkdirSync(TO, { recursive: true });
for (const name of SHOTS) fs.copyFileSync(path.join(FROM, `${name}.png`), path.join(TO, `${name}.png`));
console.log(`Copied ${SHOTS.length} screenshots to ${path.relative(ROOT, TO)}/`);
