// Durations and local calendar days for the study pipeline: the interval
// labels on the grade buttons, the "next due" wording of the summary, and the
// local-day boundaries that the new-cards-per-day limit and "due tomorrow" count by.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** "<1m", "<10m", "3h", "1d", "4d", "1.5mo", "2y": what the grade buttons show. */
export function formatInterval(ms: number): string {
  if (ms < HOUR) return `<${Math.max(1, Math.ceil(ms / MINUTE))}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${trim(days / 30)}mo`;
  return `${trim(days / 365)}y`;
}

/** "now", "in 9 minutes", "in 3 hours", "tomorrow", "in 4 days": when the next card is due, on the summary. */
export function describeDue(due: number, now: number): string {
  const ms = due - now;
  if (ms <= 0) return 'now';
  if (ms < HOUR) {
    const m = Math.max(1, Math.round(ms / MINUTE));
    return `in ${m} minute${m === 1 ? '' : 's'}`;
  }
  if (due < startOfNextLocalDay(now)) {
    const h = Math.max(1, Math.round(ms / HOUR));
    return `in ${h} hour${h === 1 ? '' : 's'}`;
  }
  if (due < startOfNextLocalDay(startOfNextLocalDay(now))) return 'tomorrow';
  // Calendar days, so "in 2 days" never reads "in 1 days" late in the evening.
  const d = Math.round((startOfLocalDay(due) - startOfLocalDay(now)) / DAY);
  return `in ${d} days`;
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
