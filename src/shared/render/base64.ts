const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Standard base64 of some bytes, the same string in the page and in Node (no Buffer, no
 * btoa), so an image embedded by the preview and by the exporter is byte for byte one.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  const whole = bytes.length - (bytes.length % 3);
  for (let i = 0; i < whole; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    chunk += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]! + alphabet[n & 63]!;
    // Joining many short strings beats one ever-growing string for multi-megabyte photos.
    if (chunk.length >= 65_536) {
      parts.push(chunk);
      chunk = '';
    }
  }
  const rest = bytes.length - whole;
  if (rest === 1) {
    const n = bytes[whole]! << 16;
    chunk += `${alphabet[n >> 18]!}${alphabet[(n >> 12) & 63]!}==`;
  } else if (rest === 2) {
    const n = (bytes[whole]! << 16) | (bytes[whole + 1]! << 8);
    chunk += `${alphabet[n >> 18]!}${alphabet[(n >> 12) & 63]!}${alphabet[(n >> 6) & 63]!}=`;
  }
  parts.push(chunk);
  return parts.join('');
}

/** Bytes back from base64; throws on anything that is not base64. */
export function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '');
  if (clean.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw new Error('not base64');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((clean.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n =
      (alphabet.indexOf(clean[i]!) << 18) |
      (alphabet.indexOf(clean[i + 1]!) << 12) |
      ((alphabet.indexOf(clean[i + 2]!) & 63) << 6) |
      (alphabet.indexOf(clean[i + 3]!) & 63);
    if (o < out.length) out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
