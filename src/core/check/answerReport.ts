// How a Check My Answer result reads to the student: the title with the score,
// one row per key point in the card's order (a marker reads them in that
// order), a covered one with the answer's own words that cover it, a missing
// one with the concepts to open. The VS Code edge turns the rows into a
// QuickPick; the text is here so it is the same wherever it shows.

import { plainText } from '../markdown/plainText';
import { l10n } from '../util/l10n';
import type { AnswerCheck, KeyPointResult } from './checkModel';

export interface AnswerReportRow {
  /** With its codicon: "$(pass) …" covered, "$(circle-slash) …" missing. */
  label: string;
  /** The rest of a key point written "Name: what it says" (the label has the name, which a long point's row would cut off). */
  description?: string;
  detail: string;
  result: KeyPointResult;
  /** For a missing point: the concept its row opens (the first one it is about that exists). */
  openConcept?: string;
}

/** "Check My Answer: 3 of 5 key points (60%)". */
export function answerReportTitle(check: AnswerCheck): string {
  return l10n.t('Check My Answer: {0} of {1} key points ({2}%)', check.covered, check.total, Math.round(check.score * 100));
}

/** Long evidence is shortened in the middle, between whole words: the row shows where it starts and ends. */
function quote(words: string): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  if (flat.length <= 60) return flat;
  return `${flat.slice(0, 30).replace(/\s+\S*$/, '')} … ${flat.slice(-30).replace(/^\S*\s+/, '')}`;
}

/** `termOf` names a concept (undefined for one that no longer exists). */
export function answerReportRows(check: AnswerCheck, termOf: (conceptId: string) => string | undefined): AnswerReportRow[] {
  return check.results.map((result) => {
    const text = plainText(result.keyPoint);
    const colon = text.indexOf(': ');
    const [point, description] = colon > 0 && colon <= 50 ? [text.slice(0, colon), text.slice(colon + 2)] : [text, undefined];
    if (result.covered) {
      const evidence = result.evidence.map((words) => `“${quote(words)}”`).join(', ');
      return { label: `$(pass) ${point}`, description, detail: l10n.t('covered by: {0}', evidence), result };
    }
    const concepts = result.concepts.flatMap((id) => {
      const term = termOf(id);
      return term ? [{ id, term }] : [];
    });
    const detail = concepts.length ? l10n.t('missing · open {0}', concepts.map((c) => c.term).join(', ')) : l10n.t('missing');
    return { label: `$(circle-slash) ${point}`, description, detail, result, openConcept: concepts[0]?.id };
  });
}
