// Stages the extension the way VS Code for the Web gets it: the files the
// .vsix ships (the `!` lines of .vscodeignore), with a package.json that keeps
// its `browser` entry and loses `main`. An extension with both runs in the
// Node extension host, so only such a copy proves the browser build on its own.
import * as fs from 'fs';
import * as path from 'path';

const IGNORE_FILE = '.vscodeignore';
/** Never walked: installed packages, caches, test output (symbolic links are skipped anyway). */
const SKIP_DIRS = new Set(['.git', 'node_modules', '.vscode-test', 'test-results']);

export interface StagedExtension {
  /** The folder holding the copy. */
  dir: string;
  /** The copied files, relative to the folder, '/'-separated, sorted. */
  files: string[];
  /** The `browser` entry of the staged manifest, e.g. "./dist/web/extension.js". */
  browser: string;
}

/** A .vscodeignore glob as a regular expression over '/'-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // A pattern naming a folder covers what is inside it.
  return new RegExp(`^${source}(?:/.*)?$`);
}

/**
 * Which files of `root` its .vscodeignore lets into the package: the last
 * pattern a file matches decides (a `!` one keeps it). Throws, naming the file
 * and line, on a line it cannot read.
 */
export function shippedFiles(root: string): string[] {
  const ignoreFile = path.join(root, IGNORE_FILE);
  if (!fs.existsSync(ignoreFile)) throw new Error(`${ignoreFile} is missing: it says which files the extension ships`);
  const rules = fs
    .readFileSync(ignoreFile, 'utf8')
    .split(/\r?\n/)
    .map((text, index) => ({ text: text.trim(), line: index + 1 }))
    .filter(({ text }) => text && !text.startsWith('#'))
    .map(({ text, line }) => {
      const keep = text.startsWith('!');
      const glob = (keep ? text.slice(1) : text).replace(/^\//, '');
      if (!glob) throw new Error(`${ignoreFile}:${line}: an empty pattern`);
      return { keep, pattern: globToRegExp(glob) };
    });
  const files: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix + entry.name;
      if (entry.isDirectory() && !SKIP_DIRS.has(entry.name)) walk(path.join(dir, entry.name), `${relative}/`);
      else if (entry.isFile()) {
        let kept = true; // vsce packs what no pattern excludes
        for (const rule of rules) if (rule.pattern.test(relative)) kept = rule.keep;
        if (kept) files.push(relative);
      }
    }
  };
  walk(root, '');
  return files.sort();
}

/** Copies what `root` ships into `dir` with `main` taken out of package.json; throws if the web build would not load. */
export function stageWebExtension(root: string, dir: string): StagedExtension {
  const files = shippedFiles(root);
  const manifestFile = path.join(root, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { browser?: unknown; main?: unknown };
  if (typeof manifest.browser !== 'string' || !manifest.browser) {
    throw new Error(`${manifestFile} has no "browser" entry: there is no web build to load`);
  }
  const browser = manifest.browser;
  const entry = path.posix.normalize(browser.replace(/^\.\//, ''));
  const candidates = [entry, `${entry}.js`];
  if (!candidates.some((file) => files.includes(file))) {
    const built = candidates.some((file) => fs.existsSync(path.join(root, file)));
    throw new Error(
      built
        ? `${path.join(root, IGNORE_FILE)} leaves out ${entry}, the "browser" entry of package.json: the .vsix would not run in the browser`
        : `${entry}, the "browser" entry of package.json, is not built: run \`npm run build\``,
    );
  }
  for (const file of files) {
    const target = path.join(dir, ...file.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(root, ...file.split('/')), target);
  }
  delete manifest.main;
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, files, browser };
}
