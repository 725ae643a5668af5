// The web layer's staged copy: exactly the files the .vsix ships, a manifest
// with `browser` and no `main`, and a clear refusal when the web build is
// missing or left out of the package.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { globToRegExp, shippedFiles, stageWebExtension } from '../web/stageWeb';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-stage-test-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

const IGNORE = ['# what ships', '**', '!package.json', '!dist/extension.js', '!dist/web/*.js', '!dist/webview/**', '!content/media/icon.png', ''].join('\n');
const MANIFEST = JSON.stringify({ name: 'x', main: './dist/extension.js', browser: './dist/web/extension.js' });

suite('Staging the extension for the web layer', () => {
  const made: string[] = [];
  const temp = (root: string) => (made.push(root), root);
  suiteTeardown(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  test('globs: * stays within a folder, ** crosses folders, a folder covers its contents', () => {
    assert.ok(globToRegExp('dist/web/*.js').test('dist/web/extension.js'));
    assert.ok(!globToRegExp('dist/web/*.js').test('dist/web/lazy/x.js'));
    assert.ok(!globToRegExp('dist/web/*.js').test('dist/web/meta.json'));
    assert.ok(globToRegExp('dist/webview/**').test('dist/webview/a/b.css'));
    assert.ok(globToRegExp('**/*.map').test('dist/extension.js.map'));
    assert.ok(globToRegExp('snippets').test('snippets/markdown.json'));
    assert.ok(!globToRegExp('dist/extension.js').test('dist/extension.jsx'));
  });

  test('copies only what .vscodeignore ships, and the manifest keeps browser but loses main', () => {
    const root = temp(tree({
      '.vscodeignore': IGNORE,
      'package.json': MANIFEST,
      'dist/extension.js': 'node',
      'dist/web/extension.js': 'web',
      'dist/web/meta.json': '{}',
      'dist/webview/flashcards.css': 'css',
      'src/extension.ts': 'source',
      'content/media/icon.png': 'png',
      'content/media/other.png': 'png',
    }));
    const dir = temp(fs.mkdtempSync(path.join(os.tmpdir(), 'crm-stage-out-')));
    const staged = stageWebExtension(root, dir);
    assert.deepStrictEqual(staged.files, ['content/media/icon.png', 'dist/extension.js', 'dist/web/extension.js', 'dist/webview/flashcards.css', 'package.json']);
    assert.ok(fs.existsSync(path.join(dir, 'dist/web/extension.js')));
    assert.ok(!fs.existsSync(path.join(dir, 'src')));
    assert.ok(!fs.existsSync(path.join(dir, 'dist/web/meta.json')));
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    assert.strictEqual(manifest.main, undefined);
    assert.strictEqual(manifest.browser, './dist/web/extension.js');
    assert.strictEqual(manifest.name, 'x');
  });

  test('a later pattern wins: an exclusion after an inclusion takes the file out again', () => {
    const root = temp(tree({ '.vscodeignore': '**\n!dist/**\ndist/**/*.map\n', 'package.json': MANIFEST, 'dist/web/extension.js': 'web', 'dist/web/extension.js.map': '{}' }));
    assert.deepStrictEqual(shippedFiles(root), ['dist/web/extension.js']);
  });

  test('no browser entry: refused, naming package.json', () => {
    const root = temp(tree({ '.vscodeignore': IGNORE, 'package.json': JSON.stringify({ main: './dist/extension.js' }), 'dist/extension.js': 'node' }));
    assert.throws(() => stageWebExtension(root, temp(fs.mkdtempSync(path.join(os.tmpdir(), 'crm-stage-out-')))), (error: Error) => error.message.includes(path.join(root, 'package.json')) && /no "browser" entry/.test(error.message));
  });

  test('a web build the package leaves out is refused, naming .vscodeignore; one not built says to build', () => {
    const leftOut = temp(tree({ '.vscodeignore': '**\n!package.json\n', 'package.json': MANIFEST, 'dist/web/extension.js': 'web' }));
    assert.throws(() => stageWebExtension(leftOut, temp(fs.mkdtempSync(path.join(os.tmpdir(), 'crm-stage-out-')))), /\.vscodeignore leaves out dist\/web\/extension\.js/);
    const unbuilt = temp(tree({ '.vscodeignore': IGNORE, 'package.json': MANIFEST }));
    assert.throws(() => stageWebExtension(unbuilt, temp(fs.mkdtempSync(path.join(os.tmpdir(), 'crm-stage-out-')))), /is not built: run `npm run build`/);
  });

  test("the repository's own .vscodeignore ships the manifest, snippets and icon, and no source or tests", () => {
    const files = shippedFiles(REPO_ROOT);
    for (const file of ['package.json', 'package.nls.json', 'snippets/markdown.json', 'content/media/icon.png']) assert.ok(files.includes(file), file);
    assert.deepStrictEqual(files.filter((f) => /^(src|test)\//.test(f)), []);
  });
});
