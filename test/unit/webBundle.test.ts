// The browser build's pieces that run without VS Code: the loaders of the
// features' own bundles and of the libraries (src/web/), and the check esbuild.js
// runs over every file the browser loads (test/support/webBundleCheck.js), fed with
// what esbuild really writes for a leak.
import * as assert from 'assert';
import * as path from 'path';
import * as esbuild from 'esbuild';
import type MarkdownIt from 'markdown-it';
import { createBundleLoader, evaluateCommonJs } from '../../src/web/bundleLoader';
import type { BundleName } from '../../src/vscode/lazyBundles';
import { bundles } from '../../src/vscode/lazyBundles';
import * as reviewLogStore from '../../src/core/study/reviewLogStore';
import { Libraries, LIBRARY_FILES, libraries, libraryStandIn } from '../../src/web/libraries';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script of the build
const { webBundleProblems, nodeGlobalUses } = require('../support/webBundleCheck.js') as {
  webBundleProblems(metafile: esbuild.Metafile, allowed: string[]): string[];
  nodeGlobalUses(text: string): string[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own options for the browser
const build = require('../../esbuild.js') as {
  webCommon: esbuild.BuildOptions;
  webExternals: string[];
  lazyLibrariesPlugin: esbuild.Plugin;
  ENTITIES_DECODER: Record<string, string>;
};

const ROOT = path.join(__dirname, '..', '..');

/** A bundle of `contents` (TypeScript, resolved from the repository root) with the browser build's options. */
async function webBuild(contents: string, options: esbuild.BuildOptions = {}): Promise<{ text: string; metafile: esbuild.Metafile }> {
  const result = await esbuild.build({
    ...build.webCommon,
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    write: false,
    logLevel: 'silent',
    outfile: path.join(ROOT, 'out', 'web-test.js'),
    ...options,
  } as esbuild.BuildOptions & { write: false; metafile: true });
  return { text: result.outputFiles[0].text, metafile: result.metafile };
}

/** Sources that serve `files` by bundle name and count the reads. */
function sources(files: Partial<Record<BundleName, string>>, require: (name: string) => unknown = () => undefined) {
  const reads: string[] = [];
  return {
    reads,
    read: async (name: BundleName) => {
      reads.push(name);
      const source = files[name];
      if (source === undefined) throw new Error(`no such file: dist/${name}.js`);
      return { source, url: `test:/dist/${name}.js` };
    },
    require,
  };
}

suite('web build: loading a feature\'s own bundle', () => {
  test('a CommonJS file is evaluated as the extension host does: its exports come back, its requires are served', () => {
    const asked: string[] = [];
    const exports = evaluateCommonJs("const v = require('vscode'); exports.answer = v.n + 1;", 'test:/x.js', (name) => {
      asked.push(name);
      return { n: 41 };
    });
    assert.deepStrictEqual(exports, { answer: 42 });
    assert.deepStrictEqual(asked, ['vscode']);
  });

  test('a bundle is read once, even when several features ask at the same time, and is then at hand synchronously', async () => {
    const files = sources({ dashboard: 'module.exports = { startDashboard: () => "started" };' });
    const loader = createBundleLoader(files);
    assert.strictEqual(loader.isReady('dashboard'), false);
    assert.throws(() => loader.load('dashboard'), /dist\/dashboard\.js has not been loaded yet/);
    await Promise.all([loader.ready('dashboard'), loader.ready('dashboard')]);
    await loader.ready('dashboard');
    assert.deepStrictEqual(files.reads, ['dashboard']);
    assert.strictEqual(loader.isReady('dashboard'), true);
    assert.strictEqual((loader.load('dashboard').startDashboard as unknown as () => string)(), 'started');
  });

  test('a bundle that cannot be read says why, and the next use tries again', async () => {
    const files: Partial<Record<BundleName, string>> = {};
    const loader = createBundleLoader(sources(files));
    await assert.rejects(loader.ready('myNotes'), /no such file: dist\/myNotes\.js/);
    assert.strictEqual(loader.isReady('myNotes'), false);
    files.myNotes = 'exports.startMyNotes = 1;';
    await loader.ready('myNotes');
    assert.strictEqual(loader.load('myNotes').startMyNotes as unknown, 1);
  });

  test('a bundle that throws while it is evaluated is not taken as loaded', async () => {
    const loader = createBundleLoader(sources({ checkNotes: 'throw new Error("broken bundle")' }));
    await assert.rejects(loader.ready('checkNotes'), /broken bundle/);
    assert.strictEqual(loader.isReady('checkNotes'), false);
  });

  test('a bundle held inline (the review log) is ready at once and never read', async () => {
    const files = sources({});
    const loader = createBundleLoader({ ...files, inline: { reviewLog: reviewLogStore } });
    assert.strictEqual(loader.isReady('reviewLog'), true);
    assert.strictEqual(loader.load('reviewLog'), reviewLogStore);
    await loader.ready('reviewLog');
    assert.deepStrictEqual(files.reads, []);
  });

  test('on the desktop every bundle is ready at once (Node requires the file beside dist/extension.js)', async () => {
    for (const name of ['myNotes', 'importExport', 'checkNotes', 'dashboard', 'reviewLog'] as const) assert.strictEqual(bundles.isReady(name), true, name);
    await bundles.ready('myNotes');
  });

  test('a feature bundle gets markdown-it from the desktop\'s library file, evaluated on first use', async () => {
    // What esbuild.js does for dist/<feature>.js: the libraries stay requires of ./markdown-it.js and the like.
    const { text, metafile } = await webBuild("export { createMarkdownIt } from './src/core/markdown/libs';", { plugins: [build.lazyLibrariesPlugin] });
    assert.deepStrictEqual(webBundleProblems(metafile, build.webExternals), []);
    // And dist/markdown-it.js as esbuild.js builds it for both hosts (platform node, the entities decoder only).
    const markdownIt = await esbuild.build({ entryPoints: [require.resolve('markdown-it')], bundle: true, platform: 'node', format: 'cjs', alias: build.ENTITIES_DECODER, write: false, metafile: true, logLevel: 'silent', outfile: path.join(ROOT, 'out', 'markdown-it.js') });
    assert.deepStrictEqual(webBundleProblems(markdownIt.metafile, build.webExternals), []);
    const libs = new Libraries();
    await libs.preload(async (file) => ({ source: file === 'markdown-it' ? markdownIt.outputFiles[0].text : 'module.exports = {}', url: `test:/dist/${file}.js` }));
    const loader = createBundleLoader(sources({ importExport: text }, (name) => libs.library(name)));
    await loader.ready('importExport');
    const { createMarkdownIt } = loader.load('importExport') as unknown as { createMarkdownIt(options: MarkdownIt.Options): MarkdownIt };
    assert.strictEqual(createMarkdownIt({}).render('**KAM** &amp; SCOPE').trim(), '<p><strong>KAM</strong> &amp; SCOPE</p>');
  });
});

suite('web build: the libraries in the browser', () => {
  test('every library file is read up front, and each is evaluated only when first used, once', async () => {
    const libs = new Libraries();
    const read: string[] = [];
    await libs.preload(async (file) => {
      read.push(file);
      return { source: `globalThis.__evaluated = (globalThis.__evaluated || 0) + 1; module.exports = { name: ${JSON.stringify(file)} };`, url: `test:/dist/${file}.js` };
    });
    assert.deepStrictEqual(read.sort(), [...LIBRARY_FILES].sort());
    const counter = globalThis as { __evaluated?: number };
    counter.__evaluated = 0;
    assert.deepStrictEqual(libs.library('./fuse.js'), { name: 'fuse' });
    assert.strictEqual(libs.library('./fuse.js'), libs.library('./fuse.js'));
    assert.strictEqual(counter.__evaluated, 1);
    assert.ok(libs.has('./ts-fsrs.js') && !libs.has('./papaparse.js'));
  });

  test('a library that could not be read is named, with the reason, when it is first needed', async () => {
    const libs = new Libraries();
    await assert.rejects(libs.preload(async (file) => {
      if (file === 'ts-fsrs') throw new Error('HTTP 404');
      return { source: '', url: '' };
    }), /HTTP 404/);
    assert.throws(() => libs.library('./ts-fsrs.js'), /dist\/ts-fsrs\.js could not be loaded in the browser \(HTTP 404\)/);
  });

  test('the stand-in core gets in the browser build is constructed, called and read as the library itself', async () => {
    await libraries.preload(async (file) => ({
      source: file === 'fuse'
        ? 'class Fuse { constructor(list) { this.list = list; } static createIndex() { return "index"; } } module.exports = Fuse;'
        : file === 'markdown-it-deflist' ? 'module.exports = (md) => md + " with deflist";' : 'module.exports = { version: 5 };',
      url: `test:/dist/${file}.js`,
    }));
    const Fuse = libraryStandIn('./fuse.js') as { new (list: string[]): { list: string[] }; createIndex(): string };
    assert.deepStrictEqual(new Fuse(['kam']).list, ['kam']);
    assert.strictEqual(Fuse.createIndex(), 'index');
    assert.strictEqual((libraryStandIn('./markdown-it-deflist.js') as (md: string) => string)('md'), 'md with deflist');
    assert.strictEqual((libraryStandIn('./ts-fsrs.js') as { version: number }).version, 5);
  });
});

suite('web build: what may not get into a file the browser loads', () => {
  test('a Node built-in left to the runtime fails the check, naming the module and the bundle', async () => {
    const { metafile } = await webBuild("import { join } from 'path'; export const p = join('a', 'b');", { external: ['vscode', 'path'] });
    const problems = webBundleProblems(metafile, build.webExternals);
    assert.ok(problems.some((p) => /imports the Node built-in 'path'/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /web-test\.js requires the Node built-in 'path'/.test(p)), problems.join('\n'));
  });

  test('node:-prefixed built-ins and crypto are caught as well', async () => {
    const { metafile } = await webBuild("import * as c from 'node:crypto'; import * as fs from 'fs'; export const x = [c, fs];", { external: ['vscode', 'node:crypto', 'fs'] });
    const problems = webBundleProblems(metafile, build.webExternals).join('\n');
    assert.match(problems, /'node:crypto'/);
    assert.match(problems, /'fs'/);
  });

  test('a require the browser host cannot serve fails it; vscode and the libraries by their dist names pass', async () => {
    const { metafile } = await webBuild("export const a = [require('vscode'), require('./fuse.js'), require('./elsewhere.js')];", { external: ['vscode', './fuse.js', './elsewhere.js'] });
    assert.deepStrictEqual(webBundleProblems(metafile, build.webExternals), ["out/web-test.js requires './elsewhere.js', which the browser's extension host cannot give it"]);
  });

  test('a module a package\'s browser field switched off, and a polyfill package, are named', () => {
    const metafile = {
      inputs: {
        '(disabled):node_modules/some-lib/node-only.js': { bytes: 0, imports: [] },
        'node_modules/buffer/index.js': { bytes: 100, imports: [] },
      },
      outputs: {},
    } as unknown as esbuild.Metafile;
    const problems = webBundleProblems(metafile, build.webExternals).join('\n');
    assert.match(problems, /\(disabled\):node_modules\/some-lib\/node-only\.js: a package's browser field switched off/);
    assert.match(problems, /the polyfill package buffer/);
  });

  test('Node\'s globals used unguarded are found in the bundle text; a typeof-guarded use, a method named process and prose are not', async () => {
    const { text } = await webBuild('export const env = process.env.HOME; export const b = Buffer.from("x");');
    assert.deepStrictEqual(nodeGlobalUses(text).sort(), ['Buffer', 'process']);
    assert.deepStrictEqual(nodeGlobalUses('typeof process<"u"&&process.platform==="win32"&&x(); md.core.process(state); // the review process.\n'), []);
  });

  test('a clean browser bundle passes', async () => {
    const { text, metafile } = await webBuild("import { fnv1a } from './src/core/util/hash'; export const h = fnv1a('x');");
    assert.deepStrictEqual(webBundleProblems(metafile, build.webExternals), []);
    assert.deepStrictEqual(nodeGlobalUses(text), []);
  });
});
