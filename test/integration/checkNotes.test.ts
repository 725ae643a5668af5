// Checking notes against the course in a real VS Code: a note listing four of
// SCOPE's five stakeholders shows "SCOPE · 4 of 5 · missing: Employees" above
// its heading and an Information diagnostic on it; the preferred quick fix
// (and the lens's click) adds Employees to the list, after which the lens says
// 5 of 5 and the diagnostic goes; turning crmStudy.checkNotes.enabled off
// clears both at once. "Check My Answer" on a pasted exam answer opens on the
// five-processes question, and its result (the real QuickPick, accepted as a
// student presses Enter) marks the processes covered and those left out.
//
// Lenses, diagnostics and code actions are read through VS Code's own
// commands (vscode.executeCodeLensProvider, ...), as the editor asks for them.
// Each note is written into a scratch folder of the sample-notes workspace and
// deleted again after each test.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CrmStudyTestApi, CheckMyAnswerOutcome } from '../../src/api';
import { activateApi, allTabs, sleep, until } from './helpers';

const encode = (text: string) => new TextEncoder().encode(text);

const SCOPE_NOTE = ['## SCOPE', '', '- Suppliers', '- Customers (the buyers)', '- Owners', '- Partners', '', 'Next lecture: KAM.', ''].join('\n');

/** An answer to the five-processes essay in a student's words: strategy development and value creation, nothing on the other three. */
const ANSWER_NOTE = [
  "## Exam practice: Payne & Frow's five processes",
  '',
  'Payne and Frow describe CRM through a handful of linked processes. It starts with strategy development:',
  'top management settles the business strategy first, and the customer strategy then decides which segments',
  'to target and how loyalty will be built. Value creation comes next and turns those strategies into',
  'propositions, so the customer gets value through rewards and customisation while the firm gets value back',
  'through lower acquisition and retention costs.',
  '',
  '## Another question',
  '',
].join('\n');

const FIVE_PROCESSES_QUESTION = "Discuss Payne & Frow's framework of five key processes that make up a CRM strategy.";

suite('Check notes: framework checks and Check My Answer in a real VS Code', function () {
  this.timeout(60000);
  let api: CrmStudyTestApi;
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  const scratch = () => vscode.Uri.joinPath(root(), `tmp-check-notes-${process.pid}`);

  async function openNote(name: string, text: string): Promise<vscode.TextEditor> {
    const uri = vscode.Uri.joinPath(scratch(), name);
    await vscode.workspace.fs.writeFile(uri, encode(text));
    return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  }

  const lenses = (uri: vscode.Uri) => Promise.resolve(vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)).then((all) => all ?? []);
  const ourLenses = async (uri: vscode.Uri) => (await lenses(uri)).filter((lens) => /·/.test(lens.command?.title ?? ''));
  const lensTitled = (uri: vscode.Uri, title: string) => until(`the lens "${title}"`, async () => (await ourLenses(uri)).find((lens) => lens.command?.title === title));
  const ourDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'CRM Study');
  const quickFixes = (uri: vscode.Uri, line: number) =>
    Promise.resolve(vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(line, 0, line, 0), vscode.CodeActionKind.QuickFix.value)).then((all) => all ?? []);
  const listLines = (document: vscode.TextDocument) => document.getText().split('\n').filter((line) => line.startsWith('- '));

  suiteSetup(async function () {
    this.timeout(60000);
    api = await activateApi<CrmStudyTestApi>();
  });

  setup(async () => {
    await vscode.workspace.fs.createDirectory(scratch());
  });

  teardown(async function () {
    this.timeout(30000);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('crmStudy').update('checkNotes.enabled', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.fs.delete(scratch(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  test('"## SCOPE" with four stakeholders shows "SCOPE · 4 of 5 · missing: Employees" above the heading, and the heading carries the diagnostic', async () => {
    const { document } = await openNote('scope.md', SCOPE_NOTE);
    const lens = await lensTitled(document.uri, 'SCOPE · 4 of 5 · missing: Employees');
    assert.strictEqual(lens.range.start.line, 0, 'the lens sits on the heading line');
    assert.strictEqual(lens.command?.command, 'crmStudy.addMissingParts', 'clicking it adds what is missing');
    const [diagnostic] = await until('a CRM Study diagnostic on the heading', () => ourDiagnostics(document.uri).length > 0 && ourDiagnostics(document.uri));
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(diagnostic.range.start.line, 0);
    assert.match(diagnostic.message, /Employees/, `the message names the missing part: ${diagnostic.message}`);
    assert.strictEqual(ourDiagnostics(document.uri).length, 1, 'one diagnostic for the one section');
  });

  test('the preferred quick fix "Add the missing parts" adds "- Employees" to the list; the lens then says 5 of 5 and the diagnostic goes', async () => {
    const { document } = await openNote('scope-fix.md', SCOPE_NOTE);
    await lensTitled(document.uri, 'SCOPE · 4 of 5 · missing: Employees');
    const fix = (await quickFixes(document.uri, 0)).find((action) => action.title === 'Add the missing parts');
    assert.ok(fix?.edit, 'the heading offers the quick fix');
    assert.strictEqual(fix.isPreferred, true, 'Ctrl+. and "auto fix" take it');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.deepStrictEqual(listLines(document), ['- Suppliers', '- Customers (the buyers)', '- Owners', '- Partners', '- Employees']);
    assert.ok(document.getText().endsWith('\nNext lecture: KAM.\n'), 'the text after the list is untouched');
    const done = await lensTitled(document.uri, 'SCOPE · 5 of 5 ✓');
    assert.deepStrictEqual([done.command?.command, done.command?.arguments], ['crmStudy.showConcept', ['scope']], 'a complete list\'s lens opens the concept page');
    await until('the diagnostic to go', () => ourDiagnostics(document.uri).length === 0);
    assert.deepStrictEqual(await quickFixes(document.uri, 0).then((all) => all.filter((a) => a.title === 'Add the missing parts')), [], 'nothing left to add');
  });

  test('clicking the lens adds the missing part, as one step Undo takes back', async () => {
    const { document } = await openNote('scope-click.md', SCOPE_NOTE);
    const lens = await lensTitled(document.uri, 'SCOPE · 4 of 5 · missing: Employees');
    assert.strictEqual(await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? [])), true);
    assert.deepStrictEqual(listLines(document).slice(-1), ['- Employees']);
    await vscode.commands.executeCommand('undo');
    await until('Undo to take it back', () => document.getText() === SCOPE_NOTE);
  });

  test('turning crmStudy.checkNotes.enabled off clears the lens and the diagnostic at once; on brings them back', async () => {
    const { document } = await openNote('scope-setting.md', SCOPE_NOTE);
    await lensTitled(document.uri, 'SCOPE · 4 of 5 · missing: Employees');
    await until('the diagnostic', () => ourDiagnostics(document.uri).length === 1);
    await vscode.workspace.getConfiguration('crmStudy').update('checkNotes.enabled', false, vscode.ConfigurationTarget.Global);
    await until('the diagnostic to clear', () => ourDiagnostics(document.uri).length === 0);
    await until('the lens to go', async () => (await ourLenses(document.uri)).length === 0);
    assert.deepStrictEqual(await quickFixes(document.uri, 0).then((all) => all.filter((a) => a.title === 'Add the missing parts')), [], 'no quick fix either');
    await vscode.workspace.getConfiguration('crmStudy').update('checkNotes.enabled', undefined, vscode.ConfigurationTarget.Global);
    await lensTitled(document.uri, 'SCOPE · 4 of 5 · missing: Employees');
    await until('the diagnostic to come back', () => ourDiagnostics(document.uri).length === 1);
  });

  test('an unsaved new note is checked too, and closing it clears its diagnostic', async () => {
    // An untitled note is disposed the moment its editor closes (a file's document may linger a while).
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: SCOPE_NOTE });
    await vscode.window.showTextDocument(document);
    await lensTitled(document.uri, 'SCOPE · 4 of 5 · missing: Employees');
    await until('the diagnostic', () => ourDiagnostics(document.uri).length === 1);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await until('the document to close', () => document.isClosed);
    await until('the diagnostic to clear with it', () => ourDiagnostics(document.uri).length === 0);
  });

  /** Runs Check My Answer, takes the pre-selected question, waits for the result; `pick` then chooses in the result. */
  async function checkAnswer(pick: () => Thenable<unknown>): Promise<{ outcome: CheckMyAnswerOutcome; questions: NonNullable<CrmStudyTestApi['checkNotes']['questions']>; result: NonNullable<CrmStudyTestApi['checkNotes']['result']> }> {
    const run = vscode.commands.executeCommand<CheckMyAnswerOutcome>('crmStudy.checkMyAnswer');
    const questions = await until('the question picker', () => api.checkNotes.questions);
    await sleep(300); // the items reach the workbench
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const result = await until('the result picker', () => api.checkNotes.result);
    await sleep(300);
    await pick();
    const outcome = await run;
    return { outcome, questions, result };
  }

  test('Check My Answer on a pasted answer: the five-processes question comes first and chosen; the result counts the key points, the covered ones with their words, the missing ones with their concepts', async () => {
    const editor = await openNote('answer.md', ANSWER_NOTE);
    editor.selection = new vscode.Selection(3, 5, 3, 5); // the cursor in the answer, nothing selected
    const { outcome, questions, result } = await checkAnswer(() => vscode.commands.executeCommand('workbench.action.closeQuickOpen'));
    assert.strictEqual(questions.active, FIVE_PROCESSES_QUESTION, 'the question the heading names is pre-selected');
    assert.strictEqual(questions.rows[0].label, FIVE_PROCESSES_QUESTION, 'and listed first');
    assert.ok(questions.rows.length > 20, 'every essay question of the pack can be chosen');

    assert.match(result.title, /^Check My Answer: \d of 6 key points \(\d+%\)$/);
    assert.strictEqual(result.placeholder, FIVE_PROCESSES_QUESTION);
    assert.deepStrictEqual(outcome.kind === 'checked' ? [outcome.total, outcome.chose] : outcome, [6, undefined], 'Escape chose nothing');
    const row = (start: string) => {
      const found = result.rows.find((r) => r.label.replace(/^\$\([\w-]+\) /, '').startsWith(start));
      assert.ok(found, `a row for ${start}: ${JSON.stringify(result.rows.map((r) => r.label))}`);
      return found;
    };
    for (const covered of ['Strategy development', 'Value creation']) {
      assert.match(row(covered).label, /^\$\(pass\) /, `${covered} is covered`);
      assert.match(row(covered).detail ?? '', /^covered by: “.+”/);
    }
    for (const missing of ['Information management', 'Performance assessment', 'Multichannel integration']) {
      assert.match(row(missing).label, /^\$\(circle-slash\) /, `${missing} is missing`);
      assert.match(row(missing).detail ?? '', /^missing · open /);
    }
    assert.match(row('Performance assessment').detail ?? '', /Performance assessment process/, 'the concept to read up on');
  });

  test('choosing a covered key point selects the words of the answer that cover it', async () => {
    const editor = await openNote('answer-covered.md', ANSWER_NOTE);
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    // The first row is the first key point, strategy development: covered.
    const { outcome } = await checkAnswer(() => vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'));
    assert.strictEqual(outcome.kind === 'checked' ? outcome.chose?.covered : undefined, true);
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document.uri.toString(), editor.document.uri.toString());
    const selected = active.selections.map((s) => active.document.getText(s));
    assert.ok(selected.length > 0 && selected.every((text) => text.trim() !== '' && ANSWER_NOTE.includes(text)), `the answer's words are selected: ${JSON.stringify(selected)}`);
    assert.ok(active.selections.every((s) => s.start.line >= 2 && s.end.line <= 6), 'inside the answer');
  });

  test('choosing a missing key point opens its concept page', async () => {
    const editor = await openNote('answer-missing.md', ANSWER_NOTE);
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    const { outcome } = await checkAnswer(async () => {
      // Down to the fifth key point, performance assessment, then Enter.
      for (let i = 0; i < 4; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    });
    const chose = outcome.kind === 'checked' ? outcome.chose : undefined;
    assert.match(chose?.keyPoint ?? '', /^Performance assessment/);
    assert.strictEqual(chose?.covered, false);
    await until('the Performance assessment process page', () => allTabs().find((t) => t.label === 'Performance assessment process'));
  });

  test('Check My Answer on an empty section says what to do instead of checking nothing', async () => {
    const editor = await openNote('empty.md', '## My answer\n\n\n## Next\ntext\n');
    editor.selection = new vscode.Selection(1, 0, 1, 0);
    const outcome = await vscode.commands.executeCommand<CheckMyAnswerOutcome>('crmStudy.checkMyAnswer');
    assert.deepStrictEqual(outcome, { kind: 'empty' });
    assert.strictEqual(api.checkNotes.questions, undefined, 'no picker was shown');
  });
});
