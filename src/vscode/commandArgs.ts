// What "Study" and "Quiz" act on. Commands receive nothing (palette), a topic or
// concept id (another command), or a Concepts tree node (context menu); this
// turns each of those into one shape.

export interface StudyTarget {
  topicId?: string;
  conceptId?: string;
}

export function toStudyTarget(arg: unknown, isTopic: (id: string) => boolean): StudyTarget {
  if (typeof arg === 'string') return isTopic(arg) ? { topicId: arg } : { conceptId: arg };
  if (arg && typeof arg === 'object') {
    const node = arg as { topicId?: unknown; conceptId?: unknown };
    if (typeof node.conceptId === 'string') return { conceptId: node.conceptId };
    if (typeof node.topicId === 'string') return { topicId: node.topicId };
  }
  return {};
}
