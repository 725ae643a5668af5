// The student's notes beside the pack, in a real VS Code: a note's part is put
// into the shared content index (as the notes indexer does, through the
// Test-mode API), with its URI a real file in the workspace, and then every
// view shows it: the hover of their term in another note, F12 to the line that
// defines it, My notes in the Concepts view opening the note at its line,
// Search, the flashcards on My notes, the concept page. Taking the note's part
// out takes it out of every view again.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CrmStudyTestApi } from '../../src/api';
import type { ConceptTreeNode } from '../../src/core/concepts/conceptTree';
import type { NoteContent } from '../../src/core/content/contentIndex';
import { Card, Concept, deckTopicId, MY_NOTES, Topic } from '../../src/core/content/model';
import { activateApi, allTabs, sleep, until } from './helpers';

/** The note on disk: plain prose, no study syntax, so a notes indexer finds nothing of its own in it. */
const NOTE_TEXT = [
  '# Week 3: loyalty',
  '',
  'Loyalty flywheel, in my words: happy customers bring more customers.',
  'It has three turns to it.',
  '',
  'Questions I want to be asked later:',
  'What keeps the flywheel turning? Customers who come back.',
  '',
  'My own take on key account management for the exam.',
].join('\n');

const DECK = 'crm/week3';

function noteParts(uri: string, file: string): NoteContent {
  const topic: Topic = { id: deckTopicId(DECK), title: DECK, order: Number.MAX_SAFE_INTEGER, summary: '', file, line: 1 };
  const concept = (id: string, term: string, line: number, definition: string, acronyms: string[] = []): Concept => ({
    id, uri, term, topic: topic.id, aliases: [...acronyms], acronyms, definition, details: '', parts: [], source: '', related: [], file, line,
  });
  const flywheel = { ...concept('notes:it/flywheel', 'Loyalty flywheel', 3, 'Happy customers bring more customers, who keep the wheel turning.', ['LFW']), parts: [{ name: 'Attract', description: '' }, { name: 'Delight', description: '' }, { name: 'Keep', description: '' }] };
  const mine = concept('notes:it/kam', 'Key account management', 9, 'My own take: look after the few clients that make most of the revenue.', ['KAM']);
  const card = (id: string, conceptId: string, prompt: string, answer: string, line: number): Card => ({
    id, uri, conceptId, topic: topic.id, source: '', kind: 'basic', prompt, answer, file, line,
  });
  return {
    topic,
    concepts: [flywheel, mine],
    cards: [card('notes:it/flywheel-q', flywheel.id, 'What does the flywheel start with?', 'Attract', 4), card('notes:it/loose', '', 'What keeps the flywheel turning?', 'Customers who come back', 7)],
  };
}

async function hoverText(doc: vscode.TextDocument, needle: string, offset = 1): Promise<string> {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is not in the note`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + offset));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n---\n');
}

/** Hover Markdown with its escapes removed ("crm\\-notes" reads "crm-notes"). */
const unescaped = (markdown: string): string => markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');

async function definitions(doc: vscode.TextDocument, needle: string): Promise<vscode.Location[]> {
  const at = doc.getText().indexOf(needle);
  const result = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, doc.positionAt(at + 1));
  return result.map((r) => ('targetUri' in r ? new vscode.Location(r.targetUri, r.targetRange) : r));
}

async function rows(tree: vscode.TreeDataProvider<ConceptTreeNode>, node?: ConceptTreeNode): Promise<ConceptTreeNode[]> {
  return (await tree.getChildren(node)) ?? [];
}

suite('The student\'s notes in every view', () => {
  let api: CrmStudyTestApi;
  let noteUri: vscode.Uri;
  let key: string;
  let other: vscode.TextDocument;

  suiteSetup(async () => {
    api = await activateApi<CrmStudyTestApi>();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the suite runs with the sample notes open');
    noteUri = vscode.Uri.joinPath(folder.uri, `crm-notes-test-${process.pid}.md`);
    await vscode.workspace.fs.writeFile(noteUri, new TextEncoder().encode(NOTE_TEXT));
    // Not the file's URI as key: the notes indexer keeps its own part of this file under that.
    key = `crm-test:${noteUri.toString()}`;
  });

  setup(async () => {
    // Another note, where the student's terms are used: opened afresh, as closing editors may dispose an untitled one.
    other = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'In class our loyalty flywheel came up, and the LFW again; our KAM team too.\nNothing of mine here.' });
    api.pack.setNote(key, noteParts(noteUri.toString(), vscode.workspace.asRelativePath(noteUri)));
    await api.flashcards.store.reset();
  });

  teardown(async () => {
    api.pack.setNote(key, undefined);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  suiteTeardown(async () => {
    api?.pack.setNote(key, undefined);
    await api?.flashcards.store.reset();
    if (noteUri) await vscode.workspace.fs.delete(noteUri).then(undefined, () => undefined);
  });

  test('hovering the student\'s term in another note shows their definition and where it is written', async () => {
    const text = await hoverText(other, 'loyalty flywheel', 3);
    assert.match(text, /\*\*Loyalty flywheel\*\* \(LFW\)/);
    assert.ok(text.includes('Happy customers bring more customers'), text);
    assert.match(unescaped(text), /Your note · \[crm-notes-test-\d+\.md:3\]\(command:crmStudy\.openNote\?/);
    assert.match(await hoverText(other, 'LFW'), /Loyalty flywheel/);
  });

  test('hovering a course term the student defines too shows the pack\'s definition, then theirs', async () => {
    const text = await hoverText(other, 'KAM team');
    const pack = api.pack.concept('kam')!;
    const packAt = text.indexOf(pack.definition);
    const theirs = text.indexOf('My own take: look after the few clients');
    assert.ok(packAt >= 0 && theirs > packAt, text);
    assert.match(unescaped(text), /\*\*Your definition\*\* · \[crm-notes-test-\d+\.md:9\]\(command:crmStudy\.openNote\?/);
  });

  test('F12 on the student\'s term goes to the line of the note; on KAM, to the concept page and to the note', async () => {
    const [flywheel] = await definitions(other, 'loyalty flywheel');
    assert.strictEqual(flywheel.uri.toString(), noteUri.toString());
    assert.strictEqual(flywheel.range.start.line, 2);
    const kam = await definitions(other, 'KAM team');
    assert.deepStrictEqual(kam.map((l) => l.uri.scheme), ['crm-study', noteUri.scheme]);
    assert.strictEqual(kam[1].range.start.line, 8);
  });

  test('the Concepts view lists My notes after the topics, with the deck, the concept with its parts and card, and the loose card; a row opens the note at its line', async () => {
    const tree = api.conceptTree;
    const roots = await rows(tree);
    const notes = roots.at(-1)!;
    assert.strictEqual(notes.kind, 'notes');
    const notesItem = await tree.getTreeItem(notes);
    assert.strictEqual(notesItem.label, 'My notes');
    assert.strictEqual(notesItem.contextValue, 'topic', 'Study and Quiz apply');
    const [deck] = await rows(tree, notes);
    assert.strictEqual(deck.kind === 'topic' && deck.topicId, deckTopicId(DECK));
    const inDeck = await rows(tree, deck);
    assert.deepStrictEqual(inDeck.map((r) => r.kind), ['concept', 'concept', 'card']);
    const flywheel = inDeck[0];
    const under = await rows(tree, flywheel);
    assert.deepStrictEqual(under.map((r) => r.kind), ['part', 'part', 'part', 'card']);
    const item = await tree.getTreeItem(inDeck[2]);
    assert.strictEqual(item.command?.command, 'crmStudy.openNote');
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = await until('the note open at its card', () => vscode.window.activeTextEditor?.document.uri.toString() === noteUri.toString() && vscode.window.activeTextEditor);
    assert.strictEqual(editor.selection.active.line, 6);
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('crmStudy.revealConcept', 'notes:it/flywheel'), true);
  });

  test('Search finds the student\'s concept, and Enter opens the note at its line', async () => {
    await vscode.commands.executeCommand('crmStudy.searchConcepts', 'loyalty flywheel');
    await sleep(400);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const editor = await until('the note open at the concept', () => vscode.window.activeTextEditor?.document.uri.toString() === noteUri.toString() && vscode.window.activeTextEditor);
    assert.strictEqual(editor.selection.active.line, 2);
  });

  test('flashcards opened on My notes show the student\'s cards, the loose one included', async function () {
    this.timeout(60000);
    await vscode.commands.executeCommand('crmStudy.openFlashcards', MY_NOTES);
    const panel = await until('the panel', () => api.flashcards.panel, 15000);
    assert.strictEqual(panel.panelState.topicId, MY_NOTES);
    const first = await until('a card', () => panel.currentCardId(), 15000);
    assert.ok(['notes:it/flywheel-q', 'notes:it/loose'].includes(first), first);
    await panel.send({ type: 'grade', cardId: first, grade: 'easy' });
    const second = await until('the next card', () => panel.currentCardId() !== first && panel.currentCardId());
    assert.ok(['notes:it/flywheel-q', 'notes:it/loose'].includes(second), second);
    assert.ok(api.flashcards.dueCounts.dueCount(MY_NOTES) >= 0);
    // The note goes: its cards leave the open session.
    api.pack.setNote(key, undefined);
    await until('the session to end without the note\'s cards', () => panel.currentCardId() === undefined);
  });

  test('"Show Concept" on the student\'s concept opens its page', async () => {
    await vscode.commands.executeCommand('crmStudy.showConcept', 'notes:it/flywheel');
    await until('a tab for Loyalty flywheel', () => allTabs().find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Loyalty flywheel'));
  });

  test('taking the note\'s part out takes it out of the hover, F12, the Concepts view and Search', async () => {
    api.pack.setNote(key, undefined);
    assert.strictEqual(await hoverText(other, 'loyalty flywheel', 3), '');
    assert.ok(!(await hoverText(other, 'KAM team')).includes('Your definition'));
    assert.deepStrictEqual((await definitions(other, 'KAM team')).map((l) => l.uri.scheme), ['crm-study']);
    const roots = await rows(api.conceptTree);
    assert.ok(roots.every((r) => r.kind !== 'notes'), 'no My notes row');
    assert.strictEqual(api.conceptTree.tree.conceptNode('notes:it/flywheel'), undefined);
    await vscode.commands.executeCommand('crmStudy.searchConcepts', 'loyalty flywheel');
    await sleep(400);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await sleep(400);
    assert.notStrictEqual(vscode.window.activeTextEditor?.document.uri.toString(), noteUri.toString(), 'nothing of the note is found');
  });
});
