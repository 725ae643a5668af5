// "Search Concepts" inside a real VS Code: the command opens the picker, a typed
// query is ranked by our index (not re-sorted by VS Code), and accepting the
// first row opens that concept's page. Driven through the real QuickPick with
// workbench.action.acceptSelectedQuickOpenItem, as Enter would.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CrmStudyTestApi } from '../../src/api';
import { activateApi, allTabs, sleep, until } from './helpers';
import { emptyStateItems, resultItems } from '../../src/features/search/items';
import { SearchIndex } from '../../src/core/search/searchIndex';
import { ContentIndex } from '../../src/core/content/contentIndex';



/** Runs the command with a query typed in, then presses "Enter" on the active (first) row. */
async function searchAndAccept(query: string): Promise<void> {
  await vscode.commands.executeCommand('crmStudy.searchConcepts', query);
  await sleep(400); // the picker's items reach the workbench
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
}

suite('Search Concepts', () => {
  let pack: ContentIndex;

  suiteSetup(async () => {
    pack = (await activateApi<CrmStudyTestApi>()).pack;
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('"Search Concepts" is a palette command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('crmStudy.searchConcepts'));
  });

  test('typing "dwyr phases" and pressing Enter opens Dwyer\'s concept page', async () => {
    await searchAndAccept('dwyr phases');
    const tab = await until('a tab for Dwyer\'s phases', () => allTabs().find((t) => /Dwyer's relationship development phases/.test(t.label)));
    assert.ok(!(tab.input instanceof vscode.TabInputText), `the page is rendered (${tab.label})`);
  });

  test('our ranking is kept: "crm" opens Customer relationship management, not "CRM perspectives"', async () => {
    // VS Code's own label sort would put "CRM perspectives" (label starts with CRM) first.
    await searchAndAccept('crm');
    const tab = await until('a concept tab', () => allTabs().find((t) => /Customer relationship management|CRM perspectives/.test(t.label)));
    assert.match(tab.label, /Customer relationship management/);
  });

  test('accepting "No concept matches" opens nothing and keeps the picker for retyping', async () => {
    const before = allTabs().length;
    await searchAndAccept('xyzzy qwv');
    await sleep(500);
    assert.strictEqual(allTabs().length, before);
  });

  test('the picker lists a card under its concept, and a miss as one "No concept matches" row', () => {
    const index = SearchIndex.fromPack(pack);
    const items = resultItems(index, pack, 'payne frow processes');
    assert.strictEqual(items[0].label, "Payne & Frow's five CRM processes");
    assert.strictEqual(items[0].conceptId, 'five-crm-processes');
    assert.strictEqual(items[0].description, "Payne & Frow's framework");
    assert.ok(items.every((i) => i.alwaysShow), 'VS Code must not filter our results away');
    const card = items.find((i) => i.description?.startsWith('card'));
    assert.ok(card && card.conceptId, 'a card that opens its concept');
    assert.deepStrictEqual(resultItems(index, pack, 'xyzzy qwv').map((i) => [i.label, i.conceptId]), [["No concept matches 'xyzzy qwv'", undefined]]);
    assert.match(resultItems(index, pack, 'xyzzy')[0].detail ?? '', /acronym like KAM/);
  });

  test('an empty box shows recent concepts first, then every topic', () => {
    const items = emptyStateItems(pack, ['scope', 'gone-concept', 'kam']);
    assert.strictEqual(items[0].label, 'recent');
    assert.strictEqual(items[0].kind, vscode.QuickPickItemKind.Separator);
    assert.deepStrictEqual(items.slice(1, 3).map((i) => i.conceptId), ['scope', 'kam']);
    const separators = items.filter((i) => i.kind === vscode.QuickPickItemKind.Separator).map((i) => i.label);
    assert.deepStrictEqual(separators.slice(1), pack.topics.filter((t) => pack.conceptsIn(t.id).length).map((t) => t.title));
    assert.strictEqual(emptyStateItems(pack, [])[0].label, pack.topics[0].title, 'no recent concepts: the first topic leads');
  });
});
