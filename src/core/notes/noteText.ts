// Whether a file's bytes are a note worth indexing, decided before anything
// parses them: too big or not text is skipped, with one line saying why (the
// VS Code side writes it to the output channel). Text is UTF-8, or UTF-16 when
// the file starts with its byte order mark (what Windows Notepad saves as
// "Unicode"); the byte order mark itself is dropped, as editors do.

/** Notes over this many bytes are skipped (1 MB). */
export const MAX_NOTE_BYTES = 1024 * 1024;

/** How far to look for NUL bytes, the mark of a binary file (git looks as far). */
const SNIFF_BYTES = 8000;

export type NoteText = { text: string } | { skipped: string };

/** What is wrong with a note of `size` bytes ("1.1 MB is over the 1 MB limit for notes"), or undefined to read it. */
export function sizeProblem(size: number): string | undefined {
  if (size <= MAX_NOTE_BYTES) return undefined;
  return `${formatSize(size)} is over the ${formatSize(MAX_NOTE_BYTES)} limit for notes`;
}

/** The reason a file of `size` bytes is skipped without reading it, or undefined to read it. */
export function tooLargeReason(file: string, size: number): string | undefined {
  const problem = sizeProblem(size);
  return problem && `Skipped ${file}: ${problem}`;
}

/** The text of a note's bytes, or what keeps them from being one ("not a text file (it holds NUL bytes)"). */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: string } {
  const tooLarge = sizeProblem(bytes.length);
  if (tooLarge) return { problem: tooLarge };
  return decodeUnicode(bytes);
}

/**
 * UTF-8 (a byte order mark dropped) or UTF-16 with its byte order mark, whatever the size;
 * the imports check size against their own limit and share this.
 */
export function decodeUnicode(bytes: Uint8Array): { text: string } | { problem: string } {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  if (encoding === 'utf-8') {
    const end = Math.min(bytes.length, SNIFF_BYTES);
    for (let i = 0; i < end; i++) {
      if (bytes[i] === 0) return { problem: 'not a text file (it holds NUL bytes)' };
    }
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return { problem: `not a text file (not valid ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'})` };
  }
  if (encoding !== 'utf-8' && text.includes('\0')) return { problem: 'not a text file (it holds NUL characters)' };
  return { text };
}

/** The note's text, or why it is skipped (one line, naming the file). */
export function decodeNote(file: string, bytes: Uint8Array): NoteText {
  const decoded = decodeText(bytes);
  return 'text' in decoded ? decoded : { skipped: `Skipped ${file}: ${decoded.problem}` };
}

/** In MB to one decimal, rounded up so that a size over the limit never reads as the limit. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(Math.ceil((bytes * 10) / (1024 * 1024)) / 10).toString()} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
