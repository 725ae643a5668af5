// The flashcards page in the shared webview shell (src/vscode/webviewShell.ts):
// an empty app the bundled script fills, with the first paint's data.

import vscode = require('vscode');
import { webviewHtml } from '../../vscode/webviewShell';
import { PanelSetup } from '../../shared/flashcardsProtocol';

export { webviewOptions } from '../../vscode/webviewShell';

export function pageHtml(webview: vscode.Webview, extensionUri: vscode.Uri, setup: PanelSetup): string {
  return webviewHtml(webview, extensionUri, {
    bundle: 'flashcards',
    title: 'Flashcards',
    setup,
    body: '<div id="app" class="app"><p class="loading">Loading flashcards…</p></div>',
    images: true,
  });
}
