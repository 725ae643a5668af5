// The bytes of a file or the clipboard's text, checked before anything reads
// them: over MAX_IMPORT_BYTES, not text, or empty gives one message naming the
// input and saying what to do, and nothing else happens. Decoding (UTF-8 with
// or without its byte order mark, UTF-16 with one) is the notes index's.

import { decodeUnicode, formatSize } from '../notes/noteText';
import { MAX_IMPORT_BYTES } from './importModel';

export type ImportInput = { text: string } | { problem: string };

/** What else a student might pick instead of a text export, known by its first bytes. */
const SIGNATURES: Array<{ bytes: number[]; problem: (name: string) => string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], problem: zipProblem },
  { bytes: [0x50, 0x4b, 0x05, 0x06], problem: zipProblem },
  {
    bytes: [...'SQLite format 3'].map((c) => c.charCodeAt(0)).concat(0),
    problem: (name) => `${name} is a database (perhaps Anki's collection), not text; export "Notes in Plain Text" from Anki instead and import that file.`,
  },
  {
    bytes: [...'%PDF-'].map((c) => c.charCodeAt(0)),
    problem: (name) => `${name} is a PDF, not text; copy the cards out of it and use "Import Flashcards from Clipboard", or import a .txt or .csv export.`,
  },
];

function zipProblem(name: string): string {
  if (/\.(xlsx|xlsm|ods)$/i.test(name)) return `${name} is a spreadsheet workbook, not text; save it as CSV (with a header row) and import that file.`;
  if (/\.(docx|odt)$/i.test(name)) return `${name} is a word-processor document, not text; save it as plain text (.txt) and import that file.`;
  return `${name} looks like an Anki package (.apkg); export "Notes in Plain Text" from Anki instead and import that file.`;
}

/** `name` is what the message calls the input ("week3.txt", "the clipboard"). UTF-8 (with or without BOM) and UTF-16 with BOM are text. */
export function checkImportBytes(name: string, bytes: Uint8Array): ImportInput {
  if (bytes.length > MAX_IMPORT_BYTES) return tooLarge(name, bytes.length);
  for (const signature of SIGNATURES) {
    if (signature.bytes.every((byte, i) => bytes[i] === byte)) return { problem: sentence(signature.problem(name)) };
  }
  const decoded = decodeUnicode(bytes);
  if ('problem' in decoded) return notText(name, decoded.problem);
  return checkImportText(name, decoded.text);
}

export function checkImportText(name: string, text: string): ImportInput {
  // Three bytes per UTF-16 unit is the most UTF-8 can take, so short text needs no encoding to know it fits.
  if (text.length * 3 > MAX_IMPORT_BYTES) {
    const size = new TextEncoder().encode(text).length;
    if (size > MAX_IMPORT_BYTES) return tooLarge(name, size);
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.includes('\0')) return notText(name, 'not a text file (it holds NUL characters)');
  if (!body.trim()) return { problem: sentence(`${name} is empty: nothing to import.`) };
  return { text: body };
}

function tooLarge(name: string, size: number): ImportInput {
  return { problem: sentence(`${name} is ${formatSize(size)}; an import can be at most ${formatSize(MAX_IMPORT_BYTES)}. Split the set and import each part.`) };
}

function notText(name: string, problem: string): ImportInput {
  const why = problem.replace(/^not a text file /, '');
  return { problem: sentence(`${name} is not text ${why}; import a .txt, .csv or .tsv export, or copy the set and use "Import Flashcards from Clipboard".`) };
}

/** "the clipboard is empty" opens a sentence: "The clipboard…"; a file name keeps its case. */
function sentence(message: string): string {
  return message.startsWith('the ') ? `T${message.slice(1)}` : message;
}
