// Pack load (JSON parse + index build), activation with the bundled pack, and bundle sizes.

import * as fs from 'fs';
import * as path from 'path';
import Module from 'module';
import { ContentIndex } from '../../src/core/contentIndex';
import { Figure, median, medianMs } from './harness';

const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist');

/** Just enough of the vscode API for activate() to run outside VS Code. */
function fakeVscode(): unknown {
  const disposable = { dispose() {} };
  const channel = { appendLine() {}, show() {}, dispose() {} };
  return new Proxy({}, {
    get(_t, key) {
      if (key === 'window') return new Proxy({ createOutputChannel: () => channel }, { get: (t: any, k) => t[k] ?? (() => disposable) });
      if (key === 'commands') return { registerCommand: () => disposable, executeCommand: async () => undefined };
      return new Proxy(function () {}, { get: () => () => disposable, construct: () => disposable });
    },
  });
}

export async function bench(): Promise<Figure[]> {
  const json = fs.readFileSync(path.join(dist, 'content.json'), 'utf8');
  const load = medianMs(() => ContentIndex.fromJson(json), 50);

  // Module load + activate, each run in a fresh module registry entry.
  const extensionFile = path.join(dist, 'extension.js');
  const vscode = fakeVscode();
  const originalLoad = (Module as any)._load;
  (Module as any)._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? vscode : originalLoad.call(this, request, ...rest);
  };
  const context = { subscriptions: [] as unknown[], extensionPath: root, extensionUri: { fsPath: root }, globalState: { get: () => undefined, update: async () => undefined, setKeysForSync() {}, keys: () => [] }, workspaceState: { get: () => undefined, update: async () => undefined } };
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    delete require.cache[require.resolve(extensionFile)];
    const start = process.hrtime.bigint();
    const ext = require(extensionFile);
    ext.activate(context);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    context.subscriptions.length = 0;
  }
  (Module as any)._load = originalLoad;

  const size = (file: string) => fs.statSync(path.join(dist, file)).size / 1024;
  const figures: Figure[] = [
    { name: 'pack load: JSON parse + index build (median of 50)', value: load, unit: 'ms', note: `${(json.length / 1024).toFixed(0)} KB of JSON` },
    { name: 'activation: module load + activate (median of 30)', value: median(times), unit: 'ms', budget: 20 },
    { name: 'bundle: dist/extension.js (minified)', value: size('extension.js'), unit: 'KB', budget: 300 },
  ];
  const vsix = path.join(dist, 'crm-study-notes.vsix');
  if (fs.existsSync(vsix)) figures.push({ name: 'package: dist/crm-study-notes.vsix', value: fs.statSync(vsix).size / 1024, unit: 'KB', budget: 500 });
  return figures;
}
