// Text folding shared by ids, answer matching and search: one definition of
// "the same letters" (é is e, ﬁ is fi) so a term matches however it was typed.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// eslint-disable-next-line no-control-regex -- NUL to DEL is the ASCII range, on purpose
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case with accents and compatibility forms folded: "Café ﬁt" -> "cafe fit". ASCII text is only lower-cased. */
export function foldAccents(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(COMBINING_MARKS, '') : lower;
}
