// The lint layer: the architecture's import boundaries, promises nobody awaits,
// and typescript-eslint's recommended rules. `npm run lint` runs it with
// `eslint -c test/support/eslint.config.mjs`; it lives here because the
// repository's top level holds only the files PRODUCT.md lists.
//
// ESLint resolves the globs of a config passed with -c against the working
// directory, so every block below gets `basePath: ROOT`: the globs mean the
// same when it runs from a subfolder (it lints only files under the working
// directory, whatever the config says).

import path from 'node:path';
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const WEBVIEW = path.join(ROOT, 'src', 'webview');
const SHARED = path.join(ROOT, 'src', 'shared');

// Every built-in by its bare name; anything `node:` (node:test, node:sqlite... exist only
// with the prefix) is caught by a pattern instead.
const bareBuiltins = builtinModules.filter((name) => !name.startsWith('node:') && !name.startsWith('_'));
const NO_NODE = 'core/ and shared/ run in plain Node tests and in webviews: no Node built-ins; take I/O behind an interface.';
const NO_NODE_WEB = 'The browser build (src/web/ and what it shares with the desktop entry) runs in a web worker: no Node built-ins.';
const NO_VSCODE = 'core/ and shared/ stay VS Code-free (idiom 6): convert to VS Code types in src/vscode/ or src/features/.';
// For an esquery selector, which cannot hold a `/`: `\W` stands for the one in `fs/promises`.
const topBuiltins = [...new Set(bareBuiltins.map((name) => name.split('/')[0]))];
const builtinOrVscode = `/^(vscode|node:.*|(${topBuiltins.join('|')})(\\W.*)?)$/`;

/** True when `target` is `dir` or inside it. */
const inside = (target, dir) => target === dir || target.startsWith(dir + path.sep);

// The webview boundary is about where an import lands, not how its path is
// spelled (`../../shared/x` from a panel folder, `../shared/x` from webview/
// itself), so this small rule resolves relative imports instead of matching
// their text as no-restricted-imports would.
/** Browser libraries a webview may bundle: the dashboard's charts (uPlot and its stylesheet). */
const WEBVIEW_LIBRARIES = new Set(['uplot', 'uplot/dist/uPlot.min.css']);

const webviewImportsOnlyShared = {
  meta: {
    type: 'problem',
    docs: { description: 'src/webview/ imports only src/shared/ and files of its own folder' },
    messages: {
      outside: "The webview may import only src/shared/ and src/webview/ ('{{source}}'): it runs in the browser, with no VS Code API and no host code.",
    },
    schema: [],
  },
  create(context) {
    const dir = path.dirname(context.filename);
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const spec = source.value;
      if (WEBVIEW_LIBRARIES.has(spec)) return;
      if (spec.startsWith('.')) {
        const target = path.resolve(dir, spec);
        if (inside(target, WEBVIEW) || inside(target, SHARED)) return;
      }
      context.report({ node: source, messageId: 'outside', data: { source: spec } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === 'TSExternalModuleReference' && check(node.moduleReference.expression),
      'CallExpression[callee.type="Identifier"][callee.name="require"]': (node) => check(node.arguments[0]),
    };
  },
};

const configs = [
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**'] },
  // A disable that no longer silences anything goes, so every one left names a rule we run.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,js,mjs}'],
    languageOptions: {
      parserOptions: {
        // Each .ts file gets the nearest tsconfig.json (src/webview/ has its own);
        // the CommonJS scripts in test/ and esbuild.js are in no tsconfig and get a default project.
        projectService: {
          allowDefaultProject: ['esbuild.js', 'test/support/*.js', 'test/support/*.mjs', 'test/bench/*.js'],
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 20,
        },
        tsconfigRootDir: ROOT,
      },
    },
    rules: {
      // TypeScript checks names itself (typescript-eslint's advice); in the .js scripts,
      // Node's globals would need a list of their own (the `globals` package) for little gain.
      'no-undef': 'off',
      // Fire-and-forget is written `void promise`; anything else unhandled is a bug.
      '@typescript-eslint/no-floating-promises': 'error',
      // `import vscode = require('vscode')` is the house form (see src/extension.ts);
      // plain require() calls stay flagged.
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
    },
  },
  {
    // Node scripts in CommonJS: require() is how they load things.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      // The typescript-eslint version also sees `import x = require('fs')` and `import type`.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: NO_VSCODE },
            ...bareBuiltins.map((name) => ({ name, message: NO_NODE })),
          ],
          patterns: [{ regex: '^node:', message: NO_NODE }],
        },
      ],
      // require('fs') is caught by no-require-imports above; import('fs') by this.
      'no-restricted-syntax': [
        'error',
        {
          selector: `ImportExpression > Literal[value=${builtinOrVscode}]`,
          message: 'core/ and shared/ import neither vscode nor Node built-ins, not even lazily.',
        },
      ],
    },
  },
  {
    // The browser build's own files run in a web worker: VS Code's API, no Node (esbuild.js checks the bundle as well).
    files: ['src/web/**/*.ts', 'src/compose.ts', 'src/vscode/pack.ts', 'src/vscode/lazyBundles.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: bareBuiltins.map((name) => ({ name, message: NO_NODE_WEB })),
          patterns: [{ regex: '^node:', message: NO_NODE_WEB }],
        },
      ],
    },
  },
  {
    // The libraries activation does not need are separate files in dist/
    // (esbuild.js marks them external) that the bundle loads on first use: a
    // runtime require of exactly these names, nothing else.
    files: ['src/core/markdown/libs.ts'],
    rules: {
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true, allow: ['^markdown-it$', '^markdown-it-deflist$', '^fuse\\.js$', '^ignore$', '^ts-fsrs$'] }],
    },
  },
  {
    // The features that start after activation have bundles of their own
    // (esbuild.js LAZY_FEATURES); Node requires them from this one file.
    files: ['src/vscode/lazyBundles.ts'],
    rules: {
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true, allow: ['^\\./(myNotes|importExport|checkNotes|dashboard|reviewLog)\\.js$'] }],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    plugins: { boundaries: { rules: { 'webview-imports': webviewImportsOnlyShared } } },
    rules: { 'boundaries/webview-imports': 'error' },
  },
];

export default configs.map((config) => ({ basePath: ROOT, ...config }));
