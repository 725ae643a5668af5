// What the integration tests may reach of Check My Answer, only in Test mode
// (src/extension.ts asks for it then and only then): the two QuickPicks while
// they show (title, rows, the pre-selected row), so a test can wait for the
// real picker, read it and accept it through the workbench.

export interface PickRowSnapshot {
  label: string;
  description?: string;
  detail?: string;
}

export interface PickSnapshot {
  title: string;
  placeholder: string;
  rows: readonly PickRowSnapshot[];
  /** The row the picker opened on. */
  active?: string;
}

/** What the running command reports into (register.ts owns it; the feature's bundle writes it). */
export interface CheckNotesProbe {
  questions: PickSnapshot | undefined;
  result: PickSnapshot | undefined;
}

export interface CheckNotesTestHooks {
  /** The "which question does it answer" picker, while it shows. */
  readonly questions: PickSnapshot | undefined;
  /** The result picker, while it shows. */
  readonly result: PickSnapshot | undefined;
}

/** What "Check My Answer" did, which its command resolves with (the tests read it). */
export type CheckMyAnswerOutcome =
  | { kind: 'noNote' }
  | { kind: 'empty' }
  | { kind: 'noQuestions' }
  | { kind: 'cancelled' }
  | { kind: 'checked'; cardId: string; covered: number; total: number; chose?: { keyPoint: string; covered: boolean } };
