// The numeric grader of worked calculations (src/core/quiz/numeric.ts), for the
// flashcards webview, which may import only src/shared/: that module imports
// nothing but a type, so this carries no more of core into the page.

export { gradeNumeric, readNumber } from '../core/quiz/numeric';
export type { NumericGrade, NumericVerdict } from '../core/quiz/numeric';
