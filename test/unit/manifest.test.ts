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

  test('every webview type in constants.ts activates the extension when VS Code restores its panel', () => {
    const events = manifest.activationEvents ?? [];
    const missing = Object.values(WebviewTypes).filter((type) => !events.includes(`onWebviewPanel:${type}`));
    assert.deepStrictEqual(missing, [], 'webview types without an onWebviewPanel: activation event');
  });
});
