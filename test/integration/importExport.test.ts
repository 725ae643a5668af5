// "Import Flashcards…" and "Export Cards for Anki…" in a real VS Code: the
// import command given a file URI (a set written into a scratch folder of the
// sample-notes workspace) shows the real preview QuickPick; Enter on its
// Import row (workbench.action.acceptSelectedQuickOpenItem, as a student would
// press it) writes the note into flashcards/, and the notes index then serves
// its cards to the flashcards panel and to Search. Importing again never
// overwrites; a file over 5 MB is refused and nothing is written; Escape
// writes nothing. The export, given a topic and a target file, writes Anki's
// headers and one row per note.
//
// The commands resolve with what they did (ImportOutcome, ExportOutcome), so
// the tests read that instead of notifications. Everything written goes again
// in teardown.
import * as assert from 'assert';
import Papa from 'papaparse';
import * as vscode from 'vscode';
import type { CrmStudyTestApi, ExportOutcome, ImportOutcome, ImportPreviewSnapshot } from '../../src/api';
import { SearchIndex } from '../../src/core/search/searchIndex';
import { resultItems } from '../../src/features/search/items';
import { activateApi, ourExtension, sleep, until } from './helpers';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A Quizlet export (term, tab, definition), in our own words: two terms and one question. */
const QUIZLET_SET = [
  'Zero-party data\tWhat customers choose to tell a firm about themselves, on purpose and in their own words',
  'Customer churn\tThe customers a firm loses over a period, as a share of those it had',
  'Why do firms measure churn every month?\tBecause keeping a customer is cheaper than winning a new one',
  '',
].join('\n');

suite('Import and export: the commands in a real VS Code', function () {
  this.timeout(60000);
  let api: CrmStudyTestApi;
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  const scratch = () => vscode.Uri.joinPath(root(), `tmp-import-${process.pid}`);
  const flashcards = () => vscode.Uri.joinPath(root(), 'flashcards');
  const exists = (uri: vscode.Uri) => Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);

  async function writeSet(name: string, text: string | Uint8Array): Promise<vscode.Uri> {
    const uri = vscode.Uri.joinPath(scratch(), name);
    await vscode.workspace.fs.writeFile(uri, typeof text === 'string' ? encode(text) : text);
    return uri;
  }

  /** Runs the import on `uri`, waits for the real preview, and presses Enter on it (the Import row has the focus). */
  async function importThroughPreview(uri?: vscode.Uri): Promise<{ outcome: ImportOutcome; preview: ImportPreviewSnapshot }> {
    const run = uri
      ? vscode.commands.executeCommand<ImportOutcome>('crmStudy.importFlashcards', uri)
      : vscode.commands.executeCommand<ImportOutcome>('crmStudy.importFlashcardsFromClipboard');
    const preview = await until('the import preview', () => api.importExport.preview, 15000);
    await sleep(300); // the items reach the workbench
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const outcome = await run;
    await until('the preview to close', () => api.importExport.preview === undefined);
    return { outcome, preview };
  }

  suiteSetup(async function () {
    this.timeout(60000);
    api = await activateApi<CrmStudyTestApi>();
    await api.notes.idle();
    assert.ok(!(await exists(flashcards())), 'the sample workspace has no flashcards/ folder of its own');
  });

  setup(async () => {
    await vscode.workspace.fs.createDirectory(scratch());
  });

  teardown(async function () {
    this.timeout(30000);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [scratch(), flashcards()]) await Promise.resolve(vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false })).catch(() => undefined);
    await until('the imported notes to leave the index', () => ![...api.pack.noteKeys()].some((key) => key.startsWith(flashcards().toString() + '/')));
    await api.notes.idle();
  });

  test('a Quizlet export given as a file URI: the preview, then the note in flashcards/, whose cards the flashcards panel and Search serve', async () => {
    const source = await writeSet('crm-terms-week4.txt', QUIZLET_SET);
    const { outcome, preview } = await importThroughPreview(source);

    assert.strictEqual(preview.title, 'Import Flashcards: crm-terms-week4', 'a set without a title line is named after its file');
    assert.strictEqual(outcome.kind, 'imported', JSON.stringify(outcome));
    if (outcome.kind !== 'imported') return;
    const [importRow] = preview.rows;
    assert.strictEqual(importRow.label, `$(check) Import ${outcome.cards} cards`);
    assert.strictEqual(importRow.description, 'into flashcards/crm-terms-week4.md');
    assert.ok(preview.rows.some((row) => row.label.startsWith('$(symbol-enum) Format: Quizlet export')), preview.rows.map((r) => r.label).join('\n'));
    assert.ok(preview.rows.some((row) => row.separator && row.label.startsWith(`${outcome.cards} cards`)), 'the cards heading');

    const note = vscode.Uri.joinPath(flashcards(), 'crm-terms-week4.md');
    assert.strictEqual(outcome.uri, note.toString());
    assert.match(decode(await vscode.workspace.fs.readFile(note)), /Zero-party data/);

    const written = Date.now();
    const part = await until('the notes index to serve the note', () => {
      const content = api.pack.note(note.toString());
      return content && content.cards.length === outcome.cards && content;
    }, 15000);
    console.log(`      imported note indexed: ${Date.now() - written} ms`);
    const ids = new Set(part.cards.map((card) => card.id));
    assert.deepStrictEqual(api.pack.cardsIn(part.topic.id).filter((card) => ids.has(card.id)).length, outcome.cards, 'its group lists its cards');

    // Study it: the panel on the note's group shows one of its cards.
    await vscode.commands.executeCommand('crmStudy.openFlashcards', part.topic.id);
    const panel = await until('the flashcards panel', () => api.flashcards.panel, 15000);
    const first = await until('a card of the imported note', () => panel.currentCardId(), 15000);
    assert.ok(ids.has(first), `${first} is one of the note's cards`);

    // Search finds it first, and Enter on it opens the note.
    const hits = resultItems(SearchIndex.fromPack(api.pack), api.pack, 'zero-party data');
    assert.strictEqual(hits[0]?.note?.uri, note.toString(), `the first results: ${hits.slice(0, 3).map((h) => `${h.label} (${h.description ?? ''})`).join(' | ')}`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('crmStudy.searchConcepts', 'zero-party data');
    await sleep(800); // the picker's items reach the workbench
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await until('Search to open the imported note', () => vscode.window.activeTextEditor?.document.uri.toString() === note.toString());
  });

  test('a set copied out of a study website (test/fixtures/imports/copied-set.txt): its title line names the note', async function () {
    const fixture = vscode.Uri.joinPath(ourExtension().extensionUri, 'test', 'fixtures', 'imports', 'copied-set.txt');
    if (!(await exists(fixture))) this.skip();
    const source = vscode.Uri.joinPath(scratch(), 'copied-set.txt');
    await vscode.workspace.fs.copy(fixture, source);
    const { outcome, preview } = await importThroughPreview(source);
    assert.strictEqual(preview.title, 'Import Flashcards: Week 4 Review Flashcards');
    assert.ok(preview.rows.some((row) => row.label === '$(symbol-enum) Format: Set copied from a study website'), preview.rows.slice(0, 6).map((r) => r.label).join('\n'));
    assert.ok(!preview.rows.some((row) => row.action === 'separators'), 'a copied set has no separators to change');
    assert.strictEqual(outcome.kind, 'imported', JSON.stringify(outcome));
    if (outcome.kind !== 'imported') return;
    assert.ok(outcome.uri.startsWith(`${flashcards().toString()}/Week%204%20Review%20Flashcards`), outcome.uri);
    await until('the notes index to serve the note', () => api.pack.note(outcome.uri)?.cards.length === outcome.cards, 15000);
  });

  test('importing the same file twice writes "<name> (2).md" and leaves the first note as it was', async () => {
    const source = await writeSet('crm-terms-week4.txt', QUIZLET_SET);
    const first = await importThroughPreview(source);
    assert.strictEqual(first.outcome.kind, 'imported');
    const firstNote = vscode.Uri.joinPath(flashcards(), 'crm-terms-week4.md');
    const before = decode(await vscode.workspace.fs.readFile(firstNote));

    const second = await importThroughPreview(source);
    assert.strictEqual(second.preview.rows[0].description, 'into flashcards/crm-terms-week4 (2).md', 'the preview names the free file');
    assert.strictEqual(second.outcome.kind === 'imported' && second.outcome.uri, vscode.Uri.joinPath(flashcards(), 'crm-terms-week4 (2).md').toString());
    assert.strictEqual(decode(await vscode.workspace.fs.readFile(firstNote)), before, 'the first note is untouched');
  });

  test('a 6 MB file is refused with a message naming it; no preview, nothing written', async () => {
    const line = encode('Term\tA definition long enough to fill the file quickly, line after line after line\n');
    const bytes = new Uint8Array(6 * 1024 * 1024);
    for (let at = 0; at + line.length <= bytes.length; at += line.length) bytes.set(line, at);
    bytes.fill(10, bytes.length - (bytes.length % line.length));
    const source = await writeSet('huge-set.txt', bytes);
    const outcome = await vscode.commands.executeCommand<ImportOutcome>('crmStudy.importFlashcards', source);
    assert.strictEqual(outcome.kind, 'refused', JSON.stringify(outcome));
    if (outcome.kind === 'refused') assert.match(outcome.message, /huge-set\.txt/);
    assert.strictEqual(api.importExport.preview, undefined, 'no preview was shown');
    assert.ok(!(await exists(flashcards())), 'nothing was written');
  });

  test('Escape on the preview writes nothing', async () => {
    const source = await writeSet('crm-terms-week4.txt', QUIZLET_SET);
    const run = vscode.commands.executeCommand<ImportOutcome>('crmStudy.importFlashcards', source);
    await until('the import preview', () => api.importExport.preview, 15000);
    await sleep(300);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.deepStrictEqual(await run, { kind: 'cancelled' });
    assert.ok(!(await exists(flashcards())), 'nothing was written');
  });

  test('a set on the clipboard is previewed as "Pasted flashcards <date>" and imported into flashcards/', async function () {
    await vscode.env.clipboard.writeText(QUIZLET_SET);
    // The browser running the workbench may keep the clipboard to itself.
    if ((await vscode.env.clipboard.readText()) !== QUIZLET_SET) this.skip();
    const { outcome, preview } = await importThroughPreview();
    const now = new Date();
    const date = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    assert.strictEqual(preview.title, `Import Flashcards: Pasted flashcards ${date}`);
    assert.strictEqual(outcome.kind, 'imported', JSON.stringify(outcome));
    assert.ok(outcome.kind === 'imported' && outcome.uri.startsWith(flashcards().toString() + '/'), 'into flashcards/');
  });

  test('Export Cards for Anki on a topic, with a target file: Anki\'s headers, then one row per note', async () => {
    const topic = api.pack.packTopics[0];
    const target = vscode.Uri.joinPath(scratch(), 'anki.txt');
    const outcome = await vscode.commands.executeCommand<ExportOutcome>('crmStudy.exportForAnki', topic.id, target);
    assert.strictEqual(outcome.kind, 'exported', JSON.stringify(outcome));
    if (outcome.kind !== 'exported') return;
    assert.strictEqual(outcome.cards, api.pack.cardsIn(topic.id).length);
    const text = decode(await vscode.workspace.fs.readFile(target));
    const lines = text.split('\n');
    const headers = lines.filter((l) => l.startsWith('#'));
    for (const header of ['#separator:tab', '#html:true', '#notetype column:', '#deck column:', '#tags column:']) {
      assert.ok(headers.some((h) => h.startsWith(header)), `${header} in ${JSON.stringify(headers)}`);
    }
    const body = lines.slice(lines.findIndex((l) => !l.startsWith('#'))).join('\n');
    const rows = Papa.parse<string[]>(body.trim(), { delimiter: '\t', quoteChar: '"' }).data;
    assert.strictEqual(rows.length, outcome.notes, 'one row per Anki note');
    assert.ok(outcome.notes > 0 && outcome.notes <= outcome.cards);

    // The same from the topic's row in the Concepts view, as its context menu runs it.
    const row = api.conceptTree.getChildren().find((node) => node.kind === 'topic' && node.topicId === topic.id);
    assert.ok(row, 'the topic has a row');
    const fromRow = await vscode.commands.executeCommand<ExportOutcome>('crmStudy.exportForAnki', row, vscode.Uri.joinPath(scratch(), 'anki-row.txt'));
    assert.strictEqual(fromRow.kind === 'exported' && fromRow.notes, outcome.notes);
  });
});
