// The ids of cards written in students' notes. Study progress is keyed by card
// id, so an id must survive the edits a student makes to a note: it is derived
// from the card's front (its prompt) only, never from the answer, the line, the
// note's name or the concept it sits in. A pinned `{#id}` replaces the derived
// part. The output of these functions must never change: saved progress would
// stop matching its cards.

import { writtenWordings } from '../content/cloze';
import { slugify } from '../content/ids';
import { hash53 } from '../util/hash';

/** How long the readable part of a derived id may be. */
const SLUG_LENGTH = 32;

/**
 * The prompt as the id sees it: NFC, scheduling and other HTML comments,
 * cloze markers and hints, list markers, Markdown punctuation (* _ ` # > [ ]
 * ( ) ~ = | \\), case and runs of whitespace all ignored.
 */
export function promptKey(markdown: string): string {
  let text = NON_ASCII.test(markdown) ? markdown.normalize('NFC') : markdown;
  if (text.includes('<!--')) text = text.replace(/<!--[\s\S]*?-->/g, ' ');
  if (text.includes('{{')) text = text.replace(/\{\{([\s\S]+?)\}\}/g, (_, inner: string) => writtenWordings(inner)[0]);
  if (text.includes('^[')) text = text.replace(/\^\[[^\]\n]*\]/g, ' ');
  text = text.replace(/^[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/gm, '');
  // One pass for the rest (this runs for every card of every note): drop the
  // punctuation, fold each run of whitespace (as \s means it) into one space.
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (PUNCTUATION.has(c)) continue;
    if (isSpace(c)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += text[i];
  }
  return out.toLowerCase();
}

/** The derived id suffix of a prompt: "what-is-crm-1x2y3z4w", or only the hash when no Latin letters remain (a Chinese prompt). */
export function derivedSuffix(prompt: string): string {
  const key = promptKey(prompt);
  const hash = base36(hash53(key));
  const slug = slugOfKey(key);
  return slug ? `${slug}-${hash}` : hash;
}

/**
 * slugify(key, SLUG_LENGTH) (src/core/content/ids.ts), with a fast path for
 * ASCII keys that gives exactly the same result (a unit test holds them equal).
 */
export function slugOfKey(key: string): string {
  if (NON_ASCII.test(key) || key.includes('&')) return slugify(key, SLUG_LENGTH);
  const lower = key.toLowerCase();
  let slug = '';
  let dash = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x27) continue; // an apostrophe joins: "dwyer's" -> "dwyers"
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (dash) slug += '-';
      dash = false;
      slug += lower[i];
    } else {
      dash = slug.length > 0;
    }
  }
  if (slug.length <= SLUG_LENGTH) return slug;
  return slug.slice(0, SLUG_LENGTH).replace(/-[^-]*$/, '').replace(/-+$/g, '') || slug.slice(0, SLUG_LENGTH);
}

/** The last 8 base-36 digits of a safe integer, zero-padded (what toString(36).padStart(8, '0').slice(-8) gives, without its cost). */
export function base36(value: number): string {
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = DIGITS[value % 36] + out;
    value = Math.floor(value / 36);
  }
  return out;
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
// eslint-disable-next-line no-control-regex -- NUL to DEL is the ASCII range, on purpose
const NON_ASCII = /[^\x00-\x7f]/;
const PUNCTUATION = new Set([...'*_`#>[]()~=|\\'].map((ch) => ch.charCodeAt(0)));

/** Whether the code unit is whitespace as the regular expression \s means it. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
