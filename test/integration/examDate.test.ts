// The exam date inside a real VS Code: Set Exam Date with an argument writes
// the global setting and confirms with the plan; a past date is refused with
// its reason and the setting left as it was.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CrmStudyTestApi } from '../../src/api';
import { activateApi } from './helpers';

function isoDay(daysFromToday: number): string {
  const d = new Date();
  d.setDate(d.getDate() + daysFromToday);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

suite('Exam date', () => {
  suiteSetup(async function () {
    this.timeout(60000);
    await activateApi<CrmStudyTestApi>();
  });

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('crmStudy').update('examDate', undefined, vscode.ConfigurationTarget.Global);
  });

  test('Set Exam Date with a date sets crmStudy.examDate and confirms with the daily plan', async () => {
    const date = isoDay(30);
    const outcome = await vscode.commands.executeCommand<{ date?: string; message?: string }>('crmStudy.setExamDate', date);
    assert.strictEqual(outcome?.date, date);
    assert.match(outcome?.message ?? '', /^Exam on .*: 30 days; /);
    assert.strictEqual(vscode.workspace.getConfiguration('crmStudy').get('examDate'), date);
  });

  test('a past date is refused with "is in the past" and the setting is left as it was', async () => {
    const before = vscode.workspace.getConfiguration('crmStudy').get('examDate');
    const outcome = await vscode.commands.executeCommand<{ error?: string }>('crmStudy.setExamDate', isoDay(-1));
    assert.match(outcome?.error ?? '', /is in the past/);
    assert.strictEqual(vscode.workspace.getConfiguration('crmStudy').get('examDate'), before);
  });

  test('an empty argument clears the exam date', async () => {
    const outcome = await vscode.commands.executeCommand<{ cleared?: boolean }>('crmStudy.setExamDate', '');
    assert.strictEqual(outcome?.cleared, true);
    assert.strictEqual(vscode.workspace.getConfiguration('crmStudy').get('examDate'), '');
  });
});
