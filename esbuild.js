// Builds everything the extension ships, in the shape of the official esbuild
// sample: `node esbuild.js` (development), `--production` (minified, no source
// maps), `--watch` (rebuilds on change, with problem-matcher output).
//
// Besides bundling the code it compiles content/*.md into dist/content.json.
// Invalid content fails the build with one `file:line: message` per problem.

const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const root = __dirname;
const contentDir = path.join(root, 'content');
const dist = path.join(root, 'dist');

/** Loads src/core/content/packCompiler.ts, bundled on the fly, so the build uses the extension's own parser. */
function loadCompiler() {
  const result = esbuild.buildSync({
    entryPoints: [path.join(root, 'src/core/content/packCompiler.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require);
  return module.exports;
}

/** Compiles content/ into dist/content.json; returns the problems as `file:line: message` lines. */
function compileContent() {
  const { compilePack, isPackFile } = loadCompiler();
  const files = fs
    .readdirSync(contentDir)
    .filter(isPackFile)
    .map((name) => ({ path: `content/${name}`, text: fs.readFileSync(path.join(contentDir, name), 'utf8') }));
  const { pack, diagnostics } = compilePack(files);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) {
    fs.mkdirSync(dist, { recursive: true });
    fs.writeFileSync(path.join(dist, 'content.json'), JSON.stringify(pack));
    console.log(`[content] ${pack.topics.length} topics, ${pack.concepts.length} concepts, ${pack.cards.length} cards -> dist/content.json`);
  }
  return errors;
}

/** Runs the content compiler at the start of every extension build and fails the build on bad content. */
const contentPlugin = {
  name: 'content',
  setup(build) {
    build.onStart(() => {
      let problems;
      try {
        problems = compileContent();
      } catch (error) {
        return { errors: [{ text: `content compiler crashed: ${error && error.stack ? error.stack : error}` }] };
      }
      for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
      return {
        errors: problems.map((p) => ({
          text: p.message,
          detail: 'content',
          location: { file: p.file, line: p.line, column: 0, lineText: '' },
        })),
      };
    });
  },
};

/** Prints start/end markers and errors in the format of the `$esbuild-watch` problem matcher. */
const problemMatcherPlugin = {
  name: 'esbuild-problem-matcher',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const { text, location, detail } of result.errors) {
        // Content problems were already printed as file:line: message; repeat them only for the watch problem matcher.
        if (detail === 'content' && !watch) continue;
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

/**
 * Libraries activation does not need ship as files of their own beside the
 * bundle (dist/markdown-it.js, dist/markdown-it-deflist.js, dist/fuse.js), required on first use from
 * src/core/markdown/libs.ts: compiling markdown-it on every start alone would cost
 * activation more than everything else together.
 */
const LAZY_LIBRARIES = ['markdown-it', 'markdown-it-deflist', 'fuse.js', 'ignore', 'ts-fsrs'];
const lazyFile = (name) => name.replace(/\.js$/, '');
/** Leaves a require of one of `names` to run in dist/ (as `./<name>.js`). */
const lazyLibrariesPluginFor = (names) => ({
  name: 'lazy-libraries',
  setup(build) {
    const filter = new RegExp(`^(${names.map((name) => name.replace(/\./g, '\\.')).join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: `./${lazyFile(args.path)}.js`, external: true }));
  },
});
const lazyLibrariesPlugin = lazyLibrariesPluginFor(LAZY_LIBRARIES);

/**
 * Features that start after activation ship as files of their own too, required
 * when they start: the notes index (src/features/myNotes/register.ts requires
 * './myNotes.js', built from src/features/myNotes/index.ts), and import and
 * export with the readers and papaparse (src/features/importExport/register.ts
 * requires './importExport.js' on the first run of one of its commands), and
 * the note checks (src/features/checkNotes/register.ts requires './checkNotes.js'
 * once a Markdown note is open, or a provider or command of it is used), and
 * the review log (src/features/flashcards/lazyReviewLog.ts requires
 * './reviewLog.js' on the first grade, read or export).
 */
const LAZY_FEATURES = {
  myNotes: 'src/features/myNotes/index.ts',
  importExport: 'src/features/importExport/index.ts',
  checkNotes: 'src/features/checkNotes/index.ts',
  reviewLog: 'src/core/study/reviewLogStore.ts',
  // The progress dashboard's panel (src/features/dashboard/register.ts requires './dashboard.js' on Show Progress or a restore).
  dashboard: 'src/features/dashboard/index.ts',
};
const lazyFeaturesPlugin = {
  name: 'lazy-features',
  setup(build) {
    const filter = new RegExp(`^\\./(${Object.keys(LAZY_FEATURES).join('|')})\\.js$`);
    build.onResolve({ filter }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * The browser build (package.json "browser"): dist/web/extension.js for the
 * web worker extension host of vscode.dev, github.dev and code-server, where
 * `require` knows only 'vscode'. Everything else it loads is the desktop's own
 * files, one copy of each in the .vsix, so those builds go through the same
 * leak check as dist/web/extension.js: the libraries (dist/markdown-it.js...),
 * read at activation beside the pack and evaluated on first use by
 * src/web/libraries.ts (core's require('markdown-it') and the like become
 * stand-ins for them, see webLibrariesPlugin), and the features that start
 * after activation (dist/myNotes.js...), read and evaluated by
 * src/web/bundleLoader.ts, which serves them 'vscode' and the libraries by the
 * names they require. The review log is inside dist/web/extension.js: its
 * first use is synchronous. markdown-it asks `entities` only for its decoder:
 * the whole package would add its 24 KB encoder (the desktop's file too).
 */
const ENTITIES_DECODER = { entities: require.resolve('entities/lib/decode.js') };
const webCommon = {
  platform: 'browser',
  format: 'cjs',
  external: ['vscode'],
  mainFields: ['browser', 'module', 'main'],
  alias: ENTITIES_DECODER,
  metafile: true,
};
/** In the browser build, a library is a stand-in that src/web/libraries.ts fills from the desktop's file. */
const webLibrariesPlugin = {
  name: 'web-libraries',
  setup(build) {
    const filter = new RegExp(`^(${LAZY_LIBRARIES.map((name) => name.replace(/\./g, '\\.')).join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'web-library' }));
    build.onLoad({ filter: /.*/, namespace: 'web-library' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(path.join(root, 'src/web/libraries.ts'))}).libraryStandIn(${JSON.stringify(`./${lazyFile(args.path)}.js`)});`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};
const webExternals = ['vscode', ...LAZY_LIBRARIES.map((name) => `./${lazyFile(name)}.js`), ...Object.keys(LAZY_FEATURES).map((name) => `./${name}.js`)];

const webLeaks = [];
/** Fails the build if a Node built-in, a polyfill or an import the browser host cannot serve got into a file the browser loads. */
const webLeakPlugin = {
  name: 'web-leaks',
  setup(build) {
    build.onEnd((result) => {
      if (!result.metafile) return;
      const { webBundleProblems, nodeGlobalUses } = require('./test/support/webBundleCheck.js');
      const problems = webBundleProblems(result.metafile, webExternals);
      const outputs = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'));
      for (const output of outputs) {
        const file = path.join(root, output);
        if (!fs.existsSync(file)) continue;
        for (const name of nodeGlobalUses(fs.readFileSync(file, 'utf8'))) problems.push(`${output} uses Node's global '${name}'`);
      }
      const { outfile, outdir } = build.initialOptions;
      const meta = outfile ? outfile.replace(/\.js$/, '.meta.json') : path.join(outdir, 'libraries.meta.json');
      fs.mkdirSync(path.dirname(meta), { recursive: true });
      fs.writeFileSync(meta, JSON.stringify(result.metafile));
      for (const problem of problems) {
        result.errors.push({ text: `web build: ${problem}` });
        webLeaks.push(problem);
      }
    });
  },
};

function exists(relative) {
  return fs.existsSync(path.join(root, relative));
}

function targets() {
  const common = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'silent',
    plugins: [problemMatcherPlugin],
  };
  const list = [
    {
      ...common,
      entryPoints: ['src/extension.ts'],
      outfile: 'dist/extension.js',
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      plugins: [contentPlugin, lazyLibrariesPlugin, lazyFeaturesPlugin, problemMatcherPlugin],
    },
    // The browser loads these too (see webCommon): no Node built-ins in them either. papaparse's
    // browser file, as papaparse.js keeps a require('stream') for Node streams we never parse.
    ...Object.entries(LAZY_FEATURES).map(([name, entry]) => ({
      ...common,
      entryPoints: [entry],
      outfile: `dist/${name}.js`,
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      alias: { papaparse: require.resolve('papaparse/papaparse.min.js') },
      metafile: true,
      plugins: [lazyLibrariesPlugin, webLeakPlugin, problemMatcherPlugin],
    })),
    // The browser reads these too (see webCommon).
    {
      ...common,
      entryPoints: Object.fromEntries(LAZY_LIBRARIES.map((name) => [lazyFile(name), require.resolve(name)])),
      outdir: 'dist',
      platform: 'node',
      format: 'cjs',
      alias: ENTITIES_DECODER,
      metafile: true,
      plugins: [webLeakPlugin, problemMatcherPlugin],
    },
  ];
  list.push({
    ...common,
    ...webCommon,
    entryPoints: ['src/web/extension.ts'],
    outfile: 'dist/web/extension.js',
    // Node's loader of the features' bundles is in there too, unused; its requires stay as they are.
    plugins: [webLibrariesPlugin, lazyFeaturesPlugin, webLeakPlugin, problemMatcherPlugin],
  });
  for (const panel of ['flashcards', 'conceptPage', 'dashboard']) {
    if (!exists(`src/webview/${panel}/main.ts`)) continue;
    list.push({
      ...common,
      entryPoints: [`src/webview/${panel}/main.ts`],
      outfile: `dist/webview/${panel}.js`,
      platform: 'browser',
      format: 'iife',
    });
  }
  if (exists('test/integration/index.ts')) {
    list.push({
      ...common,
      minify: false,
      entryPoints: ['test/integration/index.ts'],
      outfile: 'out/integration/index.js',
      platform: 'node',
      format: 'cjs',
      external: ['vscode', 'mocha'],
    });
  }
  return list;
}

async function main() {
  const contexts = await Promise.all(targets().map((options) => esbuild.context(options)));
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    // esbuild watches only files in the bundle graph; content/ is read by the plugin, so watch it here.
    let timer;
    fs.watch(contentDir, () => {
      clearTimeout(timer);
      timer = setTimeout(() => contexts[0].rebuild().catch(() => undefined), 100);
    });
    return;
  }
  let failed = false;
  for (const ctx of contexts) {
    try {
      await ctx.rebuild();
    } catch {
      failed = true;
    }
    await ctx.dispose();
  }
  if (failed || webLeaks.length) process.exit(1);
}

// test/unit/webBundle.test.ts builds with the browser build's own options.
module.exports = { webCommon, lazyLibrariesPlugin, webExternals, ENTITIES_DECODER };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
