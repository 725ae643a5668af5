// What commands are given, turned into one shape. "Study" and "Quiz" receive
// nothing (palette), a topic or concept id (another command) or a Concepts tree
// row (context menu); concept commands also receive a concept page's address.
// No vscode import: a vscode.Uri is read through its `scheme` and `query`, so
// these run (and are unit-tested) in plain Node.

import { CONCEPT_SCHEME } from '../core/concepts/conceptPage';
import { MY_NOTES, StudyTarget } from '../core/content/model';

/** The fields of a URI this module reads; a vscode.Uri has them. */
export interface UriParts {
  scheme: string;
  query: string;
}

/**
 * `isTopic` says which ids are topics (the pack's, and the groups of notes the
 * content has now); MY_NOTES always is one. Note concept ids may start with the
 * note topics' prefix too, so the prefix alone never makes an id a topic.
 */
export function toStudyTarget(arg: unknown, isTopic: (id: string) => boolean): StudyTarget {
  if (typeof arg === 'string') return arg === MY_NOTES || isTopic(arg) ? { topicId: arg } : { conceptId: arg };
  if (arg && typeof arg === 'object') {
    const node = arg as { topicId?: unknown; conceptId?: unknown };
    if (typeof node.conceptId === 'string') return { conceptId: node.conceptId };
    if (typeof node.topicId === 'string') return { topicId: node.topicId };
  }
  return {};
}

/** The concept id `arg` names: an id, a crm-study: page address, or anything with a conceptId (a tree row, `{ conceptId }`). */
export function conceptIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (isUri(arg)) return conceptIdFromUri(arg);
  const id = (arg as { conceptId?: unknown } | null | undefined)?.conceptId;
  return typeof id === 'string' ? id : undefined;
}

/** The id in a concept page's address (`crm-study:/Term.md?id=…`); undefined for any other URI. */
export function conceptIdFromUri(uri: UriParts): string | undefined {
  if (uri.scheme !== CONCEPT_SCHEME) return undefined;
  const match = /(?:^|&)id=([^&]+)/.exec(uri.query);
  return match ? decodeURIComponent(match[1]) : undefined;
}

function isUri(arg: unknown): arg is UriParts {
  const u = arg as Partial<UriParts> | null | undefined;
  return typeof u?.scheme === 'string' && typeof u.query === 'string';
}
