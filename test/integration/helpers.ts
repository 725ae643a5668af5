// What the integration suites share: our extension and its API, polling for
// something the UI does asynchronously, and the open editor tabs.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../../src/vscode/constants';

export function ourExtension<T>(): vscode.Extension<T> {
  const extension = vscode.extensions.getExtension<T>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
  return extension;
}

/** Activates the extension (if it is not yet) and returns what activate() returned. */
export function activateApi<T>(): Thenable<T> {
  return ourExtension<T>().activate();
}

/** Polls `read` until it gives a value (not undefined, null or false); fails after `ms` naming `what`. */
export async function until<T>(what: string, read: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 10000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Every tab in every editor group. */
export const allTabs = (): vscode.Tab[] => vscode.window.tabGroups.all.flatMap((group) => group.tabs);
