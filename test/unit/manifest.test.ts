// package.json against src/vscode/constants.ts: the ids the code registers and
// reads are the ids the manifest contributes, both ways. A command missing from
// package.json never shows in the palette or a menu; a setting missing from it
// is never offered in Settings; a webview type without its onWebviewPanel event
// comes back blank after a reload because the serializer is not ready in time.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Commands, Settings, Views, WebviewTypes } from '../../src/vscode/constants';

interface Manifest {
  activationEvents?: string[];
  contributes: {
    commands?: Array<{ command: string }>;
    configuration?: { properties: Record<string, unknown> } | Array<{ properties: Record<string, unknown> }>;
    viewsContainers?: Record<string, Array<{ id: string }>>;
    views?: Record<string, Array<{ id: string }>>;
  };
}

const manifest: Manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
const { contributes } = manifest;

const contributedCommands = (contributes.commands ?? []).map((c) => c.command);
const contributedSettings = [contributes.configuration ?? []].flat().flatMap((c) => Object.keys(c.properties));
const contributedContainers = Object.values(contributes.viewsContainers ?? {}).flat().map((c) => c.id);
const contributedViews = Object.values(contributes.views ?? {}).flat().map((v) => v.id);

const { section, ...settingKeys } = Settings;
const ourSettings = Object.values(settingKeys).map((key) => `${section}.${key}`);
const ourCommands = Object.values(Commands);
const { container, ...viewIds } = Views;
const ourViews = Object.values(viewIds);

/** The ids of `ids` that `other` lacks. */
const missingFrom = (ids: readonly string[], other: readonly string[]): string[] => ids.filter((id) => !other.includes(id));

suite('package.json matches src/vscode/constants.ts', () => {
  test('every command in constants.ts is contributed in package.json', () => {
    assert.deepStrictEqual(missingFrom(ourCommands, contributedCommands), []);
  });

  test('every command package.json contributes is in constants.ts', () => {
    assert.ok(contributedCommands.length > 0, 'package.json contributes no commands');
    assert.deepStrictEqual(missingFrom(contributedCommands, ourCommands), []);
  });

  test('every setting in constants.ts is contributed under crmStudy.*', () => {
    assert.deepStrictEqual(missingFrom(ourSettings, contributedSettings), []);
  });

  test('every setting package.json contributes is in constants.ts', () => {
    assert.ok(contributedSettings.length > 0, 'package.json contributes no settings');
    assert.deepStrictEqual(missingFrom(contributedSettings, ourSettings), []);
  });

  test('the Concepts view and its activity-bar container are contributed, and nothing else', () => {
    assert.deepStrictEqual(missingFrom(ourViews, contributedViews), [], 'views in constants.ts but not package.json');
    assert.deepStrictEqual(missingFrom(contributedViews, ourViews), [], 'views in package.json but not constants.ts');
    assert.deepStrictEqual(contributedContainers, [container]);
    assert.ok(contributes.views?.[container], `no views in the ${container} container`);
  });

  test('every menu entry runs a contributed command (a typo hides the entry silently)', () => {
    const menus = (manifest.contributes as { menus?: Record<string, Array<{ command?: string }>> }).menus ?? {};
    const inMenus = Object.values(menus).flat().map((entry) => entry.command).filter((id): id is string => !!id);
    assert.deepStrictEqual(missingFrom(inMenus, contributedCommands), []);
  });

  test('every webview type in constants.ts activates the extension when VS Code restores its panel', () => {
    const events = manifest.activationEvents ?? [];
    const missing = Object.values(WebviewTypes).filter((type) => !events.includes(`onWebviewPanel:${type}`));
    assert.deepStrictEqual(missing, [], 'webview types without an onWebviewPanel: activation event');
  });
});

// package.json's user-facing strings live in package.nls.json (VS Code's
// localisation of the manifest): a %key% without its string shows as the raw
// key in the palette, the sidebar or Settings.
suite('package.json strings (package.nls.json)', () => {
  const raw = fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8');
  const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.nls.json'), 'utf8'));
  const used = [...raw.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
  const text = (value: string) => (/^%(.+)%$/.exec(value) ? nls[/^%(.+)%$/.exec(value)![1]] : value);

  test('every %key% in package.json has its English string, and every string is used', () => {
    assert.deepStrictEqual(used.filter((key) => typeof nls[key] !== 'string' || !nls[key].trim()), []);
    assert.deepStrictEqual(Object.keys(nls).filter((key) => !used.includes(key)), []);
  });

  test('the names a student sees are the product names', () => {
    const json = JSON.parse(raw) as { displayName: string; contributes: { commands: Array<{ command: string; title: string; category: string }>; viewsContainers: { activitybar: Array<{ title: string }> }; views: Record<string, Array<{ name: string }>> } };
    assert.strictEqual(text(json.displayName), 'CRM Study Notes');
    assert.deepStrictEqual([...new Set(json.contributes.commands.map((c) => text(c.category)))], ['CRM Study']);
    assert.strictEqual(text(json.contributes.viewsContainers.activitybar[0].title), 'CRM Study');
    assert.strictEqual(text(json.contributes.views.crmStudy[0].name), 'Concepts');
    const title = (id: string) => text(json.contributes.commands.find((c) => c.command === id)!.title);
    assert.deepStrictEqual(
      [Commands.searchConcepts, Commands.openFlashcards, Commands.startQuiz, Commands.showConcept].map(title),
      ['Search Concepts', 'Open Flashcards', 'Start Quiz', 'Show Concept'],
    );
  });
});
