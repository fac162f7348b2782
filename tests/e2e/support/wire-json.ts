// Test-only: JSON for the HTTP bridge that carries bytes. IPC copies a Uint8Array as it is;
// JSON would turn it into {"0":…,"1":…}, so bytes travel as base64 under a tag and come
// back as a Uint8Array on the other side. Runs in the page and in Node (btoa/atob are in both).

const tag = '$lede:bytes';

/** Where the test server serves stored images, as the app's `lede-asset:` protocol does. */
export const testAssetUrlBase = '/__lede/asset/';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array ? { [tag]: toBase64(item) } : item,
  );
}

export function decodeWire(text: string): unknown {
  // A reviver visits every value; most messages carry no bytes and need none.
  if (!text.includes(tag)) return JSON.parse(text);
  return JSON.parse(text, (_key, item: unknown) => {
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
      const keys = Object.keys(item);
      const encoded = (item as Record<string, unknown>)[tag];
      if (keys.length === 1 && typeof encoded === 'string') return fromBase64(encoded);
    }
    return item;
  });
}
