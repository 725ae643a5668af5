// Pins what a student gets the moment the extension loads in a real VS Code:
// it activates, every contributed command and keybinding works, and the course
// pack is whole.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CrmStudyTestApi } from '../../src/api';
import { Commands, WebviewTypes } from '../../src/vscode/constants';
import { ourExtension } from './helpers';

const CARD_KINDS = ['basic', 'cloze', 'multipleChoice', 'listRecall', 'essay'];
type PackApi = CrmStudyTestApi;

suite('Activation', () => {
  let api: PackApi;

  suiteSetup(async () => {
    api = await ourExtension<PackApi>().activate();
  });

  test('runs in VS Code 1.100 when served by code-server', function () {
    if (!/code-server/i.test(vscode.env.appName)) this.skip();
    assert.match(vscode.version, /^1\.100\./);
  });

  test('the extension activates and hands back the course pack', () => {
    assert.strictEqual(ourExtension<PackApi>().isActive, true);
    assert.ok(api && api.pack, 'activate() returned no pack');
  });

  test('in Test mode (and only then) the exports carry the test hooks beside extendMarkdownIt', () => {
    assert.strictEqual(typeof api.extendMarkdownIt, 'function');
    assert.ok(api.flashcards && api.flashcards.store && typeof api.flashcards.reopenStore === 'function', 'no flashcards test hooks');
    assert.ok(api.conceptTree, 'no Concepts view hook');
  });

  test('every command in package.json is registered', async () => {
    const contributed: Array<{ command: string }> = ourExtension<PackApi>().packageJSON.contributes?.commands ?? [];
    assert.ok(contributed.length > 0, 'package.json contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepStrictEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  test('every command a menu names is a contributed command', () => {
    const { commands = [], menus = {} } = ourExtension<PackApi>().packageJSON.contributes ?? {};
    const contributed = new Set((commands as Array<{ command: string }>).map((c) => c.command));
    const named = Object.entries(menus as Record<string, Array<{ command?: string }>>).flatMap(([menu, items]) =>
      items.filter((item) => item.command && !contributed.has(item.command)).map((item) => `${menu}: ${item.command}`),
    );
    assert.deepStrictEqual(named, [], 'menu items naming commands missing from contributes.commands');
  });

  test('the flashcard keys are keybindings, each running a registered command only while the panel is active', async () => {
    const keybindings: Array<{ command: string; key: string; when?: string }> = ourExtension<PackApi>().packageJSON.contributes?.keybindings ?? [];
    const byKey = Object.fromEntries(keybindings.map((k) => [k.key, k.command]));
    assert.deepStrictEqual(
      { space: byKey.space, 1: byKey['1'], 2: byKey['2'], 3: byKey['3'], 4: byKey['4'], z: byKey.z },
      {
        space: Commands.flashcardsShowAnswer,
        1: Commands.flashcardsGradeAgain,
        2: Commands.flashcardsGradeHard,
        3: Commands.flashcardsGradeGood,
        4: Commands.flashcardsGradeEasy,
        z: Commands.flashcardsUndo,
      },
    );
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(keybindings.filter((k) => !registered.has(k.command)).map((k) => `${k.key}: ${k.command}`), [], 'keybindings whose command is not registered');
    const panelActive = `activeWebviewPanelId == '${WebviewTypes.flashcards}'`;
    assert.deepStrictEqual(keybindings.filter((k) => !k.when?.includes(panelActive)).map((k) => k.key), [], `keybindings not limited to ${panelActive}`);
  });

  test('the pack holds at least 60 concepts and 200 cards across its topics', () => {
    const { concepts, cards, topics } = api.pack;
    assert.ok(concepts.length >= 60, `only ${concepts.length} concepts`);
    assert.ok(cards.length >= 200, `only ${cards.length} cards`);
    assert.ok(topics.length > 0, 'no topics');
  });

  test('cards come in all five kinds', () => {
    const kinds = new Set<string>(api.pack.cards.map((c) => c.kind));
    assert.deepStrictEqual(CARD_KINDS.filter((k) => !kinds.has(k)), []);
  });

  test('every concept has at least one card and every card a concept', () => {
    const { concepts, cards } = api.pack;
    const withCards = new Set(cards.map((c) => c.conceptId));
    const conceptIds = new Set(concepts.map((c) => c.id));
    assert.deepStrictEqual(concepts.filter((c) => !withCards.has(c.id)).map((c) => c.term), []);
    assert.deepStrictEqual(cards.filter((c) => !conceptIds.has(c.conceptId)).map((c) => c.id), []);
  });

  test('"Show Course Pack Info" runs without error', async () => {
    await vscode.commands.executeCommand('crmStudy.showPackInfo');
  });
});
