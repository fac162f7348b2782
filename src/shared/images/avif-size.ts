import type { ByteReader, PixelSize } from './byte-reader';

interface Box {
  type: string;
  /** Where the box's content starts (after the size, type and any 64-bit size). */
  start: number;
  end: number;
}

/** The boxes directly inside `[from, to)`; a box claiming to reach past its parent ends the list. */
function boxes(bytes: ByteReader, from: number, to: number): Box[] {
  const found: Box[] = [];
  let at = from;
  while (at + 8 <= to) {
    let size = bytes.be32(at);
    const type = bytes.ascii(at + 4, 4);
    let start = at + 8;
    if (size === 1) {
      // A 64-bit size; anything above 2^32 cannot be inside a file we accept anyway.
      if (bytes.be32(at + 8) !== 0) return found;
      size = bytes.be32(at + 12);
      start = at + 16;
    } else if (size === 0) {
      size = to - at;
    }
    if (size < start - at || at + size > to) return found;
    found.push({ type, start, end: at + size });
    at += size;
  }
  return found;
}

const child = (list: Box[], type: string): Box | undefined => list.find((box) => box.type === type);

/** Whether the file type box names AVIF (`avif` still image or `avis` sequence) as a brand. */
export function isAvif(bytes: ByteReader): boolean {
  if (bytes.length < 16 || !bytes.startsWith([0x66, 0x74, 0x79, 0x70], 4)) return false; // "ftyp"
  const size = bytes.be32(0);
  if (size < 16 || size > bytes.length || size % 4 !== 0) return false;
  const brands = [bytes.ascii(8, 4)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(bytes.ascii(at, 4));
  return brands.includes('avif') || brands.includes('avis');
}

/**
 * The primary item's `ispe` (image spatial extent) property: `meta` names the primary item
 * (`pitm`), `iprp/ipma` lists which `iprp/ipco` properties belong to it. A quarter turn
 * (`irot` 1 or 3) swaps width and height, as a reader sees it.
 */
export function avifSize(bytes: ByteReader): PixelSize | undefined {
  const meta = child(boxes(bytes, 0, bytes.length), 'meta');
  if (!meta) return undefined;
  const inMeta = boxes(bytes, meta.start + 4, meta.end); // meta is a full box: skip version and flags
  const pitm = child(inMeta, 'pitm');
  const iprp = child(inMeta, 'iprp');
  if (!pitm || !iprp) return undefined;
  const primary = bytes.u8(pitm.start) === 0 ? bytes.be16(pitm.start + 4) : bytes.be32(pitm.start + 4);
  const inIprp = boxes(bytes, iprp.start, iprp.end);
  const ipco = child(inIprp, 'ipco');
  if (!ipco) return undefined;
  const properties = boxes(bytes, ipco.start, ipco.end);
  const indexes = inIprp
    .filter((box) => box.type === 'ipma')
    .flatMap((ipma) => associations(bytes, ipma).get(primary) ?? []);
  let size: PixelSize | undefined;
  let quarterTurn = false;
  for (const index of indexes) {
    const property = properties[index - 1]; // property indexes are 1-based
    if (property?.type === 'ispe' && !size) {
      size = { width: bytes.be32(property.start + 4), height: bytes.be32(property.start + 8) };
    }
    if (property?.type === 'irot') quarterTurn = (bytes.u8(property.start) & 1) === 1;
  }
  if (!size) return undefined;
  return quarterTurn ? { width: size.height, height: size.width } : size;
}

/** item id -> property indexes, from one `ipma` (item property association) box. */
function associations(bytes: ByteReader, ipma: Box): Map<number, number[]> {
  const version = bytes.u8(ipma.start);
  const wideIndexes = (bytes.u8(ipma.start + 3) & 1) === 1;
  const count = bytes.be32(ipma.start + 4);
  const map = new Map<number, number[]>();
  let at = ipma.start + 8;
  for (let i = 0; i < count && at < ipma.end; i++) {
    const item = version < 1 ? bytes.be16(at) : bytes.be32(at);
    at += version < 1 ? 2 : 4;
    const n = bytes.u8(at++);
    const indexes: number[] = [];
    for (let k = 0; k < n; k++) {
      // The top bit marks an essential property; the rest is the index.
      indexes.push(wideIndexes ? bytes.be16(at) & 0x7fff : bytes.u8(at) & 0x7f);
      at += wideIndexes ? 2 : 1;
    }
    map.set(item, indexes);
  }
  return map;
}
