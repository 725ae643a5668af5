// The exam date at the edge: crmStudy.examDate read into a plan (a malformed
// or past value warned about once, then ignored), and "CRM Study: Set Exam
// Date", which writes the global setting and confirms with the plan. The rule
// and the plan themselves are core/study/examPlan.ts.

import vscode = require('vscode');
import { DailyPlan, describeExamPlan, ExamPlan, parseExamDate } from '../../core/study/examPlan';
import { Commands, Settings } from '../../vscode/constants';
import type { LiveSetting } from '../../vscode/liveSetting';

export interface ExamDate {
  /** The plan as of `now`; undefined when unset, malformed or past. */
  plan(now: number): ExamPlan | undefined;
}

/** Reads the setting on every call (cheap); a value that cannot be used is reported once per value. */
export function examDate(setting: LiveSetting<string>, warn: (message: string) => void): ExamDate {
  let warned: string | undefined;
  return {
    plan: (now) => {
      const value = setting.get();
      const { plan, error } = parseExamDate(value, now);
      if (error && warned !== value) {
        warned = value;
        warn(vscode.l10n.t('CRM Study: crmStudy.examDate is ignored. {0}', error));
      }
      if (!error) warned = undefined;
      return plan;
    },
  };
}

/** What the command did: for the tests, and for a keybinding's caller. */
export type SetExamDateOutcome = { date: string; message: string } | { cleared: true } | { error: string } | { cancelled: true };

/**
 * Registers Set Exam Date. An optional string argument sets the date without
 * the input box ('' clears it); `describe` gives the daily plan for a plan, for
 * the confirmation.
 */
export function registerSetExamDate(current: LiveSetting<string>, describe: (plan: ExamPlan) => DailyPlan): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.setExamDate, async (arg?: unknown): Promise<SetExamDateOutcome> => {
    let value: string | undefined;
    if (typeof arg === 'string') {
      value = arg.trim();
      const { error } = parseExamDate(value, Date.now());
      if (error) {
        void vscode.window.showErrorMessage(error);
        return { error };
      }
    } else {
      value = await vscode.window.showInputBox({
        title: vscode.l10n.t('CRM Study: Set Exam Date'),
        prompt: vscode.l10n.t('The day of your exam, YYYY-MM-DD. Leave it empty to clear the exam date.'),
        placeHolder: vscode.l10n.t('for example {0}', exampleDate()),
        value: current.get(),
        ignoreFocusOut: true,
        validateInput: (text) => parseExamDate(text, Date.now()).error,
      });
      if (value === undefined) return { cancelled: true };
      value = value.trim();
    }
    await vscode.workspace.getConfiguration(Settings.section).update(Settings.examDate, value === '' ? undefined : value, vscode.ConfigurationTarget.Global);
    const { plan } = parseExamDate(value, Date.now());
    if (!plan) {
      void vscode.window.showInformationMessage(vscode.l10n.t('CRM Study: exam date cleared; scheduling follows FSRS alone.'));
      return { cleared: true };
    }
    const message = describeExamPlan(plan, describe(plan), vscode.env.language);
    void vscode.window.showInformationMessage(message);
    return { date: plan.date, message };
  });
}

/** Four weeks from today, YYYY-MM-DD: a placeholder that reads as a real date. */
function exampleDate(): string {
  const d = new Date(Date.now() + 28 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
