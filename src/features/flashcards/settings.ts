// The review settings, read live through liveSetting like the notes
// features' settings, and sanitised here, the one place: retention clamped to
// the range FSRS is tuned for, new cards per day a whole number of at least 0.

import vscode = require('vscode');
import { DEFAULT_NEW_PER_DAY } from '../../core/study/reviewQueue';
import { clampRetention, DEFAULT_RETENTION } from '../../core/study/scheduler';
import { Settings } from '../../vscode/constants';
import { LiveSetting, liveSetting } from '../../vscode/liveSetting';

export interface ReviewSettings extends vscode.Disposable {
  /** crmStudy.review.retention, 0.7 to 0.99. */
  readonly retention: LiveSetting<number>;
  /** crmStudy.review.newPerDay, a whole number, 0 or more. */
  readonly newPerDay: LiveSetting<number>;
  /** crmStudy.examDate as written (trimmed); examDate.ts reads it into a plan. */
  readonly examDate: LiveSetting<string>;
}

const wholeCount = (n: number): number => (Number.isFinite(n) && n >= 0 ? Math.floor(n) : DEFAULT_NEW_PER_DAY);

export function reviewSettings(): ReviewSettings {
  const retention = liveSetting(Settings.section, Settings.retention, DEFAULT_RETENTION, clampRetention);
  const newPerDay = liveSetting(Settings.section, Settings.newPerDay, DEFAULT_NEW_PER_DAY, wholeCount);
  const examDate = liveSetting(Settings.section, Settings.examDate, '', (value) => value.trim());
  return {
    retention,
    newPerDay,
    examDate,
    dispose: () => {
      retention.dispose();
      newPerDay.dispose();
      examDate.dispose();
    },
  };
}
