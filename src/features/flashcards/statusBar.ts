// The "N due" / "N new" status bar item: what is left to study today, over all
// topics; clicking it opens the flashcards on exactly that. Hidden when there
// is nothing to study.

import vscode = require('vscode');
import { DailyPlan, describeDailyPlan, ExamPlan } from '../../core/study/examPlan';
import { Commands, StatusBarItems } from '../../vscode/constants';

/** The counts the item shows, and when they change (the DueTracker). */
export interface DueTotals {
  readonly due: number;
  readonly fresh: number;
  /** With an exam date: the daily plan the tooltip names. */
  readonly daily?: { plan: ExamPlan; daily: DailyPlan };
  readonly onDidChangeDue: vscode.Event<void>;
}

/** The item's command argument: Due mode over every topic, even if the open panel was set to something else. */
export const ALL_DUE = { allDue: true } as const;

export function registerDueStatusBar(totals: DueTotals): vscode.Disposable {
  const item = vscode.window.createStatusBarItem(StatusBarItems.flashcardsDue, vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('CRM Study: Flashcards Due');
  item.command = { command: Commands.openFlashcards, title: vscode.l10n.t('Open Flashcards'), arguments: [ALL_DUE] };
  const update = () => {
    const { due, fresh, daily } = totals;
    // Nothing to study today: stay out of the way (with an exam date too: its plan then has no new cards for today).
    if (due === 0 && fresh === 0) {
      item.hide();
      return;
    }
    item.text = `$(mortar-board) ${due > 0 ? vscode.l10n.t('{0} due', due) : vscode.l10n.t('{0} new', fresh)}`;
    const parts = [];
    if (due > 0) parts.push(due === 1 ? vscode.l10n.t('1 card due for review') : vscode.l10n.t('{0} cards due for review', due));
    if (fresh > 0) parts.push(fresh === 1 ? vscode.l10n.t('1 new card for today') : vscode.l10n.t('{0} new cards for today', fresh));
    const plan = daily ? ` ${describeDailyPlan(daily.plan, daily.daily, vscode.env.language)}.` : '';
    item.tooltip = vscode.l10n.t('CRM Study: {0}.{1} Click to open the flashcards.', parts.join(', '), plan);
    item.accessibilityInformation = { label: vscode.l10n.t('CRM Study flashcards: {0}', parts.join(', ')), role: 'button' };
    item.show();
  };
  update();
  return vscode.Disposable.from(item, totals.onDidChangeDue(update));
}
