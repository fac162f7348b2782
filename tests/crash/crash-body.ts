/**
 * The text the crash writer saves, derived from (article, revision) alone, so the checker
 * can rebuild exactly what a revision must hold: a stored body that differs in one byte
 * from the one rebuilt for its revision is half-written or mixed up.
 */
import type { DocNode } from '../../src/shared/doc';

/** The headline of crash article `k`; how the writer finds its articles again after a kill. */
export const crashHeadline = (article: number): string => `Crash article ${article}`;

const words =
  'council budget review roads schools housing residents march plans cycle lanes library repairs officials costs opposition homes traders parking footfall market police investigation station witnesses minister figures unemployment economists'.split(
    ' ',
  );

/** About 4 KB of TipTap JSON: a marker paragraph naming the revision, then seeded prose. */
export function crashBody(article: number, revision: number): DocNode {
  let state = (article * 2_654_435_761 + revision * 40_503) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const paragraphs: DocNode[] = [
    { type: 'paragraph', content: [{ type: 'text', text: `Article ${article}, revision ${revision}.` }] },
  ];
  let size = 0;
  while (size < 3_800) {
    const sentence: string[] = [];
    for (let i = 0; i < 40; i++) sentence.push(words[Math.floor(next() * words.length)]!);
    const text = `${sentence.join(' ')} (${article}/${revision}).`;
    paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    size += text.length + 50;
  }
  return { type: 'doc', content: paragraphs };
}
