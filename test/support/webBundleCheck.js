// What the browser build must not contain: a Node built-in (fs, path, crypto,
// process, Buffer...) or a stand-in for one. esbuild.js runs this over the
// metafile of every dist/web/ bundle and fails the build on a leak;
// test/unit/webBundle.test.ts runs it over made-up metafiles.

const { builtinModules } = require('module');

const BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith('_')).flatMap((name) => [name, name.split('/')[0]]));
// Polyfill packages esbuild users reach for; none belongs in our bundle.
const POLYFILLS = ['buffer', 'process', 'path-browserify', 'crypto-browserify', 'stream-browserify', 'os-browserify', 'util', 'events', 'assert', 'browserify-fs'];

/** The bare name of a module path: `node:fs/promises` → `fs`. */
function bareName(spec) {
  return spec.replace(/^node:/, '').split('/')[0];
}

/**
 * Every problem with one dist/web/ bundle's metafile, as a sentence each:
 * an input or import that is a Node built-in (also one a package's "browser"
 * field switched off, which esbuild lists as "(disabled):..."), a polyfill
 * package among the inputs, or an external import other than those `allowed`.
 */
function webBundleProblems(metafile, allowed) {
  const problems = [];
  for (const [input, info] of Object.entries(metafile.inputs)) {
    if (input.startsWith('(disabled):')) problems.push(`${input}: a package's browser field switched off a Node module it uses`);
    const packageName = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
    if (packageName && POLYFILLS.includes(packageName)) problems.push(`${input}: the polyfill package ${packageName}`);
    for (const imported of info.imports ?? []) {
      if (imported.path.startsWith('node:') || BUILTINS.has(bareName(imported.path))) problems.push(`${input} imports the Node built-in '${imported.path}'`);
    }
  }
  for (const [output, info] of Object.entries(metafile.outputs)) {
    for (const imported of info.imports ?? []) {
      if (!imported.external) continue;
      if (BUILTINS.has(bareName(imported.path)) || imported.path.startsWith('node:')) problems.push(`${output} requires the Node built-in '${imported.path}'`);
      else if (!allowed.includes(imported.path)) problems.push(`${output} requires '${imported.path}', which the browser's extension host cannot give it`);
    }
  }
  return [...new Set(problems)];
}

/**
 * Node's globals a bundle uses unguarded (esbuild leaves `process.x` and
 * `Buffer.x` as they are on platform browser, and they throw there). A use
 * right after its own `typeof` test (`typeof process < "u" && process.platform`,
 * as `ignore` does) is safe and not counted.
 */
function nodeGlobalUses(text) {
  const uses = [];
  for (const name of ['process', 'Buffer', '__dirname', '__filename', 'setImmediate']) {
    // A member read (`process.env`, `Buffer.from`), an index or a call; not `x.process(` nor a sentence's last word.
    const pattern = new RegExp(`(?<![\\w$.'"\`])${name}(?=\\s*(\\.[A-Za-z_$]|\\[|\\())`, 'g');
    for (const match of text.matchAll(pattern)) {
      const before = text.slice(Math.max(0, match.index - 80), match.index);
      if (!before.includes(`typeof ${name}`)) {
        uses.push(name);
        break;
      }
    }
  }
  return uses;
}

module.exports = { webBundleProblems, nodeGlobalUses };
