// The flashcards page: a strict CSP (scripts by nonce only, styles and images
// from our own dist/ folder), the bundled script and stylesheet, and the first
// paint's data as escaped JSON in a data- attribute.

import { randomBytes } from 'crypto';
import vscode = require('vscode');
import { escapeHtml } from '../../core/markdown/render';
import { PanelSetup } from '../../shared/flashcardsProtocol';

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')],
  };
}

export function pageHtml(webview: vscode.Webview, extensionUri: vscode.Uri, setup: PanelSetup): string {
  const nonce = randomBytes(16).toString('base64');
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', name)).toString();
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} https: data:`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(asset('flashcards.css'))}">
<title>Flashcards</title>
</head>
<body data-setup="${escapeHtml(JSON.stringify(setup))}">
<div id="app" class="app"><p class="loading">Loading flashcards…</p></div>
<script nonce="${nonce}" src="${escapeHtml(asset('flashcards.js'))}"></script>
</body>
</html>`;
}
