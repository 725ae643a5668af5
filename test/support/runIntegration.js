// `npm run test:integration`: runs the integration suite (out/integration/index.js)
// inside a real VS Code 1.100 extension host served by code-server, driven by
// headless Chromium. Streams mocha's report and exits with the suite's code.
// Flags: --no-build (the caller just built). Env: INTEGRATION_TIMEOUT_MS.
'use strict';

const fs = require('fs');
const path = require('path');
const util = require('util');
const codeServer = require('./codeServer');

const ROOT = codeServer.REPO_ROOT;
const SUITE = path.join(ROOT, 'out', 'integration', 'index.js');
const WORKSPACE = codeServer.SAMPLE_NOTES;
const TIMEOUT_MS = Number(process.env.INTEGRATION_TIMEOUT_MS) || 5 * 60 * 1000;

function checkBuilt() {
  for (const file of [path.join(ROOT, 'dist', 'extension.js'), SUITE]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run npm run build first`);
  }
}

// The workbench forwards its own log and the extension host's console here as
// [format, ...args]. Its start-up chatter and offline gallery errors are noise.
const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin|\[Service Worker\]|ChatSessionStore)|open-vsx\.org/;
// At exit the Output view can outlive the extension host's channel (VS Code 1.100).
function isOutputTeardownError(text) {
  return text.includes("reading 'add'") && text.includes('/workbench/workbench.js');
}

function printSuiteLine(type, args) {
  const text = Array.isArray(args) ? util.format(...args) : String(args);
  if (NOISE.test(text) || isOutputTeardownError(text)) return;
  (type === 'error' ? process.stderr : process.stdout).write(text + '\n');
}

async function main() {
  codeServer.buildUnlessNoBuild();
  checkBuilt();
  await codeServer.ensureInstalled();

  let server;
  let browser;
  const cleanup = async () => {
    await browser?.close().catch(() => {});
    server?.stop();
  };
  const onSignal = (signal) => {
    console.error(`\n${signal}: stopping code-server and the browser`);
    void cleanup().finally(() => process.exit(130)); // exits whatever cleanup did
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    server = await codeServer.start({ workspace: WORKSPACE, env: process.stdout.isTTY ? {} : { NO_COLOR: '1' } });
    browser = await codeServer.launchBrowser();
    const page = await browser.newPage();

    let finish;
    const finished = new Promise((resolve) => (finish = resolve));
    let done = false; // after the exit the workbench tears down noisily
    await page.exposeFunction('codeAutomationLog', (type, args) => done || printSuiteLine(type, args));
    await page.exposeFunction('codeAutomationExit', (code) => {
      done = true;
      finish(code);
    });
    page.on('crash', () => finish('the workbench page crashed'));

    const url = codeServer.workbenchUrl(server, {
      folder: WORKSPACE,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: SUITE,
    });
    console.log(`Running the integration suite in VS Code ${codeServer.VSCODE_VERSION} (code-server ${codeServer.VERSION}, ${server.url})`);
    await page.goto(url);

    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve(`no result within ${TIMEOUT_MS / 1000} s (set INTEGRATION_TIMEOUT_MS to allow longer)`), TIMEOUT_MS);
    });
    const outcome = await Promise.race([finished, timedOut]);
    clearTimeout(timer);
    if (typeof outcome !== 'number') throw new Error(`integration suite did not finish: ${outcome}`);
    if (outcome !== 0) console.error(`Integration suite failed (exit code ${outcome})`);
    return outcome;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Integration run failed: ${error.message}`);
    process.exit(1);
  },
);
