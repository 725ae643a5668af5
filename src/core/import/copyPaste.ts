// A set copied out of a study website: a title line, then prompt and answer lines (helper A1).
import type { ImportSet } from './importModel';

export function parseCopyPaste(text: string): ImportSet {
  throw new Error('parseCopyPaste: not built yet');
}
