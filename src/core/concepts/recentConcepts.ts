// The "recent concepts" list (globalState) that search shows in an empty box:
// most recent first, no duplicates, at most ten. Tolerates a corrupt stored value.

export const MAX_RECENT_CONCEPTS = 10;

export function pushRecent(stored: unknown, conceptId: string, max = MAX_RECENT_CONCEPTS): string[] {
  const previous = Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  return [conceptId, ...previous.filter((id) => id !== conceptId)].slice(0, max);
}
