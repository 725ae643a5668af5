// FSRS's predicted recall (retrievability) of a stored card: the chance the
// student would recall it at a given moment. The dashboard's readiness, the
// exam-day forecast and the Concepts view's percentages all read it.
//
// Written out here rather than imported from ts-fsrs so that reading it costs
// no load of ts-fsrs (activation never loads it; see scheduler.ts). It is
// FSRS-6's forgetting curve exactly as ts-fsrs 5.x computes it (FSRS: Ye, Su
// & Cao, 2022; the trainable decay w[20] came with FSRS-6, open-spaced-
// repetition, 2025; ts-fsrs's forgetting_curve and FSRS.get_retrievability):
//
//   R(t, S) = (1 + FACTOR · t / S) ^ DECAY,  DECAY = -w[20],
//   FACTOR = 0.9 ^ (1 / DECAY) - 1,
//
// so that R(S, S) = 0.9: stability is the number of days after which recall
// falls to 90 %. w[20] is ts-fsrs's default parameter (the scheduler uses the
// default parameters). t counts whole days since the last review, as ts-fsrs
// does. Rounding to 8 decimals also follows ts-fsrs, so both give the same figure.
// The unit tests compare every value with ts-fsrs's own.

import type { ReviewRecord } from './scheduler';
import { DAY } from './time';

/** ts-fsrs's default_w[20] (FSRS6_DEFAULT_DECAY). */
export const FSRS_DEFAULT_DECAY = 0.1542;

const DECAY = -FSRS_DEFAULT_DECAY;
const FACTOR = roundTo(Math.exp(Math.log(0.9) / DECAY) - 1, 8);

/** Predicted recall after `elapsedDays` days for a card of stability `stability` (days); 0..1. */
export function forgettingCurve(elapsedDays: number, stability: number): number {
  if (!(stability > 0) || !Number.isFinite(elapsedDays)) return 0;
  return roundTo(Math.pow(1 + (FACTOR * Math.max(0, elapsedDays)) / stability, DECAY), 8);
}

/**
 * Predicted recall of a stored card at `at` (epoch ms), as ts-fsrs's
 * get_retrievability gives it: 0 for a card never studied (no record, state
 * new, or no last review); otherwise the forgetting curve over the whole days
 * since its last review. A learning or relearning card gets the same formula
 * from its short-term stability (ts-fsrs does the same), so a card just failed
 * reads low and one just learnt reads near 1 on the day.
 */
export function retrievability(record: ReviewRecord | undefined, at: number): number {
  if (!record || record.state === 0 || record.lastReview === undefined) return 0;
  const days = Math.max(Math.floor((at - record.lastReview) / DAY), 0);
  return forgettingCurve(days, +record.stability.toFixed(8));
}

function roundTo(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}
