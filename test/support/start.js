// `npm start`: VS Code in the browser with CRM Study Notes installed, on the
// sample lecture notes. The extension folder is symlinked into a fresh
// extensions dir, so the plain URL has it (rebuild + "Developer: Reload
// Window" picks up changes). Port: $PORT, else 8080, else any free one.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const codeServer = require('./codeServer');

const ROOT = codeServer.REPO_ROOT;
const WORKSPACE = codeServer.SAMPLE_NOTES;

async function choosePort() {
  if (process.env.PORT) return Number(process.env.PORT);
  return (await codeServer.isPortFree(8080)) ? 8080 : codeServer.freePort();
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run npm run build first');
  await codeServer.ensureInstalled();

  const manifest = require(path.join(ROOT, 'package.json'));
  const extensionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-start-extensions-'));
  fs.symlinkSync(ROOT, path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`));

  const server = await codeServer.start({ workspace: WORKSPACE, extensionsDir, port: await choosePort() });
  const shutdown = (code) => {
    server.stop();
    fs.rmSync(extensionsDir, { recursive: true, force: true });
    process.exit(code);
  };
  process.once('SIGINT', () => {
    console.log('\nStopping code-server.');
    shutdown(0);
  });
  process.once('SIGTERM', () => shutdown(0));
  void server.exited.then((code) => { // `exited` only resolves
    console.error(`code-server stopped unexpectedly (${code}). Its output:\n${server.output()}`);
    shutdown(1);
  });

  console.log(`
  CRM Study Notes is running in VS Code ${codeServer.VSCODE_VERSION} (code-server ${codeServer.VERSION}).

      Open  ${server.url}/

  Workspace: ${path.relative(ROOT, WORKSPACE)}   Press Ctrl+C to stop.
`);
}

main().catch((error) => {
  console.error(`npm start failed: ${error.message}`);
  process.exit(1);
});
