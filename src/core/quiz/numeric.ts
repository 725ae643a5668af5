// Worked calculations (`Calc:` cards): reading a number the way a student types
// it, reading a card's `A:` line (number, unit, tolerance), and grading one
// against the other. It imports only a type and the l10n door, so the
// flashcards webview (through src/shared/numeric.ts) grades, and words its
// verdict, with exactly the code the quiz uses.
//
// The rules, also in content/README.md ("Worked calculation"):
// - Units and words around the number are ignored: "£205.11", "205.11 pounds",
//   "about 205", "≈ 205" all read 205.11 or 205.
// - Thousands separators: a comma, a point, a space or an apostrophe followed
//   by groups of exactly three digits ("1,250", "1 250", "1.250.000"). A lone
//   comma is a decimal comma unless exactly three digits follow it and the
//   digits before it are 1 to 3 with no leading zero: "205,11" is 205.11,
//   "1,250" is 1250, "0,125" is 0.125. With both a point and a comma, the last
//   one is the decimal mark ("1.250,5" and "1,250.5" are both 1250.5).
// - One number only: text with two different numbers ("205 or 210", "3 years:
//   205") is not graded as right; the student is asked for one number. Working
//   typed out with "=" is read after the last "=" ("100 + 105.11 = 205.11"),
//   and a ratio against one ("4:1", "4 to 1") is its first number.
// - A percentage answer ("12%") also accepts the same rate as a fraction
//   without a % sign ("0.12"); a fraction answer ("0.12") accepts "12%".
// - No multipliers: "1.5m" is 1.5, so write the full number.

import type { NumericAnswer } from '../content/model';
import { l10n } from '../util/l10n';

/** A number as a student (or an author) wrote it. */
export interface WrittenNumber {
  /** As written: 12 for "12%". */
  value: number;
  /** Written with a % sign (or "percent", "per cent"). */
  percent: boolean;
  /** How many decimal places were written. */
  decimals: number;
  /** The text before and after the number, trimmed: "£", "%", "months", "about £". */
  before: string;
  after: string;
}

export type ReadResult =
  | { ok: true; number: WrittenNumber }
  | { ok: false; reason: 'empty' | 'no-number' | 'several-numbers' | 'unclear' };

/** A digit run with separators; a space-like separator only before a group of exactly three digits. */
const NUMBER = /(?:\d+(?:(?:[.,]|[ \u00a0\u202f'’](?=\d{3}(?!\d)))\d+)*|[.,]\d+)/g;
const SEPARATOR = /[.,\u00a0\u202f '’]/;
const MINUS = /[-−–]/;

/**
 * The number a digit run with separators stands for, by the rules above;
 * undefined when its separators do not make one number ("1.2.3", "1,25,000").
 */
export function interpretDigits(token: string): { value: number; decimals: number } | undefined {
  if (/^[.,]\d+$/.test(token)) return { value: Number(`0.${token.slice(1)}`), decimals: token.length - 1 };
  const groups = token.split(new RegExp(SEPARATOR.source));
  const seps = token.match(new RegExp(SEPARATOR.source, 'g')) ?? [];
  if (seps.length === 0) return { value: Number(token), decimals: 0 };
  const last = seps.length - 1;
  const lastSep = seps[last];
  let decimalAt = -1;
  if ((lastSep === '.' || lastSep === ',') && seps.filter((s) => s === lastSep).length === 1) {
    if (last > 0 || lastSep === '.') decimalAt = last;
    else decimalAt = groups[1].length === 3 && /^[1-9]\d{0,2}$/.test(groups[0]) ? -1 : last;
  }
  const thousands = seps.filter((_, i) => i !== decimalAt).map((s) => (s === '.' || s === ',' ? s : ' '));
  const whole = groups.slice(0, decimalAt === -1 ? groups.length : decimalAt + 1);
  if (thousands.length > 0) {
    if (new Set(thousands).size > 1) return undefined;
    if (decimalAt !== -1 && thousands[0] === seps[decimalAt]) return undefined;
    if (!/^\d{1,3}$/.test(whole[0]) || whole.slice(1).some((g) => g.length !== 3)) return undefined;
  }
  const fraction = decimalAt === -1 ? '' : groups[decimalAt + 1];
  return { value: Number(`${whole.join('')}.${fraction || '0'}`), decimals: fraction.length };
}

/** Reads the one number in `text` (see the rules at the top of this file). */
export function readNumber(text: string): ReadResult {
  let rest = text.trim();
  if (!rest) return { ok: false, reason: 'empty' };
  const equals = rest.lastIndexOf('=');
  if (equals !== -1 && /\d/.test(rest.slice(equals + 1))) rest = rest.slice(equals + 1).trim();
  // A ratio written against one ("4:1", "4 to 1") is its first number.
  rest = rest.replace(/(\d)\s*(?::|\bto)\s*1(?![\d.,])/gi, '$1');
  const found: Array<{ value: number; decimals: number; start: number; end: number }> = [];
  for (const match of rest.matchAll(NUMBER)) {
    const start = match.index;
    // A minus sign right before the digits, not joining two numbers ("2-3").
    const negative = start > 0 && MINUS.test(rest[start - 1]) && (start < 2 || !/[\p{L}\p{N}]/u.test(rest[start - 2]));
    const read = interpretDigits(match[0]);
    if (!read) return { ok: false, reason: 'unclear' };
    found.push({ value: negative ? -read.value : read.value, decimals: read.decimals, start: negative ? start - 1 : start, end: start + match[0].length });
  }
  if (found.length === 0) return { ok: false, reason: 'no-number' };
  if (new Set(found.map((f) => f.value)).size > 1) return { ok: false, reason: 'several-numbers' };
  const first = found[0];
  const lastFound = found[found.length - 1];
  const before = rest.slice(0, first.start).trim();
  const after = rest.slice(lastFound.end).trim();
  const percent = /%|\bper ?cent\b/i.test(rest);
  return { ok: true, number: { value: first.value, percent, decimals: first.decimals, before, after } };
}

/** The tolerance a card gets when it states none: 0.5% of the answer, never less than half its last written decimal place. */
export function defaultTolerance(value: number, decimals: number): number {
  return Math.max(Math.abs(value) * 0.005, 0.5 * 10 ** -decimals);
}

export type SpecResult =
  | { ok: true; answer: NumericAnswer; /** The answer as written, without its tolerance: "£205.11". */ display: string }
  | { ok: false; message: string };

const TOLERANCE_MARK = /±|\+\s*\/\s*-|\+-/;

/** Reads a Calc card's `A:` line: "£205.11", "7.5% ± 0.1", "£273.55 +/- 1%", "18 months ± 1". */
export function parseNumericSpec(line: string): SpecResult {
  const text = line.trim();
  const mark = TOLERANCE_MARK.exec(text);
  const display = (mark ? text.slice(0, mark.index) : text).trim();
  const read = readNumber(display);
  if (!read.ok || /=/.test(display)) {
    const why = read.ok ? 'write only the result' : read.reason === 'several-numbers' ? 'it holds more than one number' : read.reason === 'empty' ? 'it is empty' : 'write it as 205.11, 1,250 or 7.5%';
    return { ok: false, message: `worked calculation answer "${display}" is not a number (${why}); write "A: £205.11", optionally "± 0.5" or "± 1%"` };
  }
  const { number } = read;
  // Before the number only a sign such as £ or US$; words ("about £205") are no unit.
  if (/\p{Ll}/u.test(number.before)) {
    return { ok: false, message: `worked calculation answer "${display}" has words before the number; write only the number and its unit, such as "£205.11" or "18 months"` };
  }
  const unit = [number.before, number.after].filter(Boolean).join(' ');
  let tolerance = defaultTolerance(number.value, number.decimals);
  if (mark) {
    const toleranceText = text.slice(mark.index + mark[0].length).trim();
    const bad = (): SpecResult => ({ ok: false, message: `worked calculation tolerance "${toleranceText}" must be a number such as "± 0.5" (same unit as the answer) or "± 1%" (of the answer)` });
    const t = readNumber(toleranceText);
    if (!t.ok || t.number.value < 0 || toleranceText.startsWith('-')) return bad();
    const relative = /%$/.test(t.number.after);
    const extra = [t.number.before, t.number.after.replace(/%$/, '').trim()].filter(Boolean).join(' ');
    const sameUnit = (u: string) => u.toLowerCase().replace(/s$/, '') === unit.toLowerCase().replace(/s$/, '');
    if (extra && !sameUnit(extra)) return bad();
    tolerance = relative ? (Math.abs(number.value) * t.number.value) / 100 : t.number.value;
  }
  return { ok: true, answer: { value: number.value, tolerance, unit }, display };
}

export type NumericVerdict = 'right' | 'wrong' | 'empty' | 'not-a-number' | 'several-numbers';

export interface NumericGrade {
  verdict: NumericVerdict;
  /** The number read, in the answer's unit (a fraction typed for a percentage is scaled), when one was read. */
  read?: number;
}

/** Floating-point slack, so 205.11 − 204.11 is within a tolerance of 1. */
const EPSILON = 1e-9;

/** Grades a typed answer against a Calc card's answer. */
export function gradeNumeric(typed: string, answer: NumericAnswer): NumericGrade {
  const read = readNumber(typed);
  if (!read.ok) {
    if (read.reason === 'empty') return { verdict: 'empty' };
    if (read.reason === 'several-numbers') return { verdict: 'several-numbers' };
    return { verdict: 'not-a-number' };
  }
  const { value, percent } = read.number;
  const candidates = [value];
  const answerIsPercent = answer.unit.includes('%');
  if (answerIsPercent && !percent && Math.abs(value) <= 1) candidates.push(value * 100);
  if (!answerIsPercent && percent && answer.unit === '') candidates.push(value / 100);
  const within = (v: number) => Math.abs(v - answer.value) <= answer.tolerance + EPSILON * Math.max(1, Math.abs(answer.value));
  const right = candidates.find(within);
  if (right !== undefined) return { verdict: 'right', read: right };
  return { verdict: 'wrong', read: value };
}

/**
 * A typed number's verdict in words, the same in the quiz and the flashcards
 * panel: "✓ Right: £205.11", "✗ Not quite: you wrote 250; the answer is £205.11".
 * `typed` and `answer` as they are to be shown (the quiz clips them).
 */
export function numericFeedback(verdict: Exclude<NumericVerdict, 'empty'>, typed: string, answer: string): string {
  switch (verdict) {
    case 'right':
      return `✓ ${l10n.t('Right: {0}', answer)}`;
    case 'several-numbers':
      return `✗ ${l10n.t('Write one number: you wrote {0}; the answer is {1}', typed, answer)}`;
    case 'not-a-number':
      return `✗ ${l10n.t('Not a number: you wrote {0}; the answer is {1}', typed, answer)}`;
    case 'wrong':
      return `✗ ${l10n.t('Not quite: you wrote {0}; the answer is {1}', typed, answer)}`;
  }
}
