// Durations and local calendar days for the study pipeline: the interval
// labels on the grade buttons, the "next due" wording of the summary, and the
// local-day boundaries that the new-cards-per-day limit and "due tomorrow" count by.

import { l10n } from '../util/l10n';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** "<1m", "<10m", "3h", "1d", "4d", "1.5mo", "2y": what the grade buttons show. */
export function formatInterval(ms: number): string {
  if (ms < HOUR) return l10n.t('<{0}m', Math.max(1, Math.ceil(ms / MINUTE)));
  if (ms < DAY) return l10n.t('{0}h', Math.round(ms / HOUR));
  const days = ms / DAY;
  if (days < 30) return l10n.t('{0}d', Math.round(days));
  if (days < 365) return l10n.t('{0}mo', trim(days / 30));
  return l10n.t('{0}y', trim(days / 365));
}

/** "now", "in 9 minutes", "in 3 hours", "tomorrow", "in 4 days": when the next card is due, on the summary. */
export function describeDue(due: number, now: number): string {
  const ms = due - now;
  if (ms <= 0) return l10n.t('now');
  if (ms < HOUR) {
    const m = Math.max(1, Math.round(ms / MINUTE));
    return m === 1 ? l10n.t('in 1 minute') : l10n.t('in {0} minutes', m);
  }
  if (due < startOfNextLocalDay(now)) {
    const h = Math.max(1, Math.round(ms / HOUR));
    return h === 1 ? l10n.t('in 1 hour') : l10n.t('in {0} hours', h);
  }
  if (due < startOfNextLocalDay(startOfNextLocalDay(now))) return l10n.t('tomorrow');
  // Calendar days, so "in 2 days" never reads "in 1 days" late in the evening.
  const d = Math.round((startOfLocalDay(due) - startOfLocalDay(now)) / DAY);
  return l10n.t('in {0} days', d);
}

export function startOfLocalDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Local midnight after `ms` (DST-safe: built from calendar fields, not by adding 24 h). */
export function startOfNextLocalDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

function trim(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '');
}
