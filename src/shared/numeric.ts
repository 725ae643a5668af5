// The numeric grader of worked calculations (src/core/quiz/numeric.ts), for the
// flashcards webview, which may import only src/shared/: that module imports
// only a type and core's l10n door, so this carries no more of core into the page.

export { gradeNumeric, numericFeedback, readNumber } from '../core/quiz/numeric';
export type { NumericGrade, NumericVerdict } from '../core/quiz/numeric';
