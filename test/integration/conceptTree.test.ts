// The Concepts sidebar and the concept page inside a real VS Code: the tree's
// rows, SCOPE's parts, "Show Concept", the crm-study: page provider, and
// "Insert Definition into Note" editing a real document.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { conceptUri } from '../../src/vscode/conceptUri';
import type { CrmStudyTestApi } from '../../src/api';
import { activateApi, allTabs, until } from './helpers';


/** The shape of a Concepts tree row as other commands receive it. */
interface Row {
  kind: 'topic' | 'notes' | 'concept' | 'part' | 'card';
  topicId?: string;
  conceptId?: string;
}

const api = () => activateApi<CrmStudyTestApi>();

async function children(tree: vscode.TreeDataProvider<Row>, row?: Row): Promise<Row[]> {
  return (await tree.getChildren(row)) ?? [];
}

async function label(tree: vscode.TreeDataProvider<Row>, row: Row): Promise<string> {
  const item = await tree.getTreeItem(row);
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

suite('Concepts view and concept page', () => {
  let tree: vscode.TreeDataProvider<Row>;
  let crm: CrmStudyTestApi;

  suiteSetup(async () => {
    crm = await api();
    tree = crm.conceptTree;
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the tree starts with the topics, Foundations and Relationships among them', async () => {
    const topics = await children(tree);
    const labels = await Promise.all(topics.map((t) => label(tree, t)));
    assert.strictEqual(labels[0], 'Foundations');
    assert.ok(labels.includes('Relationships'), labels.join(', '));
    assert.ok(topics.every((t) => t.kind === 'topic' && typeof t.topicId === 'string'));
    const item = await tree.getTreeItem(topics[0]);
    assert.strictEqual(item.contextValue, 'topic');
    assert.match(String(item.description), /^\d+ concepts?$/);
  });

  test('a graded card shows its topic\'s readiness ("N% …") and the tooltip says what it is; without it the concept count returns', async () => {
    const relationships = (await children(tree)).find((t) => t.topicId === 'relationships')!;
    const cards = crm.pack.cardsIn('relationships');
    const now = Date.now();
    const record = { due: now + 5 * 86_400_000, stability: 5, difficulty: 5, scheduledDays: 5, learningSteps: 0, reps: 1, lapses: 0, state: 2 as const, lastReview: now, firstReview: now };
    await crm.flashcards.store.set(cards[0].id, record);
    try {
      // Recall 1 today for one card, 0 for the others still new.
      const expected = `${Math.round(100 / cards.length)}%`;
      const item = await until('the readiness shows', async () => {
        const it = await tree.getTreeItem(relationships);
        return String(it.description) === expected ? it : undefined;
      });
      const tooltip = (item.tooltip as vscode.MarkdownString).value;
      assert.ok(tooltip.includes(`Predicted recall of its ${cards.length} cards now: ${expected}.`), tooltip);
      assert.ok(tooltip.includes('New cards count as not known.'), tooltip);
    } finally {
      await crm.flashcards.store.set(cards[0].id, undefined);
    }
    await until('the concept count returns', async () => /^\d+ concepts?$/.test(String((await tree.getTreeItem(relationships)).description)));
  });

  test('Relationships holds concepts that open their page when selected', async () => {
    const relationships = (await children(tree)).find((t) => t.topicId === 'relationships')!;
    const concepts = await children(tree, relationships);
    assert.ok(concepts.length > 0);
    const scope = concepts.find((c) => c.conceptId === 'scope');
    assert.ok(scope, 'SCOPE is under Relationships');
    const item = await tree.getTreeItem(scope);
    assert.strictEqual(item.contextValue, 'concept');
    assert.strictEqual(item.command?.command, 'crmStudy.showConcept');
    assert.deepStrictEqual(item.command?.arguments, ['scope']);
    assert.ok(item.tooltip instanceof vscode.MarkdownString && item.tooltip.value.includes(crm.pack.concept('scope')!.definition), 'the definition is the tooltip');
  });

  test('SCOPE lists Suppliers, Customers, Owners, Partners, Employees in order', async () => {
    const relationships = (await children(tree)).find((t) => t.topicId === 'relationships')!;
    const scope = (await children(tree, relationships)).find((c) => c.conceptId === 'scope')!;
    const parts = await children(tree, scope);
    const labels = await Promise.all(parts.map((p) => label(tree, p)));
    assert.deepStrictEqual(labels.map((l) => l.replace(/^\d+\. /, '').split(' ')[0]), ['Suppliers', 'Customers', 'Owners', 'Partners', 'Employees']);
    assert.strictEqual((await tree.getTreeItem(parts[0])).contextValue, 'part');
    assert.strictEqual(tree.getParent?.(parts[0]), scope);
  });

  test('"Reveal in Concepts" reveals SCOPE without error', async () => {
    const revealed = await vscode.commands.executeCommand<boolean>('crmStudy.revealConcept', 'scope');
    assert.strictEqual(revealed, true);
  });

  test('the crm-study: page of SCOPE holds its definition, parts, source and cards', async () => {
    const document = await vscode.workspace.openTextDocument(conceptUri({ id: 'scope', term: 'SCOPE network' }));
    const text = document.getText();
    assert.strictEqual(document.languageId, 'markdown');
    assert.match(text, /^# SCOPE network/);
    assert.match(text, /1\. \*\*Suppliers\*\*/);
    assert.match(text, /Source: Buttle \(2009\)/);
    assert.match(text, /## Study cards/);
  });

  test('an unknown concept page says so instead of failing', async () => {
    const document = await vscode.workspace.openTextDocument(conceptUri({ id: 'no-such-concept', term: 'Nothing' }));
    assert.match(document.getText(), /Concept not found/);
  });

  test('"Show Concept" opens the concept rendered, not as Markdown source', async () => {
    await vscode.commands.executeCommand('crmStudy.showConcept', 'kam');
    const tab = await until('a tab for Key account management', () =>
      allTabs().find((t) => /Key account management/.test(t.label)));
    assert.ok(tab.input instanceof vscode.TabInputWebview, `the page is rendered in a panel, not shown as source (${tab.label})`);
    assert.strictEqual(tab.label, 'Key account management');
  });

  test('"Show Concept" accepts a tree row', async () => {
    const relationships = (await children(tree)).find((t) => t.topicId === 'relationships')!;
    const scope = (await children(tree, relationships)).find((c) => c.conceptId === 'scope')!;
    await vscode.commands.executeCommand('crmStudy.showConcept', scope);
    await until('a tab for SCOPE network', () => allTabs().find((t) => /SCOPE network/.test(t.label)));
  });

  test('showing one concept after another reuses a single panel', async () => {
    await vscode.commands.executeCommand('crmStudy.showConcept', 'kam');
    await vscode.commands.executeCommand('crmStudy.showConcept', 'scope');
    await until('the panel to show SCOPE network', () =>
      allTabs().find((t) => t.label === 'SCOPE network'));
    const panels = allTabs().filter((t) => t.input instanceof vscode.TabInputWebview);
    assert.deepStrictEqual(panels.map((t) => t.label), ['SCOPE network']);
  });

  test('"Show Concept" with an unknown id opens nothing', async () => {
    const shown = await vscode.commands.executeCommand<boolean>('crmStudy.showConcept', 'no-such-concept');
    assert.strictEqual(shown, false);
  });

  test('"Insert Definition into Note" puts the KAM quote at the cursor of a Markdown note', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Lecture 5\n\nOur team\n' });
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(2, 8, 2, 8);
    const done = await vscode.commands.executeCommand<boolean>('crmStudy.insertDefinition', 'kam');
    assert.strictEqual(done, true);
    const kam = crm.pack.concept('kam')!;
    const text = document.getText();
    assert.ok(text.startsWith('# Lecture 5\n\nOur team\n\n> **Key account management** (KAM): '), text);
    assert.ok(text.includes(` — ${kam.source}\n`), text);
  });

  test('"Copy Definition" puts the same quote on the clipboard', async () => {
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('crmStudy.copyDefinition', { conceptId: 'kam' });
    assert.match(await vscode.env.clipboard.readText(), /^> \*\*Key account management\*\* \(KAM\): .* — Buttle \(2009\)$/);
  });
});
