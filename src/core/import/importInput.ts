// The bytes of a file or the clipboard's text, checked before anything is read (helper A1).
// Not text, empty, or over MAX_IMPORT_BYTES: a message and nothing else.

export type ImportInput = { text: string } | { problem: string };

/** `name` is what the message calls the input ("week3.txt", "the clipboard"). UTF-8 (with or without BOM) and UTF-16 with BOM are text. */
export function checkImportBytes(name: string, bytes: Uint8Array): ImportInput {
  throw new Error('checkImportBytes: not built yet');
}

export function checkImportText(name: string, text: string): ImportInput {
  throw new Error('checkImportText: not built yet');
}
