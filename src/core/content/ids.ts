// Turning human text into the stable ids that progress and links rely on.

import { foldAccents } from '../util/text';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** "Dwyer's five phases" -> "dwyers-five-phases"; accents are folded, other scripts dropped. */
export function slugify(text: string, maxLength = 64): string {
  const folded = foldAccents(text)
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= maxLength) return folded;
  return folded.slice(0, maxLength).replace(/-[^-]*$/, '').replace(/-+$/g, '') || folded.slice(0, maxLength);
}
