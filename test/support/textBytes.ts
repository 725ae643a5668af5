// Text as the bytes a file holds: UTF-8, and UTF-16 with its byte order mark, for the suites that decode files.

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = bigEndian ? code >> 8 : code & 0xff;
    bytes[3 + i * 2] = bigEndian ? code & 0xff : code >> 8;
  }
  return bytes;
}
