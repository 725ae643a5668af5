// Activation as VS Code's extension host does it: plain Node `require` of the
// bundle, then activate(). Run by pack.bench.ts in a child process of its own,
// because tsx's loader (which runs the .ts benches) also hooks `require` and
// would be measured with it. Prints its medians as one line of JSON.

const path = require('path');
const Module = require('module');

const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist');
const extensionFile = path.join(dist, 'extension.js');

/**
 * A stand-in for the vscode module that accepts any use of the API: every
 * property, call and `new` gives another stand-in; settings read back their
 * defaults. activate() then runs only our own code, which is what we measure.
 */
function fakeVscode() {
  const make = () =>
    new Proxy(function () {}, {
      get(target, key) {
        if (key === 'then') return undefined; // not a promise
        if (key === Symbol.toPrimitive) return () => 0;
        if (key === Symbol.iterator) return function* () {};
        if (key === 'get') return (_key, fallback) => fallback;
        if (!(key in target)) target[key] = make();
        return target[key];
      },
      set(target, key, value) {
        return Reflect.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
      },
      apply: () => make(),
      construct: () => make(),
    });
  return make();
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

const vscode = fakeVscode();
const originalLoad = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : originalLoad.call(this, request, ...rest);
};
const context = {
  subscriptions: [],
  extensionPath: root,
  extensionUri: { fsPath: root },
  globalState: { get: () => undefined, update: async () => undefined, setKeysForSync() {}, keys: () => [] },
  workspaceState: { get: () => undefined, update: async () => undefined },
};

const total = [];
const load = [];
for (let i = 0; i < 30; i++) {
  delete require.cache[extensionFile];
  const start = process.hrtime.bigint();
  const extension = require(extensionFile);
  load.push(ms(start));
  extension.activate(context);
  total.push(ms(start));
  for (const d of context.subscriptions.splice(0)) d.dispose();
}
// The libraries and the after-activation features esbuild.js ships beside the bundle must stay unloaded.
const loadedLazily = ['markdown-it.js', 'markdown-it-deflist.js', 'fuse.js', 'ignore.js', 'ts-fsrs.js', 'myNotes.js', 'importExport.js', 'checkNotes.js', 'dashboard.js'].filter((name) => Object.keys(require.cache).some((file) => file === path.join(dist, name)));

// What the first concept page or flashcard pays, once: loading dist/markdown-it.js and rendering.
const markdownIt = path.join(dist, 'markdown-it.js');
const firstRender = [];
for (let i = 0; i < 10; i++) {
  delete require.cache[markdownIt];
  const start = process.hrtime.bigint();
  new (require(markdownIt))().render('# SCOPE\n\nSuppliers, customers, owners, partners, employees.');
  firstRender.push(ms(start));
}

console.log(JSON.stringify({ activation: median(total), moduleLoad: median(load), firstRender: median(firstRender), loadedLazily }));
// The extension's timers (the due count's day rollover) would keep the process alive.
process.exit(0);
