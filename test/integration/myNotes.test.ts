// A student's own notes in a real VS Code: notes written, edited (saved and
// unsaved), renamed, moved and deleted show up in the shared content as they
// change; excluded and .gitignored folders stay out; huge and binary files are
// skipped with a line in the output; a card two notes share gets a Problems
// entry at its line; the saved index spares a reload every unchanged file.
//
// Every note is written through vscode.workspace.fs into a scratch folder of
// the sample-notes workspace, deleted again after each test.
//
// The code-action tests drive the providers through a second NotesIndex whose
// parser adds a fix and a pin place of its own, so they test the plumbing
// whatever the grammar offers; the live feature's Pin card id is tested too.
import * as assert from 'assert';
import * as os from 'os';
import * as vscode from 'vscode';
import type { CrmStudyTestApi } from '../../src/api';
import { ContentIndex } from '../../src/core/content/contentIndex';
import { Card, fileTopicId, MY_NOTES } from '../../src/core/content/model';
import { NOTE_CARD_PREFIX, parseNote } from '../../src/core/notes/noteParser';
import { NoteParser, NotesIndex } from '../../src/core/notes/notesIndex';
import { newRecord } from '../../src/core/study/scheduler';
import { registerNoteCodeActions } from '../../src/features/myNotes/codeActions';
import { registerProblems } from '../../src/features/myNotes/problems';
import { activateApi, sleep, until } from './helpers';

const encode = (text: string) => new TextEncoder().encode(text);

suite('My notes: the notes index in the workspace', () => {
  let api: CrmStudyTestApi;
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  const scratch = () => vscode.Uri.joinPath(root(), `tmp-my-notes-${process.pid}`);
  const at = (name: string) => vscode.Uri.joinPath(scratch(), name);
  const file = (name: string) => vscode.workspace.asRelativePath(at(name), false);

  async function write(name: string, text: string | Uint8Array): Promise<vscode.Uri> {
    const uri = at(name);
    await vscode.workspace.fs.writeFile(uri, typeof text === 'string' ? encode(text) : text);
    return uri;
  }

  const cardsOf = (uri: vscode.Uri): Card[] => api.pack.cardsIn(MY_NOTES).filter((card) => card.uri === uri.toString());
  const prompts = (uri: vscode.Uri) => cardsOf(uri).map((card) => `${card.prompt} → ${card.answer}`);
  const underScratch = () => [...api.notes.index.uris()].filter((uri) => uri.startsWith(scratch().toString() + '/'));

  /** Waits for the note's cards to be exactly `expected` (prompt → answer), printing how long the index took. */
  async function cardsBecome(uri: vscode.Uri, expected: string[], what: string, since = Date.now()): Promise<void> {
    await until(what, () => JSON.stringify(prompts(uri)) === JSON.stringify(expected), 15000).catch((error: Error) => {
      throw new Error(`${error.message}: the note has ${JSON.stringify(prompts(uri))}`);
    });
    console.log(`      ${what}: ${Date.now() - since} ms`);
  }

  suiteSetup(async function () {
    this.timeout(60000);
    api = await activateApi<CrmStudyTestApi>();
    await api.notes.idle();
  });

  setup(async () => {
    await vscode.workspace.fs.createDirectory(scratch());
  });

  teardown(async function () {
    this.timeout(30000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('crmStudy').update('notes.exclude', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.fs.delete(scratch(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await until('the scratch notes to leave the index', () => underScratch().length === 0);
    await api.notes.idle();
  });

  test('the first index read the sample lecture notes, found no study content in them, and said so in one line', async () => {
    const samples = await vscode.workspace.findFiles(new vscode.RelativePattern(root(), '*.md'));
    assert.ok(samples.length >= 4, 'the sample notes are there');
    for (const uri of samples) {
      assert.ok(api.notes.index.has(uri.toString()), `${uri.path} was indexed`);
      assert.strictEqual(api.pack.note(uri.toString()), undefined, `${uri.path} holds no cards or concepts`);
      assert.deepStrictEqual(api.notes.index.diagnostics(uri.toString()), [], `${uri.path} has no problems`);
    }
    const summary = api.notes.output.find((line) => line.startsWith('Notes: ') && line.includes('with study content'));
    assert.match(summary ?? '', /^Notes: \d+ notes? read.*, \d+ with study content \(\d+ concepts?, \d+ cards?\) in \d+ ms$/);
  });

  test('a new #flashcards note gives its cards, in its own group, at their lines', async () => {
    const started = Date.now();
    const uri = await write('week3.md', '# Week 3\n\n#flashcards\n\nWhat does KAM stand for?::Key account management\nRFM::Recency, frequency, monetary value\n');
    await cardsBecome(uri, ['What does KAM stand for? → Key account management', 'RFM → Recency, frequency, monetary value'], 'new note indexed', started);
    const [kam, rfm] = cardsOf(uri);
    assert.strictEqual(kam.file, file('week3.md'));
    assert.strictEqual(kam.line, 5);
    assert.strictEqual(rfm.line, 6);
    assert.strictEqual(kam.topic, fileTopicId(file('week3.md')));
    assert.ok(api.pack.topic(kam.topic), 'the note has a group of its own');
    assert.ok(kam.id.startsWith(NOTE_CARD_PREFIX));
    assert.strictEqual(api.pack.card(kam.id), kam, 'look-ups by id find it');
  });

  test('a note edited outside VS Code, and one edited in an editor and saved, show the change', async () => {
    const uri = await write('week4.md', '#flashcards\n\nIDIC::Identify, differentiate, interact, customise\n');
    await cardsBecome(uri, ['IDIC → Identify, differentiate, interact, customise'], 'note indexed');
    let started = Date.now();
    await write('week4.md', '#flashcards\n\nIDIC::Identify, differentiate, interact, customise (Peppers & Rogers)\nCLV::Customer lifetime value\n');
    await cardsBecome(uri, ['IDIC → Identify, differentiate, interact, customise (Peppers & Rogers)', 'CLV → Customer lifetime value'], 'file changed on disk', started);

    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((edit) => edit.replace(doc.lineAt(3).range, 'CLV::The value of a customer over the whole relationship'));
    started = Date.now();
    assert.ok(await doc.save(), 'saved');
    await cardsBecome(uri, ['IDIC → Identify, differentiate, interact, customise (Peppers & Rogers)', 'CLV → The value of a customer over the whole relationship'], 'saved edit', started);
  });

  test('an unsaved edit updates its note after the debounce; closing without saving goes back to the file', async () => {
    const uri = await write('draft.md', '#flashcards\n\nSCOPE::Suppliers, customers, owners, partners, employees\n');
    await cardsBecome(uri, ['SCOPE → Suppliers, customers, owners, partners, employees'], 'note indexed');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    const started = Date.now();
    await editor.edit((edit) => edit.insert(doc.positionAt(doc.getText().length), 'STARTS::Six qualities of good customer data\n'));
    assert.ok(doc.isDirty);
    await cardsBecome(uri, ['SCOPE → Suppliers, customers, owners, partners, employees', 'STARTS → Six qualities of good customer data'], 'unsaved edit', started);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await cardsBecome(uri, ['SCOPE → Suppliers, customers, owners, partners, employees'], 'closed without saving');
  });

  test('renaming a note (WorkspaceEdit) keeps its card ids and their progress; so does renaming its folder', async () => {
    const uri = await write('lectures/week5.md', '#flashcards\n\nChurn::Customers lost in a period\n');
    await cardsBecome(uri, ['Churn → Customers lost in a period'], 'note indexed');
    const [card] = cardsOf(uri);
    const record = { ...newRecord(Date.now() + 86400000), reps: 3 };
    await api.flashcards.store.set(card.id, record);

    const renamed = at('lectures/week5-churn.md');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uri, renamed);
    const started = Date.now();
    assert.ok(await vscode.workspace.applyEdit(edit), 'renamed');
    await cardsBecome(renamed, ['Churn → Customers lost in a period'], 'renamed note', started);
    assert.deepStrictEqual(cardsOf(uri), [], 'nothing left at the old path');
    assert.strictEqual(cardsOf(renamed)[0].id, card.id, 'same card id');
    assert.strictEqual(cardsOf(renamed)[0].file, file('lectures/week5-churn.md'));
    assert.deepStrictEqual(api.flashcards.store.get(card.id), record, 'its progress is kept');

    const moved = at('term1/week5-churn.md');
    const folderEdit = new vscode.WorkspaceEdit();
    folderEdit.renameFile(at('lectures'), at('term1'));
    assert.ok(await vscode.workspace.applyEdit(folderEdit), 'folder renamed');
    await cardsBecome(moved, ['Churn → Customers lost in a period'], 'note in a renamed folder');
    assert.deepStrictEqual(cardsOf(renamed), []);
    assert.strictEqual(cardsOf(moved)[0].id, card.id, 'same card id after the folder moved');
    await api.flashcards.store.set(card.id, undefined);
  });

  test('a deleted note is gone, and so are the notes of a deleted folder', async () => {
    const single = await write('gone.md', '#flashcards\n\nDwyer::Awareness, exploration, expansion, commitment, dissolution\n');
    const inFolder = await write('old/term.md', '#flashcards\n\nCRM::Customer relationship management\n');
    await cardsBecome(single, ['Dwyer → Awareness, exploration, expansion, commitment, dissolution'], 'note indexed');
    await cardsBecome(inFolder, ['CRM → Customer relationship management'], 'note in a folder indexed');
    const ids = [...cardsOf(single), ...cardsOf(inFolder)].map((card) => card.id);

    await vscode.workspace.fs.delete(single);
    await cardsBecome(single, [], 'deleted note gone');
    await vscode.workspace.fs.delete(at('old'), { recursive: true, useTrash: false });
    await cardsBecome(inFolder, [], 'deleted folder gone');
    assert.ok(!api.notes.index.has(single.toString()) && !api.notes.index.has(inFolder.toString()));
    for (const id of ids) assert.strictEqual(api.pack.card(id), undefined, `${id} is gone from the content`);
  });

  test('a broken card is a Problems entry (source "CRM Study") at its line with the build\'s message; the note\'s other cards still count', async () => {
    const note = await write('broken.md', [
      '# Relationship notes', '', '## Loyalty ladder', 'aliases: ladder of loyalty', '',
      'Customers climb from prospect to advocate as the relationship deepens.', '', '### Cards', '',
      'MC: Which rung is at the top of the loyalty ladder?', '- [x] Advocate', '- [x] Partner', '- [ ] Prospect', '',
      'Q: Where does a new customer start on the ladder?', 'A: As a prospect.', '',
    ].join('\n'));
    await cardsBecome(note, ['Where does a new customer start on the ladder? → As a prospect.'], 'the valid card indexed');
    const problems = await until('the Problems entry', () => {
      const found = vscode.languages.getDiagnostics(note).filter((d) => d.source === 'CRM Study');
      return found.length > 0 && found;
    });
    assert.strictEqual(problems.length, 1);
    assert.strictEqual(problems[0].range.start.line, 9, 'at the MC card (line 10)');
    assert.strictEqual(problems[0].severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(problems[0].message, 'multiple choice card needs exactly one right answer ([x]); found 2');
    await vscode.workspace.fs.delete(note);
    await until('the entry to go with the note', () => vscode.languages.getDiagnostics(note).length === 0);
  });

  test('a card two notes share is one card (one progress) in the first, with a Problems warning at the copy', async () => {
    const first = await write('shared-a.md', '#flashcards\n\nGartner::Eight building blocks of CRM\n');
    await cardsBecome(first, ['Gartner → Eight building blocks of CRM'], 'first note indexed');
    const second = await write('shared-b.md', '# Copy\n\n#flashcards\n\nGartner::Eight building blocks\n');
    const problems = await until('the Problems entry', () => {
      const found = vscode.languages.getDiagnostics(second).filter((d) => d.source === 'CRM Study');
      return found.length > 0 && found;
    });
    assert.deepStrictEqual(cardsOf(second), [], 'the copy adds no second card');
    assert.strictEqual(problems.length, 1);
    assert.strictEqual(problems[0].range.start.line, 4, 'at the card\'s line (line 5)');
    assert.strictEqual(problems[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.match(problems[0].message, /shared-a\.md:3/);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(first).filter((d) => d.source === 'CRM Study'), [], 'the first note has none');

    await vscode.workspace.fs.delete(first);
    await cardsBecome(second, ['Gartner → Eight building blocks'], 'the copy takes the card over when the first goes');
    await until('the warning to go', () => vscode.languages.getDiagnostics(second).length === 0);
  });

  test('crmStudy.notes.exclude and a .gitignore keep folders out, and taking the setting back brings them in', async function () {
    this.timeout(40000);
    await vscode.workspace.getConfiguration('crmStudy').update('notes.exclude', ['**/drafts/**'], vscode.ConfigurationTarget.Global);
    await api.notes.idle();
    await write('.gitignore', 'private/\n');
    await sleep(300);
    await api.notes.idle();
    const draft = await write('drafts/idea.md', '#flashcards\n\nDraft prompt::draft answer\n');
    const secret = await write('private/mine.md', '#flashcards\n\nPrivate prompt::private answer\n');
    const sentinel = await write('kept.md', '#flashcards\n\nKept prompt::kept answer\n');
    await cardsBecome(sentinel, ['Kept prompt → kept answer'], 'the note beside them indexed');
    await sleep(300);
    await api.notes.idle();
    assert.deepStrictEqual(cardsOf(draft), [], 'the excluded folder gives nothing');
    assert.deepStrictEqual(cardsOf(secret), [], 'the .gitignored folder gives nothing');
    assert.ok(!api.notes.index.has(draft.toString()) && !api.notes.index.has(secret.toString()), 'neither is indexed at all');

    await vscode.workspace.getConfiguration('crmStudy').update('notes.exclude', undefined, vscode.ConfigurationTarget.Global);
    await cardsBecome(draft, ['Draft prompt → draft answer'], 'setting removed: the folder comes in');
    await vscode.workspace.fs.delete(at('.gitignore'));
    await cardsBecome(secret, ['Private prompt → private answer'], '.gitignore removed: the folder comes in');
  });

  test('a file over 1 MB and a binary file are skipped, each with one line in the output channel', async () => {
    const big = await write('big.md', '#flashcards\n\nBig prompt::big answer\n' + 'x'.repeat(1024 * 1024));
    const binary = await write('binary.md', new Uint8Array([0x23, 0x66, 0x6c, 0x61, 0x73, 0x68, 0x00, 0x01, 0x3a, 0x3a]));
    const bigLine = `Notes: skipped ${file('big.md')}: 1.1 MB is over the 1 MB limit for notes`;
    const binaryLine = `Notes: skipped ${file('binary.md')}: not a text file (it holds NUL bytes)`;
    await until('the skip lines', () => api.notes.output.includes(bigLine) && api.notes.output.includes(binaryLine));
    await api.notes.idle();
    assert.strictEqual(api.notes.output.filter((line) => line === bigLine).length, 1, 'one line, not one per event');
    assert.deepStrictEqual(cardsOf(big), []);
    assert.ok(!api.notes.index.has(big.toString()) && !api.notes.index.has(binary.toString()));
  });

  test('a Markdown file outside the workspace folders counts while it is open in an editor, and not after', async function () {
    this.timeout(40000);
    const outside = vscode.Uri.file(`${os.tmpdir()}/crm-outside-${process.pid}.md`);
    await vscode.workspace.fs.writeFile(outside, encode('#flashcards\n\nOutside prompt::outside answer\n'));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(outside));
      await cardsBecome(outside, ['Outside prompt → outside answer'], 'open outside note indexed');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await cardsBecome(outside, [], 'closed outside note gone');
    } finally {
      await vscode.workspace.fs.delete(outside).then(undefined, () => undefined);
    }
  });

  test('the saved index spares a reload every unchanged file; a changed one is read again; a corrupt one is ignored', async function () {
    this.timeout(60000);
    const uri = await write('cached.md', '#flashcards\n\nCached prompt::cached answer\n');
    await cardsBecome(uri, ['Cached prompt → cached answer'], 'note indexed');
    assert.ok(api.notes.cacheUri, 'a folder workspace has workspace storage');
    await api.notes.saveCache();
    const warm = await api.notes.coldStart();
    console.log(`      reload from the saved index: ${warm.notes} notes, ${warm.fromCache} from it, ${warm.read} read, ${warm.ms} ms`);
    assert.strictEqual(warm.read, 0, 'no file read again');
    assert.strictEqual(warm.fromCache, warm.notes);
    const inFolders = [...api.notes.index.uris()].filter((key) => vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(key)));
    assert.strictEqual(warm.notes, inFolders.length);
    assert.strictEqual(warm.cards, api.pack.noteCards.length, 'the same cards as the live index');

    await write('cached.md', '#flashcards\n\nCached prompt::a new answer\n');
    await cardsBecome(uri, ['Cached prompt → a new answer'], 'note changed');
    const afterChange = await api.notes.coldStart();
    assert.strictEqual(afterChange.read, 1, 'only the changed note is read (the saved index is older than it)');

    await vscode.workspace.fs.writeFile(api.notes.cacheUri!, encode('{"format":1,"build": tru'));
    const corrupt = await api.notes.coldStart();
    assert.strictEqual(corrupt.read, corrupt.notes, 'every note read from its file');
    assert.strictEqual(corrupt.cards, api.pack.noteCards.length);
    await api.notes.saveCache();
    assert.strictEqual((await api.notes.coldStart()).read, 0, 'overwritten by the next save');
  });
});

suite('My notes: code actions', () => {
  // The stub grammar has no fixes and nothing to pin: this parser adds them the
  // way the real grammar reports them (NoteFix, PinPlace), so the provider and
  // its edits run in the real extension host.
  const parser: NoteParser = (text, note) => {
    const parsed = parseNote(text, note);
    const lines = text.split(/\r?\n/);
    const pinnable = parsed.pinnable.length
      ? parsed.pinnable
      : parsed.cards
          .filter((card) => !lines[card.line - 1].includes('{#'))
          .map((card) => ({ line: card.line, column: lines[card.line - 1].trimEnd().length, pin: card.id.slice(NOTE_CARD_PREFIX.length), cardIds: [card.id] }));
    const diagnostics = parsed.diagnostics.length
      ? parsed.diagnostics
      : lines.flatMap((line, i) =>
          line.startsWith('Aliasses:')
            ? [{ file: note.file, line: i + 1, severity: 'error' as const, message: 'unknown field "Aliasses"', fix: { title: 'Change to "aliases"', line: i + 1, start: 0, end: 8, text: 'aliases' } }]
            : [],
        );
    return { ...parsed, pinnable, diagnostics };
  };
  let index: NotesIndex;
  let registered: vscode.Disposable;
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    await activateApi<CrmStudyTestApi>();
    index = new NotesIndex(new ContentIndex({ version: 1, topics: [], concepts: [], cards: [] }), parser);
    registered = vscode.Disposable.from(registerProblems(index), registerNoteCodeActions(index, () => undefined));
    doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '#flashcards\n\nAliasses: KAM\nPin me::an answer\n' });
    await vscode.window.showTextDocument(doc);
    index.update({ uri: doc.uri.toString(), file: 'untitled.md' }, doc.getText());
  });

  suiteTeardown(async () => {
    registered?.dispose();
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  const actionsAt = (line: number, kind?: vscode.CodeActionKind) =>
    vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, doc.lineAt(line).range, kind?.value);

  test('a diagnostic with a fix offers it as the preferred quick fix, and applying it fixes the line', async () => {
    await until('the diagnostic', () => vscode.languages.getDiagnostics(doc.uri).some((d) => d.source === 'CRM Study'));
    const fix = (await actionsAt(2, vscode.CodeActionKind.QuickFix)).find((a) => a.title === 'Change to "aliases"');
    assert.ok(fix?.edit, 'the quick fix is offered');
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind));
    assert.strictEqual(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(doc.lineAt(2).text, 'aliases: KAM');
  });

  test('"Pin card id" on a card\'s first line appends {#id}, and the card keeps its id', async () => {
    const before = parseNote(doc.getText(), { uri: doc.uri.toString(), file: 'untitled.md' }).cards.find((c) => c.prompt === 'Pin me')!;
    assert.deepStrictEqual((await actionsAt(2)).filter((a) => a.title === 'Pin card id'), [], 'nothing to pin on a line that is no card');
    const pin = (await actionsAt(3)).find((a) => a.title === 'Pin card id');
    assert.ok(pin?.edit, '"Pin card id" is offered on the card');
    assert.ok(await vscode.workspace.applyEdit(pin.edit));
    assert.strictEqual(doc.lineAt(3).text, `Pin me::an answer {#${before.id.slice(NOTE_CARD_PREFIX.length)}}`);
    const after = parseNote(doc.getText(), { uri: doc.uri.toString(), file: 'untitled.md' }).cards.find((c) => c.line === 4)!;
    assert.strictEqual(after.id, before.id);
  });
});
