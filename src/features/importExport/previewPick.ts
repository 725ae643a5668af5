// The import preview on VS Code's QuickPick, and the small steps its rows open
// (a format, a separator, a title). The rows and their words are
// previewRows.ts's; this file shows them, keeps the row the student used in
// focus when the preview comes back, and says which row was chosen. Enter on a
// problem, a decision or a card does nothing: the preview stays open.

import vscode = require('vscode');
import type { PreviewAction, PreviewChoice, PreviewRow } from './previewRows';
import type { ImportExportProbe } from './testHooks';

interface Item extends vscode.QuickPickItem {
  action?: PreviewAction;
}

/** Shows the preview until a row with an action is chosen (its action) or it is hidden (undefined). */
export function showPreview(title: string, rows: readonly PreviewRow[], active: PreviewAction, probe: ImportExportProbe | undefined, token: vscode.CancellationToken): Promise<PreviewAction | undefined> {
  const pick = vscode.window.createQuickPick<Item>();
  pick.title = title;
  pick.placeholder = vscode.l10n.t('Enter imports; choose a row to change the format, title, folder or separators; Escape cancels');
  pick.ignoreFocusOut = true;
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  const items: Item[] = rows.map((row) =>
    row.separator
      ? { label: row.label, kind: vscode.QuickPickItemKind.Separator }
      // Typing filters the cards and problems; the rows that act stay in sight.
      : { label: row.label, description: row.description, detail: row.detail, action: row.action, alwaysShow: row.action !== undefined },
  );
  pick.items = items;
  const focus = items.find((item) => item.action === active) ?? items[0];
  pick.activeItems = [focus];
  return new Promise((resolve) => {
    let settled = false;
    const subscriptions = [
      pick.onDidAccept(() => {
        const action = (pick.selectedItems[0] ?? pick.activeItems[0])?.action;
        if (!action) return;
        settled = true;
        resolve(action);
        pick.hide();
      }),
      pick.onDidHide(() => {
        if (probe) probe.preview = undefined;
        subscriptions.forEach((s) => s.dispose());
        pick.dispose();
        if (!settled) resolve(undefined);
      }),
      token.onCancellationRequested(() => pick.hide()),
    ];
    pick.show();
    pick.activeItems = [focus];
    if (probe) probe.preview = { title, rows };
  });
}

/** One choice of a few; `{ value: undefined }` is the "Custom…" row; undefined: Escape (back to the preview). */
export function pickChoice<T>(title: string, placeholder: string, choices: readonly PreviewChoice<T>[]): Promise<{ value: T | undefined } | undefined> {
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { choice: PreviewChoice<T> }>();
  pick.title = title;
  pick.placeholder = placeholder;
  pick.ignoreFocusOut = true;
  pick.items = choices.map((choice) => ({ label: choice.label, description: choice.description, detail: choice.detail, choice }));
  const current = pick.items.find((item) => item.choice.current);
  if (current) pick.activeItems = [current];
  return new Promise((resolve) => {
    let settled = false;
    pick.onDidAccept(() => {
      const item = pick.selectedItems[0] ?? pick.activeItems[0];
      if (!item) return;
      settled = true;
      resolve({ value: item.choice.value });
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      if (!settled) resolve(undefined);
    });
    pick.show();
  });
}

/** A line of text; undefined: Escape. */
export function askText(options: { title: string; prompt: string; value: string; validate?: (value: string) => string | undefined }): Promise<string | undefined> {
  return Promise.resolve(
    vscode.window.showInputBox({
      title: options.title,
      prompt: options.prompt,
      value: options.value,
      ignoreFocusOut: true,
      validateInput: options.validate,
    }),
  );
}
