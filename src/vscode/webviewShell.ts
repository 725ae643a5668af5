// The one HTML shell of our webview panels (flashcards, concept page): the strict
// CSP, the nonce, the head, the panel's bundled script and stylesheet from
// dist/webview/, the first paint's data as escaped JSON in <body data-setup>, and
// the webview options that go with it.
//
// vscode is imported for its types only, so this module also loads in the plain
// Node unit tests; the nonce comes from Web Crypto, which the web build has too.

import type * as vscode from 'vscode';
import { escapeHtml } from '../core/markdown/render';

/** A bundle esbuild.js builds from src/webview/<name>/main.ts into dist/webview/<name>.js and .css. */
export type WebviewBundle = 'flashcards' | 'conceptPage' | 'dashboard';

export interface ShellPage {
  bundle: WebviewBundle;
  title: string;
  /** The first paint's data; the script reads it back from document.body.dataset.setup. */
  setup: unknown;
  /** Markup already safe to insert: our own, or from the sanitising renderer (src/core/markdown/render.ts). */
  body: string;
  /** The flashcards may show images: our own files and data: URIs, never remote ones (PRODUCT.md: no remote resources). */
  images?: boolean;
}

/** What the shell needs of a webview; the fake in the unit tests provides the same. */
export type ShellWebview = Pick<vscode.Webview, 'cspSource' | 'asWebviewUri'>;

/** Scripts only by nonce, styles only from our own files, nothing else unless named here. */
export function webviewCsp(cspSource: string, nonce: string, images = false): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource}`,
    ...(images ? [`img-src ${cspSource} data:`] : []),
  ].join('; ');
}

/** 16 random bytes, base64: a fresh one for every HTML the panel is given. */
export function newNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The page as HTML, given the script and stylesheet addresses as the webview sees them. */
export function shellHtml(page: ShellPage, assets: { cspSource: string; nonce: string; script: string; style: string }): string {
  const { cspSource, nonce, script, style } = assets;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${webviewCsp(cspSource, nonce, page.images)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(style)}">
<title>${escapeHtml(page.title)}</title>
</head>
<body data-setup="${escapeHtml(JSON.stringify(page.setup))}">
${page.body}
<script nonce="${nonce}" src="${escapeHtml(script)}"></script>
</body>
</html>`;
}

/** The panel's HTML with a new nonce and its bundle's addresses in this webview. */
export function webviewHtml(webview: ShellWebview, extensionUri: vscode.Uri, page: ShellPage): string {
  const asset = (file: string) => webview.asWebviewUri(joinPath(extensionUri, 'dist', 'webview', file)).toString();
  return shellHtml(page, {
    cspSource: webview.cspSource,
    nonce: newNonce(),
    script: asset(`${page.bundle}.js`),
    style: asset(`${page.bundle}.css`),
  });
}

/** Scripts on; the webview may load files from our dist/ folder only. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    localResourceRoots: [joinPath(extensionUri, 'dist')],
  };
}

/**
 * vscode.Uri.joinPath for our fixed folder and file names (no dots, no slashes),
 * done with the instance's with() so this module needs no runtime import of vscode.
 */
function joinPath(base: vscode.Uri, ...segments: string[]): vscode.Uri {
  return base.with({ path: [base.path.replace(/\/+$/, ''), ...segments].join('/') });
}
