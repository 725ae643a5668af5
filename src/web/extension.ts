// The browser entry (package.json "browser"), in the web worker extension
// host of vscode.dev, github.dev or code-server: no Node, so the pack and the
// libraries' files are read (fetch, else vscode.workspace.fs) and the
// features' own bundles go through ./bundleLoader.ts; then the composition the
// desktop build shares (../compose.ts). Every file it loads is the desktop's. esbuild.js builds this as dist/web/extension.js and fails
// the build if a Node built-in gets into it.

import vscode = require('vscode');
import type { CrmStudyApi } from '../api';
import { beginActivation, compose } from '../compose';
import * as reviewLog from '../core/study/reviewLogStore';
import { packOrReport } from '../vscode/pack';
import { useBundleLoader, type BundleName } from '../vscode/lazyBundles';
import { createBundleLoader } from './bundleLoader';
import { libraries } from './libraries';

export type { CrmStudyApi, CrmStudyTestApi } from '../api';

const decoder = new TextDecoder();

/**
 * A file of the extension's own, as text. fetch first: the extension host
 * maps our vscode-remote: or https: location to a URL the browser can load,
 * and in code-server it took about half the time of workspace.fs (25 against
 * 48 ms for the pack). An extension installed from a .vsix on vscode.dev
 * lives in the browser's own storage, which only workspace.fs reads.
 */
async function readText(uri: vscode.Uri): Promise<string> {
  try {
    const response = await fetch(uri.toString(true));
    if (response.ok) return await response.text();
  } catch {
    // Not a location fetch can reach: workspace.fs below.
  }
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

export async function activate(context: vscode.ExtensionContext): Promise<CrmStudyApi> {
  const started = performance.now();
  const activation = beginActivation(context);
  const bundleUri = (name: BundleName) => vscode.Uri.joinPath(context.extensionUri, 'dist', `${name}.js`);
  useBundleLoader(createBundleLoader({
    read: async (name) => ({ source: await readText(bundleUri(name)), url: bundleUri(name).toString() }),
    require: (name) => {
      if (name === 'vscode') return vscode;
      if (libraries.has(name)) return libraries.library(name);
      throw new Error(`dist/ asked the browser build for '${name}', which it does not have`);
    },
    inline: { reviewLog },
  }));
  let text: string | undefined;
  let readError: unknown;
  const reading = performance.now();
  const distUri = (file: string) => vscode.Uri.joinPath(context.extensionUri, 'dist', file);
  // The pack and the libraries' text at the same time (./libraries.ts: they are evaluated on first use).
  const [, libraryError] = await Promise.all([
    readText(distUri('content.json')).then((value) => (text = value), (error: unknown) => (readError = error)),
    libraries.preload(async (file) => ({ source: await readText(distUri(`${file}.js`)), url: distUri(`${file}.js`).toString() })).then(() => undefined, (error: unknown) => error),
  ]);
  if (libraryError) activation.reportProblem(vscode.l10n.t('CRM Study Notes could not load its libraries: {0}', libraryError instanceof Error ? libraryError.message : String(libraryError)));
  const read = performance.now() - reading;
  const pack = packOrReport(() => {
    if (text === undefined) throw readError;
    return text;
  }, activation.reportProblem);
  const api = compose(context, activation, pack);
  const ms = performance.now() - started;
  const uiKind = vscode.env.uiKind === vscode.UIKind.Web ? 'Web' : 'Desktop';
  const hasProcess = typeof process !== 'undefined';
  // The web layer's tests read this line: the host it ran in, and how long activate took.
  const line = `Activated in ${Math.round(ms)} ms (uiKind ${uiKind}, process ${hasProcess ? 'defined' : 'undefined'}); of which reading the pack and the libraries ${Math.round(read)} ms`;
  activation.output.appendLine(line);
  console.log(`[CRM Study] ${line}`);
  if (activation.probe) Object.assign(api, { activation: { ms, readMs: read, uiKind, hasProcess } });
  return api;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
