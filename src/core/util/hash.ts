// The string hashes of core: FNV-1a (32-bit, extendable one piece at a time)
// for look-up keys and short suffixes, and cyrb53 (53-bit) for ids and text
// checks. Neither is cryptographic.

/** FNV-1a's offset basis as a signed 32-bit integer: small integers stay unboxed in a Set. */
export const FNV_START = 0x811c9dc5 | 0;

/** FNV-1a over `text`'s code units, continuing from `hash`: the hash of a prefix extends to the hash of the longer text. */
export function fnv1a(text: string, hash = FNV_START): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
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
