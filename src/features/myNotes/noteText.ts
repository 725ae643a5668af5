// Whether a file's bytes are a note the index reads: at most 1 MB, and text
// (no NUL bytes, valid UTF-8). What is skipped gets one line in the output
// channel with the reason. No vscode import: tested in plain Node.
//
// INTERIM: the core notes engine is adding the same check (src/core/notes/);
// once it lands, decodeNote calls it and only the size check on `stat` stays.

export const MAX_NOTE_BYTES = 1024 * 1024;

export type DecodedNote = { text: string; skip?: undefined } | { text?: undefined; skip: string };

/** Why a file of `size` bytes is not read at all, or undefined when it may be. */
export function sizeSkipReason(size: number): string | undefined {
  return size > MAX_NOTE_BYTES ? `larger than 1 MB (${(size / MAX_NOTE_BYTES).toFixed(1)} MB)` : undefined;
}

export function decodeNote(bytes: Uint8Array): DecodedNote {
  const tooBig = sizeSkipReason(bytes.byteLength);
  if (tooBig) return { skip: tooBig };
  if (bytes.subarray(0, 8192).includes(0)) return { skip: 'not text (it holds NUL bytes)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { skip: 'not text (not valid UTF-8)' };
  }
}
