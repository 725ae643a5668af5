// Composition only: load the course pack, build the services, register the features.

import * as vscode from 'vscode';
import { ContentIndex } from './core/contentIndex';
import { loadBundledPack } from './packLoader';
import { createOutput, registerPackInfo } from './features/packInfo';

export interface CrmStudyApi {
  pack: ContentIndex;
}

export function activate(context: vscode.ExtensionContext): CrmStudyApi {
  const output = createOutput();
  context.subscriptions.push(output);
  let pack: ContentIndex;
  try {
    pack = loadBundledPack(context.extensionPath);
    output.appendLine(pack.summary());
  } catch (error) {
    pack = new ContentIndex({ version: 1, topics: [], concepts: [], cards: [] });
    const message = `CRM Study Notes could not load its course pack: ${error instanceof Error ? error.message : String(error)}`;
    output.appendLine(message);
    void vscode.window.showErrorMessage(message);
  }
  context.subscriptions.push(registerPackInfo(output));
  return { pack };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
