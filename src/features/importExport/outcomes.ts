// What the import and export commands resolve with: for tasks and tests, which
// run them through executeCommand and need to know what happened without
// reading notifications. The student sees the same outcome as a message.

export type ImportOutcome =
  | { kind: 'imported'; uri: string; cards: number; concepts: number }
  /** Nothing written: the input was refused (not text, empty, too big, unreadable) with this message. */
  | { kind: 'refused'; message: string }
  | { kind: 'cancelled' };

export type ExportOutcome =
  | { kind: 'exported'; uri: string; cards: number; notes: number; decks: string[] }
  | { kind: 'refused'; message: string }
  | { kind: 'cancelled' };
