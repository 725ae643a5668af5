// The file an import writes: named after the set's title, safe on Windows,
// macOS and Linux, and never the name of a file that exists (an import never
// overwrites). The VS Code side says which names are taken.

const MAX_NAME = 80;
const EXTENSION = '.md';
export const DEFAULT_NOTE_FILE = 'Imported flashcards.md';

/** Windows refuses these as a file's base name, whatever the extension (CON.md, com1.txt). */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** "Session 11: Flashcards" → "Session 11 - Flashcards.md": safe on Windows, macOS and Linux, at most 80 characters. */
export function noteFileName(title: string): string {
  let base = title
    .normalize('NFC')
    .replace(/\.md$/i, '')
    .replace(/\s+/g, ' ')
    // A colon reads as a separator in a title: keep it as one.
    .replace(/\s*:\s*/g, ' - ')
    .replace(/[/\\|]/g, '-')
    .replace(/"/g, "'")
    // eslint-disable-next-line no-control-regex -- control characters are refused in file names
    .replace(/[<>?*\u0000-\u001f\u007f]/g, '')
    .replace(/ {2,}/g, ' ');
  base = trimEnds(base);
  const room = MAX_NAME - EXTENSION.length;
  if (base.length > room) base = trimEnds(cut(base, room));
  if (!base) return DEFAULT_NOTE_FILE;
  if (RESERVED.test(base.split('.')[0].trim())) base = `${base} (flashcards)`;
  return base + EXTENSION;
}

/** name, or "name (2).md", "name (3).md"… the first that `taken` does not hold. */
export function freeFileName(name: string, taken: (name: string) => boolean): string {
  if (!taken(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const room = MAX_NAME - extension.length - suffix.length;
    const candidate = (stem.length > room ? trimEnds(cut(stem, room)) : stem) + suffix + extension;
    if (!taken(candidate)) return candidate;
  }
}

/** Leading dots would hide the file on macOS and Linux, trailing dots and spaces are dropped by Windows; a dash left at either end by a colon goes too. */
function trimEnds(name: string): string {
  return name.replace(/^[\s.-]+|[\s.-]+$/g, '');
}

/** At most `length` UTF-16 units, at a word break when there is one in the last third, never inside a surrogate pair. */
function cut(text: string, length: number): string {
  let end = length;
  if (/[\uDC00-\uDFFF]/.test(text.charAt(end))) end--;
  const head = text.slice(0, end);
  const space = head.lastIndexOf(' ');
  return space > (length * 2) / 3 ? head.slice(0, space) : head;
}
