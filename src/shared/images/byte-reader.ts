/** Thrown when a header points past the end of the bytes: a damaged or cut-off file. */
export class TruncatedImage extends Error {
  override name = 'TruncatedImage';
}

/**
 * Bounds-checked reads over a file's bytes. Every offset comes from the file itself, so
 * a hostile header must never read outside the buffer or loop for ever.
 */
export class ByteReader {
  constructor(readonly bytes: Uint8Array) {}

  get length(): number {
    return this.bytes.length;
  }

  u8(at: number): number {
    this.need(at, 1);
    return this.bytes[at]!;
  }

  be16(at: number): number {
    this.need(at, 2);
    return (this.bytes[at]! << 8) | this.bytes[at + 1]!;
  }

  le16(at: number): number {
    this.need(at, 2);
    return this.bytes[at]! | (this.bytes[at + 1]! << 8);
  }

  le24(at: number): number {
    this.need(at, 3);
    return this.bytes[at]! | (this.bytes[at + 1]! << 8) | (this.bytes[at + 2]! << 16);
  }

  be32(at: number): number {
    this.need(at, 4);
    return (
      ((this.bytes[at]! << 24) | (this.bytes[at + 1]! << 16) | (this.bytes[at + 2]! << 8) | this.bytes[at + 3]!) >>> 0
    );
  }

  le32(at: number): number {
    this.need(at, 4);
    return (
      (this.bytes[at]! | (this.bytes[at + 1]! << 8) | (this.bytes[at + 2]! << 16) | (this.bytes[at + 3]! << 24)) >>> 0
    );
  }

  /** Four (or n) bytes as Latin-1 text: box types, chunk names, signatures. */
  ascii(at: number, length: number): string {
    this.need(at, length);
    let text = '';
    for (let i = 0; i < length; i++) text += String.fromCharCode(this.bytes[at + i]!);
    return text;
  }

  /** Whether `signature` is at `at`, without throwing when the file is shorter. */
  startsWith(signature: readonly number[], at = 0): boolean {
    if (at < 0 || at + signature.length > this.bytes.length) return false;
    return signature.every((byte, i) => this.bytes[at + i] === byte);
  }

  private need(at: number, count: number): void {
    if (!Number.isInteger(at) || at < 0 || at + count > this.bytes.length) throw new TruncatedImage();
  }
}

export interface PixelSize {
  width: number;
  height: number;
}
