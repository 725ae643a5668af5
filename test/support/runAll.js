// `npm test`: every layer in order (lint, typecheck, build, unit, integration in
// code-server, e2e through the workbench, web in the browser's own extension
// host), then a summary of each layer's
// pass/fail counts and one last line `N passed, N failed`. Exits non-zero if
// anything failed. On a fresh machine the integration layer installs
// code-server and Chromium first (about a minute, once).
'use strict';

const { spawn } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');

// lint, typecheck and build have no test counts: each counts as one check.
const LAYERS = [
  { name: 'lint', script: 'lint', counted: false },
  { name: 'typecheck', script: 'typecheck', counted: false },
  { name: 'build', script: 'build', counted: false },
  { name: 'unit', script: 'test:unit', counted: true },
  { name: 'integration', script: 'test:integration', args: ['--no-build'], counted: true, needsBuild: true },
  { name: 'e2e', script: 'test:e2e', args: ['--no-build'], counted: true, needsBuild: true },
  { name: 'web', script: 'test:web', args: ['--no-build'], counted: true, needsBuild: true },
];

let interrupted = false;
process.on('SIGINT', () => (interrupted = true)); // the layer gets it too and cleans up

/** Runs `npm run <script>`, echoing its output; resolves with its exit code and output. */
function runLayer({ script, args = [] }) {
  return new Promise((resolve) => {
    const npmArgs = ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])];
    const child = spawn('npm', npmArgs, { cwd: ROOT, stdio: ['inherit', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (process.stdout.write(d), (output += d)));
    child.stderr.on('data', (d) => (process.stderr.write(d), (output += d)));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/** Mocha's "N passing" / "N failing" lines (its last report in the output). */
function mochaCounts(output) {
  // eslint-disable-next-line no-control-regex -- ESC starts the colour codes we strip
  const text = output.replace(/\x1b\[[0-9;]*m/g, '');
  const last = (re) => {
    const all = [...text.matchAll(re)];
    return all.length ? Number(all[all.length - 1][1]) : 0;
  };
  return { passed: last(/^\s*(\d+) passing/gm), failed: last(/^\s*(\d+) failing/gm) };
}

async function main() {
  const results = [];
  let buildFailed = false;
  for (const layer of LAYERS) {
    if (interrupted) break;
    if (layer.needsBuild && buildFailed) {
      results.push({ name: layer.name, skipped: 'build failed' });
      continue;
    }
    console.log(`\n=== ${layer.name}: npm run ${layer.script}${layer.args ? ` -- ${layer.args.join(' ')}` : ''}`);
    const started = Date.now();
    const { code, output } = await runLayer(layer);
    const counts = layer.counted ? mochaCounts(output) : { passed: code === 0 ? 1 : 0, failed: 0 };
    // A failing exit always counts, even when no mocha report got printed.
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    if (layer.name === 'build' && code !== 0) buildFailed = true;
    results.push({ name: layer.name, ...counts, seconds: (Date.now() - started) / 1000 });
  }

  console.log('\n=== Summary');
  let passed = 0;
  let failed = 0;
  for (const r of results) {
    if (r.skipped) {
      console.log(`  ${r.name.padEnd(12)} skipped (${r.skipped})`);
      continue;
    }
    passed += r.passed;
    failed += r.failed;
    const mark = r.failed ? 'FAIL' : 'ok  ';
    console.log(`  ${mark} ${r.name.padEnd(12)} ${String(r.passed).padStart(4)} passed, ${r.failed} failed  (${r.seconds.toFixed(1)} s)`);
  }
  if (interrupted) console.log('  interrupted: the remaining layers did not run');
  if (results.some((r) => (r.name === 'e2e' || r.name === 'web') && !r.skipped)) console.log('  screenshots: test-results/');
  console.log(`\n${passed} passed, ${failed} failed`);
  const incomplete = interrupted || results.some((r) => r.skipped);
  process.exit(failed > 0 || incomplete ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
