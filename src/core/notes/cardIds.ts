// The ids of cards written in students' notes. Study progress is keyed by card
// id, so an id must survive the edits a student makes to a note: it is derived
// from the card's front (its prompt) only, never from the answer, the line, the
// note's name or the concept it sits in. A pinned `{#id}` replaces the derived
// part. The output of these functions must never change: saved progress would
// stop matching its cards.

import { slugify } from '../content/ids';

/** How long the readable part of a derived id may be. */
const SLUG_LENGTH = 32;

/**
 * The prompt as the id sees it: NFC, scheduling and other HTML comments,
 * cloze markers and hints, Markdown punctuation, list markers, case and runs
 * of whitespace all ignored.
 */
export function promptKey(markdown: string): string {
  return markdown
    .normalize('NFC')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{\{([\s\S]+?)\}\}/g, (_, inner: string) => inner.split('::')[0])
    .replace(/\^\[[^\]\n]*\]/g, ' ')
    .replace(/^[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/gm, '')
    .replace(/[*_`#>[\]()~=|\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The derived id suffix of a prompt: "what-is-crm-1x2y3z4w", or only the hash when no Latin letters remain (a Chinese prompt). */
export function derivedSuffix(prompt: string): string {
  const key = promptKey(prompt);
  const hash = hash53(key).toString(36).padStart(8, '0').slice(-8);
  const slug = slugify(key, SLUG_LENGTH);
  return slug ? `${slug}-${hash}` : hash;
}

/**
 * A 53-bit string hash: two 32-bit multiplicative lanes over the UTF-16 code
 * units, mixed at the end, combined into one safe integer (the public-domain
 * cyrb53 construction). Not cryptographic; it only keeps two prompts that slug
 * alike apart.
 */
export function hash53(text: string, seed = 0): number {
  let a = 0xdeadbeef ^ seed;
  let b = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 2654435761);
    b = Math.imul(b ^ c, 1597334677);
  }
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return 4294967296 * (2097151 & b) + (a >>> 0);
}
