/**
 * Synthetic articles for benchmarks: deterministic (seeded), shaped like what the editor
 * saves: an 80-character headline, a standfirst, a byline and a TipTap body of paragraphs
 * whose serialised JSON is about 4 KB, with the odd bold, italic or link mark.
 */
import { countWords, docText, type DocNode } from '../../src/shared/doc';
import { articleStatuses, type ArticleStatus } from '../../src/shared/article';

/** A small fast PRNG (mulberry32): the same seed gives the same articles on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (
  'the council said on tuesday that its budget for the coming year would rise by four per cent ' +
  'after a long review of spending on roads schools housing and care residents have until march ' +
  'to respond to the plans which include new cycle lanes a library extension and more money for ' +
  'repairs officials warned that costs were rising faster than expected while opposition members ' +
  'called the proposals a missed chance to tackle the shortage of affordable homes in the city ' +
  'centre local businesses welcomed the promise of cheaper parking but traders on the high street ' +
  'said footfall had fallen since the closure of the market hall last summer police confirmed an ' +
  'investigation was under way into the incident near the station where two people were treated ' +
  'for minor injuries witnesses described hearing a loud bang shortly before midnight the minister ' +
  'is expected to announce further details next week according to people familiar with the talks ' +
  'figures published this morning show unemployment in the region fell to its lowest level in a ' +
  'decade although economists cautioned that many of the new jobs are part time or temporary'
).split(' ');

const forenames = ['Amira', 'Ben', 'Chloe', 'Dev', 'Elena', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonah', 'Kemi', 'Luca'];
const surnames = ['Okafor', 'Walsh', 'Nguyen', 'Patel', 'Moreau', 'Haddad', 'Lindqvist', 'Costa', 'Byrne', 'Adeyemi'];

export interface SyntheticArticle {
  headline: string;
  standfirst: string;
  bylines: string[];
  status: ArticleStatus;
  body: DocNode;
}

/** The body as the store keeps it, computed the way the article service computes it. */
export interface SerialisedBody {
  body: string;
  body_text: string;
  word_count: number;
}

export const targetBodyBytes = 4096;

export function serialiseBody(doc: DocNode): SerialisedBody {
  const text = docText(doc);
  return { body: JSON.stringify(doc), body_text: text, word_count: countWords(text) };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const between = (random: () => number, low: number, high: number): number =>
  low + Math.floor(random() * (high - low + 1));

function phrase(random: () => number, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(pick(random, words));
  return out;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Text of exactly `length` characters (give or take the last word), capitalised, no full stop. */
function line(random: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += (text ? ' ' : '') + pick(random, words);
  return capitalise(text.slice(0, length).trimEnd());
}

/** One sentence as inline nodes: plain text, sometimes with a marked span inside. */
function sentence(random: () => number, leadingSpace: boolean): DocNode[] {
  const parts = phrase(random, between(random, 8, 24));
  parts[0] = capitalise(parts[0]!);
  const lead = leadingSpace ? ' ' : '';
  const roll = random();
  if (roll > 0.25 || parts.length < 6) return [{ type: 'text', text: `${lead}${parts.join(' ')}.` }];
  const start = between(random, 1, parts.length - 4);
  const end = start + between(random, 1, 3);
  const mark =
    roll < 0.1
      ? { type: 'bold' }
      : roll < 0.2
        ? { type: 'italic' }
        : {
            type: 'link',
            attrs: {
              href: `https://example.org/news/${between(random, 1000, 9999)}`,
              target: '_blank',
              rel: 'noopener noreferrer nofollow',
              class: null,
            },
          };
  return [
    { type: 'text', text: `${lead}${parts.slice(0, start).join(' ')} ` },
    { type: 'text', marks: [mark], text: parts.slice(start, end).join(' ') },
    { type: 'text', text: ` ${parts.slice(end).join(' ')}.` },
  ];
}

/**
 * A body of paragraphs (2-5 sentences each) filled up to `bytes` of serialised JSON
 * without passing it. Sizes are added up node by node rather than by re-serialising.
 */
export function syntheticBody(random: () => number, bytes = targetBodyBytes): DocNode {
  const paragraphs: DocNode[] = [];
  const wrapper = '{"type":"doc","content":[]}'.length;
  const emptyParagraph = '{"type":"paragraph","content":[]}'.length;
  let size = wrapper;
  let full = false;
  while (!full) {
    const content: DocNode[] = [];
    let paragraphSize = emptyParagraph + (paragraphs.length > 0 ? 1 : 0);
    const sentences = between(random, 2, 5);
    for (let s = 0; s < sentences; s++) {
      const nodes = sentence(random, content.length > 0);
      let nodesSize = 0;
      for (const node of nodes) nodesSize += JSON.stringify(node).length + 1;
      if (content.length === 0) nodesSize -= 1;
      if (size + paragraphSize + nodesSize > bytes) {
        full = true;
        break;
      }
      content.push(...nodes);
      paragraphSize += nodesSize;
    }
    if (content.length === 0) break;
    paragraphs.push({ type: 'paragraph', content });
    size += paragraphSize;
  }
  return { type: 'doc', content: paragraphs };
}

export function syntheticArticle(random: () => number): SyntheticArticle {
  return {
    headline: line(random, 80),
    standfirst: `${line(random, between(random, 120, 200))}.`,
    bylines: [`${pick(random, forenames)} ${pick(random, surnames)}`],
    status: pick(random, articleStatuses),
    body: syntheticBody(random),
  };
}

/**
 * The same body after a few more words typed at the end, as an autosave sends it.
 * `doc` is not changed.
 */
export function typedMore(doc: DocNode, random: () => number, count = between(random, 1, 4)): DocNode {
  const copy = structuredClone(doc);
  const paragraphs = (copy.content ??= []);
  const last = paragraphs[paragraphs.length - 1] ?? { type: 'paragraph' };
  if (paragraphs.length === 0) paragraphs.push(last);
  const inline = (last.content ??= []);
  const tail = inline[inline.length - 1];
  if (!tail || tail.text === undefined || tail.marks) {
    inline.push({ type: 'text', text: ` ${phrase(random, count).join(' ')}` });
  } else {
    tail.text = `${tail.text.replace(/\.$/, '')} ${phrase(random, count).join(' ')}.`;
  }
  return copy;
}
