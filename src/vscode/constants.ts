// Every id the extension shares with package.json, in one place.

export const EXTENSION_ID = 'crm-study.crm-study-notes';
export const OUTPUT_CHANNEL = 'CRM Study';
export { CONCEPT_SCHEME } from '../core/concepts/conceptPage';

export const Commands = {
  showPackInfo: 'crmStudy.showPackInfo',
  showConcept: 'crmStudy.showConcept',
  searchConcepts: 'crmStudy.searchConcepts',
  openFlashcards: 'crmStudy.openFlashcards',
  startQuiz: 'crmStudy.startQuiz',
  insertDefinition: 'crmStudy.insertDefinition',
  copyDefinition: 'crmStudy.copyDefinition',
  revealConcept: 'crmStudy.revealConcept',
  /** "Study" / "Quiz" on a topic or concept in the Concepts view (Open Flashcards / Start Quiz on that row). */
  studyItem: 'crmStudy.studyItem',
  quizItem: 'crmStudy.quizItem',
  /** Opens a student's note at a line (URI string, 1-based line): hover links, the Concepts view, search, flashcards. */
  openNote: 'crmStudy.openNote',
  exportProgress: 'crmStudy.exportProgress',
  importProgress: 'crmStudy.importProgress',
  resetProgress: 'crmStudy.resetProgress',
  /** A flashcard set (Quizlet, Anki, CSV, a copied set) into a note: a file URI argument, or the open dialog. */
  importFlashcards: 'crmStudy.importFlashcards',
  importFlashcardsFromClipboard: 'crmStudy.importFlashcardsFromClipboard',
  /** Cards to Anki's plain-text import: a topic id, MY_NOTES or a Concepts row (else a picker); optional target URI. */
  exportForAnki: 'crmStudy.exportForAnki',
  /** An exam answer (the selection, else the section at the cursor) against an essay question's key points. */
  checkMyAnswer: 'crmStudy.checkMyAnswer',
  /** The progress dashboard (a webview panel, restored after a reload). */
  showProgress: 'crmStudy.showProgress',
  /** Sets crmStudy.examDate through an input box (an optional YYYY-MM-DD argument, '' to clear). */
  setExamDate: 'crmStudy.setExamDate',
  /** The review log as CSV in the FSRS optimizer's format (optional target URI). */
  exportReviewLog: 'crmStudy.exportReviewLog',
  /** The framework-check lens's action (hidden from the palette): a note's URI string and a section's 0-based name line. */
  addMissingParts: 'crmStudy.addMissingParts',
  /** The flashcards panel's keybindings (Space, Enter, 1-4, Z), posted to the open panel. */
  flashcardsShowAnswer: 'crmStudy.flashcards.showAnswer',
  flashcardsGradeAgain: 'crmStudy.flashcards.gradeAgain',
  flashcardsGradeHard: 'crmStudy.flashcards.gradeHard',
  flashcardsGradeGood: 'crmStudy.flashcards.gradeGood',
  flashcardsGradeEasy: 'crmStudy.flashcards.gradeEasy',
  flashcardsUndo: 'crmStudy.flashcards.undo',
} as const;

export const Views = {
  container: 'crmStudy',
  concepts: 'crmStudy.concepts',
} as const;

/** Webview panel view types (the serializer's activation event in package.json uses the same string). */
export const WebviewTypes = {
  flashcards: 'crmStudy.flashcards',
  progress: 'crmStudy.progress',
} as const;

export const StatusBarItems = {
  flashcardsDue: 'crmStudy.flashcardsDue',
} as const;

export const Settings = {
  section: 'crmStudy',
  hoverEnabled: 'hover.enabled',
  highlightTerms: 'highlightTerms',
  retention: 'review.retention',
  newPerDay: 'review.newPerDay',
  /** Globs of notes the notes index leaves out, beside files.exclude, search.exclude and .gitignore. */
  notesExclude: 'notes.exclude',
  /** Framework checks in Markdown notes (lenses, diagnostics, the quick fix); resource scope, so a folder can turn them off. */
  checkNotesEnabled: 'checkNotes.enabled',
  /** The exam day, YYYY-MM-DD (application scope): scheduling aims at it. */
  examDate: 'examDate',
} as const;

/** workspaceState keys: what is remembered per workspace. */
export const WorkspaceStateKeys = {
  /** The folder imports write their notes to, relative to its workspace folder. */
  importFolder: 'crmStudy.importFolder',
} as const;

/** globalState keys. Study progress is synced with Settings Sync. */
export const StateKeys = {
  progress: 'crmStudy.progress',
  quizResults: 'crmStudy.quizResults',
  recentConcepts: 'crmStudy.recentConcepts',
} as const;
