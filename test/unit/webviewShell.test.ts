// The HTML shell both panels (flashcards, concept page) are served in: what the
// CSP lets run, where the bundles load from, and the first paint's data.

import * as assert from 'assert';
import type * as vscode from 'vscode';
import { newNonce, shellHtml, ShellWebview, webviewHtml, webviewOptions } from '../../src/vscode/webviewShell';

/** Enough of vscode.Uri for the shell: a path that with() replaces. */
class FakeUri {
  constructor(readonly path: string) {}
  with(change: { path?: string }): FakeUri {
    return new FakeUri(change.path ?? this.path);
  }
  toString(): string {
    return `file://${this.path}`;
  }
}
const extensionUri = new FakeUri('/ext/crm-study') as unknown as vscode.Uri;
const webview: ShellWebview = {
  cspSource: 'https://res.test',
  asWebviewUri: (uri) => `https://res.test${uri.path}` as unknown as vscode.Uri,
};

const cspOf = (html: string) => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1];
const nonceOf = (html: string) => /<script nonce="([^"]+)"/.exec(html)![1];

suite('webview shell', () => {
  test('the concept page loads its own script and stylesheet from dist/webview', () => {
    const html = webviewHtml(webview, extensionUri, { bundle: 'conceptPage', title: 'SCOPE network', setup: {}, body: '<main></main>' });
    assert.ok(html.includes('<script nonce="'), html);
    assert.ok(html.includes(' src="https://res.test/ext/crm-study/dist/webview/conceptPage.js"></script>'), html);
    assert.ok(html.includes('<link rel="stylesheet" href="https://res.test/ext/crm-study/dist/webview/conceptPage.css">'), html);
    assert.ok(html.includes('<title>SCOPE network</title>'), html);
  });

  test('each HTML the panel is given runs its script by a nonce of its own', () => {
    const page = { bundle: 'flashcards', title: 'Flashcards', setup: {}, body: '' } as const;
    const first = webviewHtml(webview, extensionUri, page);
    const second = webviewHtml(webview, extensionUri, page);
    assert.notStrictEqual(nonceOf(first), nonceOf(second));
    assert.ok(cspOf(first).includes(`script-src 'nonce-${nonceOf(first)}'`), cspOf(first));
  });

  test('a nonce is 16 random bytes in base64', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => newNonce()));
    assert.strictEqual(nonces.size, 50);
    for (const nonce of nonces) assert.strictEqual(Buffer.from(nonce, 'base64').length, 16, nonce);
  });

  test('flashcards may show images (ours, https and data:); nothing else is allowed beyond script and style', () => {
    const html = shellHtml({ bundle: 'flashcards', title: 'Flashcards', setup: {}, body: '', images: true },
      { cspSource: 'https://res.test', nonce: 'N0nce', script: 's.js', style: 's.css' });
    assert.strictEqual(cspOf(html), "default-src 'none'; script-src 'nonce-N0nce'; style-src https://res.test; img-src https://res.test data:");
  });

  test('the first paint\'s data cannot break out of its attribute', () => {
    const setup = { conceptId: '"><script>alert(1)</script>', note: "it's <b>" };
    const html = shellHtml({ bundle: 'conceptPage', title: '</title><script>alert(2)</script>', setup, body: '' },
      { cspSource: 'x', nonce: 'n', script: 's.js', style: 's.css' });
    assert.strictEqual((html.match(/<script/g) ?? []).length, 1, 'only our own script');
    const attribute = /<body data-setup="([^"]*)">/.exec(html)![1];
    const decoded = attribute.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    assert.deepStrictEqual(JSON.parse(decoded), setup);
  });

  test('webviews run scripts and may read our dist/ folder only', () => {
    const options = webviewOptions(extensionUri);
    assert.strictEqual(options.enableScripts, true);
    assert.deepStrictEqual(options.localResourceRoots?.map((uri) => uri.toString()), ['file:///ext/crm-study/dist']);
  });
});
