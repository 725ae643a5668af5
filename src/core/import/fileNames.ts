// The file an import writes: named after the set's title, never an existing one (helper B).

/** "Session 11: Flashcards" → "Session 11 - Flashcards.md": safe on Windows, macOS and Linux, at most 80 characters. */
export function noteFileName(title: string): string {
  throw new Error('noteFileName: not built yet');
}

/** name, or "name (2).md", "name (3).md"… the first that `taken` does not hold. */
export function freeFileName(name: string, taken: (name: string) => boolean): string {
  throw new Error('freeFileName: not built yet');
}
