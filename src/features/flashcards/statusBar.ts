// The "N due" / "N new" status bar item: what is left to study today, over all
// topics; clicking it opens the flashcards on exactly that. Hidden when there
// is nothing to study.

import vscode = require('vscode');
import { Commands, StatusBarItems } from '../../vscode/constants';

/** The counts the item shows, and when they change (the DueTracker). */
export interface DueTotals {
  readonly due: number;
  readonly fresh: number;
  readonly onDidChangeDue: vscode.Event<void>;
}

/** The item's command argument: Due mode over every topic, even if the open panel was set to something else. */
export const ALL_DUE = { allDue: true } as const;

export function registerDueStatusBar(totals: DueTotals): vscode.Disposable {
  const item = vscode.window.createStatusBarItem(StatusBarItems.flashcardsDue, vscode.StatusBarAlignment.Left, 50);
  item.name = 'CRM Study: Flashcards Due';
  item.command = { command: Commands.openFlashcards, title: 'Open Flashcards', arguments: [ALL_DUE] };
  const update = () => {
    const { due, fresh } = totals;
    if (due === 0 && fresh === 0) {
      // Nothing to study today: stay out of the way.
      item.hide();
      return;
    }
    item.text = due > 0 ? `$(mortar-board) ${due} due` : `$(mortar-board) ${fresh} new`;
    const parts = [];
    if (due > 0) parts.push(`${due} ${due === 1 ? 'card' : 'cards'} due for review`);
    if (fresh > 0) parts.push(`${fresh} new ${fresh === 1 ? 'card' : 'cards'} for today`);
    item.tooltip = `CRM Study: ${parts.join(', ')}. Click to open the flashcards.`;
    item.accessibilityInformation = { label: `CRM Study flashcards: ${parts.join(', ')}`, role: 'button' };
    item.show();
  };
  update();
  return vscode.Disposable.from(item, totals.onDidChangeDue(update));
}
