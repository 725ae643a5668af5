// Writing notes in a real VS Code: hovering a course term in a Markdown note
// shows its definition, F12 opens its concept page, code and look-alike words
// stay quiet, the hover setting applies live, and the Markdown preview gives
// terms a tooltip.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CrmStudyTestApi } from '../../src/api';
import { activateApi, allTabs, sleep, until } from './helpers';

const NOTE = [
  '# Lecture 8',
  '',
  'Our KAM team looks after the biggest clients.',
  'SCOPE lists the stakeholders to consider.',
  'We estimated the customer lifetime value of each segment.',
  'Kamala presented the case; kamala is not a term.',
  '',
  '```',
  'KAM inside a code block',
  '```',
  'Use `KAM` in code, KAM outside.',
].join('\n');

async function hoverText(doc: vscode.TextDocument, needle: string, offset = 1): Promise<string> {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is not in the note`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + offset));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n---\n');
}

suite('Hover and Go to Definition in a Markdown note', () => {
  let api: CrmStudyTestApi;
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    api = await activateApi<CrmStudyTestApi>();
    doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: NOTE });
    await vscode.window.showTextDocument(doc);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('hovering KAM shows Key account management and its definition', async () => {
    const text = await hoverText(doc, 'KAM team');
    const kam = api.pack.concept('kam')!;
    assert.match(text, /\*\*Key account management\*\*/);
    assert.ok(text.includes(kam.definition), text);
    assert.ok(text.includes('command:crmStudy.showConcept?'), 'no Show Concept link');
    assert.ok(text.includes('command:crmStudy.openFlashcards?'), 'no Study link');
  });

  test('hovering SCOPE shows the SCOPE network', async () => {
    const scope = api.pack.concept('scope')!;
    const text = await hoverText(doc, 'SCOPE lists');
    assert.ok(text.includes(`**${scope.term}**`), text);
    assert.ok(text.includes(scope.definition), text);
  });

  test('hovering "customer lifetime value" shows Customer lifetime value', async () => {
    const clv = api.pack.concept('clv')!;
    const text = await hoverText(doc, 'customer lifetime value', 12);
    assert.ok(text.includes(`**${clv.term}**`), text);
    assert.ok(text.includes(clv.definition), text);
  });

  test('the hover covers the whole term and is trusted for our commands only', async () => {
    const at = doc.getText().indexOf('customer lifetime value');
    const [hover] = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + 3));
    assert.ok(hover?.range, 'no range');
    assert.strictEqual(doc.getText(hover.range), 'customer lifetime value');
    const markdown = hover.contents[0] as vscode.MarkdownString;
    if (markdown.isTrusted !== undefined) {
      assert.deepStrictEqual(markdown.isTrusted, { enabledCommands: ['crmStudy.showConcept', 'crmStudy.openFlashcards', 'crmStudy.openNote'] });
    }
  });

  test('no hover on "Kamala" or "kamala"', async () => {
    assert.strictEqual(await hoverText(doc, 'Kamala'), '');
    assert.strictEqual(await hoverText(doc, 'kamala'), '');
  });

  test('no hover on a term in a fenced code block or an inline code span', async () => {
    assert.strictEqual(await hoverText(doc, 'KAM inside'), '');
    assert.strictEqual(await hoverText(doc, 'KAM` in code'), '');
    assert.match(await hoverText(doc, 'KAM outside'), /Key account management/);
  });

  test('opening a fence above a term while typing silences it, closing it again brings it back', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const line = doc.lineAt(doc.positionAt(doc.getText().indexOf('SCOPE lists')).line);
    await editor.edit((e) => e.insert(line.range.start, '```\n'));
    assert.strictEqual(await hoverText(doc, 'SCOPE lists'), '');
    await vscode.commands.executeCommand('undo');
    assert.ok(!doc.getText().includes('```\nSCOPE'), 'undo did not remove the fence');
    assert.match(await hoverText(doc, 'SCOPE lists'), /SCOPE network|\*\*SCOPE/);
  });

  test('F12 on KAM goes to the Key account management concept page', async () => {
    const at = doc.getText().indexOf('KAM team');
    const result = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, doc.positionAt(at + 1));
    const ours = result.map((r) => ('targetUri' in r ? r.targetUri : r.uri)).filter((u) => u.scheme === 'crm-study');
    assert.strictEqual(ours.length, 1, JSON.stringify(result));
    assert.match(ours[0].query, /(^|&)id=kam(&|$)/);
    assert.match(decodeURIComponent(ours[0].path), /Key account management\.md$/);
  });

  test('F12 in the editor opens the rendered concept page, not its Markdown source', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const at = doc.positionAt(doc.getText().indexOf('KAM team') + 1);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    await until('the Key account management page', () => allTabs().find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Key account management'));
    await sleep(300);
    const source = allTabs().filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.scheme === 'crm-study');
    assert.deepStrictEqual(source.map((t) => t.label), [], 'the Markdown source tab was swapped for the page');
  });

  test('F12 on an ordinary word finds no concept', async () => {
    const at = doc.getText().indexOf('presented');
    const result = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, doc.positionAt(at + 1));
    assert.deepStrictEqual(result.filter((r) => ('targetUri' in r ? r.targetUri : r.uri).scheme === 'crm-study'), []);
  });

  test('turning crmStudy.hover.enabled off hides the hover at once; on brings it back', async () => {
    const config = vscode.workspace.getConfiguration('crmStudy');
    try {
      await config.update('hover.enabled', false, vscode.ConfigurationTarget.Global);
      assert.strictEqual(await hoverText(doc, 'KAM team'), '');
    } finally {
      await config.update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.match(await hoverText(doc, 'KAM team'), /Key account management/);
  });

  test('turning crmStudy.highlightTerms on and off while a note is open works without errors', async () => {
    const config = vscode.workspace.getConfiguration('crmStudy');
    try {
      await config.update('highlightTerms', true, vscode.ConfigurationTarget.Global);
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      await config.update('highlightTerms', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.match(await hoverText(doc, 'KAM team'), /Key account management/);
  });

  test('the Markdown preview renders KAM with its definition as a tooltip', async () => {
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', 'Our KAM team, and `KAM` in code.');
    assert.match(html, /<abbr title="[^"]{20,}" class="crm-term">KAM<\/abbr> team/);
    assert.ok(html.includes('<code>KAM</code>'), html);
  });
});
