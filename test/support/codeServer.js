// The offline "real VS Code" toolchain (see docs/testing-in-real-vscode.md):
// installs code-server once into the git-ignored .vscode-test/code-server/,
// starts it on a free 127.0.0.1 port, builds workbench URLs that load our
// extension, and launches the headless Chromium that drives it.
'use strict';

const { spawn, spawnSync, execFileSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');

const VERSION = '4.100.3'; // last code-server line that runs on Node 20
const VSCODE_VERSION = '1.100.3'; // the VS Code it serves
const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** The lecture notes `npm start` and the tests open. */
const SAMPLE_NOTES = path.join(REPO_ROOT, 'test', 'fixtures', 'sample-notes');
const CACHE_DIR = path.join(REPO_ROOT, '.vscode-test', 'code-server');
const BIN = path.join(CACHE_DIR, 'node_modules', '.bin', 'code-server');
const DONE_MARKER = path.join(CACHE_DIR, `.installed-${VERSION}`);
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'ripgrep'];
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// A quiet workbench: the sample notes sit inside our git repo, and nothing
// online answers here.
const USER_SETTINGS = {
  'git.openRepositoryInParentFolders': 'never',
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
};

function log(message) {
  console.log(`[code-server] ${message}`);
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', encoding: 'utf8', ...options });
  if (result.status !== 0) {
    const output = [result.stdout, result.stderr].filter(Boolean).join('\n');
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})\n${output}`);
  }
}

function isDebInstalled(name) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function ensureAptPackages() {
  const missing = APT_PACKAGES.filter((p) => !isDebInstalled(p));
  if (missing.length === 0) return;
  if (process.getuid && process.getuid() !== 0) {
    throw new Error(`missing Debian packages: ${missing.join(' ')}; run: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
  }
  const started = Date.now();
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-q'], { env });
  run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], { env });
  log(`Debian packages installed in ${seconds(started)}`);
}

// @vscode/ripgrep downloads rg from GitHub in postinstall (offline: fails) unless
// it finds this tarball in its tmpdir cache; Debian's rg at its root satisfies it.
function ensureRipgrepTarball() {
  const target = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[process.arch];
  if (!target) throw new Error(`no ripgrep cache recipe for architecture ${process.arch}`);
  const dir = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const file = path.join(dir, `ripgrep-v13.0.0-10-${target}.tar.gz`);
  if (fs.existsSync(file)) return;
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-czf', file, '-C', path.dirname(fs.realpathSync('/usr/bin/rg')), 'rg']);
  log(`prepared ${file} from Debian's ripgrep`);
}

function isInstalled() {
  return fs.existsSync(DONE_MARKER) && fs.existsSync(BIN);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

// Two test runs starting at once must not install into the same folder.
async function withInstallLock(fn) {
  const lock = `${CACHE_DIR}.lock`;
  const pidFile = path.join(lock, 'pid');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (let waiting = false; ; waiting = true) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const owner = Number(fs.existsSync(pidFile) && fs.readFileSync(pidFile, 'utf8'));
    if (owner && !isAlive(owner)) {
      fs.rmSync(lock, { recursive: true, force: true }); // left by a run that died
      continue;
    }
    if (!waiting) log(`waiting for another install${owner ? ` (pid ${owner})` : ''} to finish`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  fs.writeFileSync(pidFile, String(process.pid));
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function installCodeServer() {
  const started = Date.now();
  ensureRipgrepTarball();
  log(`installing code-server@${VERSION} into ${path.relative(REPO_ROOT, CACHE_DIR)} (first run only, about a minute)`);
  fs.rmSync(CACHE_DIR, { recursive: true, force: true }); // whatever a failed attempt left
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  // As root npm skips postinstall scripts without --unsafe-perm; node-pty's
  // postinstall runs `npx node-gyp`, which needs npm_config_yes to not prompt.
  // The log level is reset so that failures show even under `npm run --silent`.
  run('npm', ['install', '--unsafe-perm', '--no-audit', '--no-fund', '--prefix', CACHE_DIR, `code-server@${VERSION}`], {
    env: { ...process.env, npm_config_yes: 'true', npm_config_loglevel: 'warn' },
  });
  if (!fs.existsSync(BIN)) throw new Error(`npm install finished but ${BIN} is missing`);
  fs.writeFileSync(DONE_MARKER, new Date().toISOString() + '\n');
  log(`code-server installed in ${seconds(started)}`);
}

/** Installs whatever is missing (Debian packages, code-server); quick once done. */
async function ensureInstalled() {
  const ready = () => isInstalled() && APT_PACKAGES.every(isDebInstalled);
  if (ready()) return;
  await withInstallLock(() => {
    ensureAptPackages();
    if (!isInstalled()) installCodeServer();
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function httpAnswers(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(1000, () => req.destroy());
  });
}

/**
 * Starts code-server on 127.0.0.1 with a fresh user-data-dir; `env` reaches
 * the extension host too. Resolves once it answers HTTP; stop() kills it and removes its temp dir.
 */
async function start({ workspace, extensionsDir, port, env, timeoutMs = 30000 } = {}) {
  if (!isInstalled()) throw new Error('code-server is not installed: call ensureInstalled() first');
  port = port || (await freePort());
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-code-server-'));
  fs.mkdirSync(path.join(tmp, 'user-data', 'User'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'user-data', 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const args = [
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', path.join(tmp, 'user-data'),
    '--extensions-dir', extensionsDir || path.join(tmp, 'extensions'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
  ];
  if (workspace) args.push(workspace);

  // Its own process group, so stop() also ends the extension host it spawns.
  const child = spawn(BIN, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-20000);
    if (process.env.CODE_SERVER_VERBOSE) process.stderr.write(chunk);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  const exitedPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve((exited = code ?? signal)));
  });

  let stopped = false;
  function stop() {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', stop);
    if (exited === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
    fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  }

  process.on('exit', stop); // never leave a server behind, whatever ends us

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (!(await httpAnswers(`${url}/healthz`))) {
    if (exited !== null || Date.now() > deadline) {
      stop();
      const why = exited !== null ? `exited (${exited})` : `did not answer within ${timeoutMs / 1000} s`;
      throw new Error(`code-server on port ${port} ${why}. Its output:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, port, stop, output: () => output, exited: exitedPromise };
}

/** Installs a .vsix into `extensionsDir`, the way a student installs a release. */
function installExtension(vsix, extensionsDir) {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-code-server-install-'));
  try {
    run(BIN, ['--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', userData], { stdio: 'pipe' });
  } finally {
    fs.rmSync(userData, { recursive: true, force: true });
  }
}

/**
 * The workbench URL for a running server: opens `folder`, and through the
 * payload can load an extension from source and run an extension test suite.
 */
function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [['skipWelcome', 'true']];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = new URLSearchParams();
  if (folder) query.set('folder', folder);
  query.set('payload', JSON.stringify(payload));
  return `${server.url}/?${query}`;
}

/** Headless Chromium through playwright-core (Debian's browser, no download). */
async function launchBrowser() {
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** `npm run build`, unless the command line says --no-build (the caller just built). */
function buildUnlessNoBuild(argv = process.argv) {
  if (argv.includes('--no-build')) return;
  const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build failed');
}

module.exports = {
  VERSION,
  VSCODE_VERSION,
  REPO_ROOT,
  SAMPLE_NOTES,
  buildUnlessNoBuild,
  ensureInstalled,
  start,
  installExtension,
  freePort,
  isPortFree,
  workbenchUrl,
  launchBrowser,
};

if (require.main === module) {
  // `node test/support/codeServer.js` just installs: handy for CI caching.
  ensureInstalled().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
