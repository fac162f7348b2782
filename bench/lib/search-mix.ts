/**
 * The searches the `search` suite times: what people type into a newsroom archive. Words
 * are chosen by how many stories hold them, measured on a sample of the same synthetic
 * archive (the generator is seeded, so the sample stands for the whole), so "common" and
 * "rare" mean the same on every machine:
 * - common: one word in 5–40% of stories ("council")
 * - rare: one word in 0.05–0.5% of stories
 * - two words: a common word and a middling one (0.5–5%)
 * - phrase: two words that stand together in a headline, in quotes
 * - prefix: the first four or five letters of a word, still being typed
 * - name: a reporter's full name
 */
import { seededRandom } from '../../scripts/seed/random';
import { createStoryGenerator } from '../../scripts/seed/synthetic-story';
import { tagCatalogue } from '../../scripts/seed/synthetic-tags';
import { commonWords, places, sectionWords } from '../../scripts/seed/vocabulary';

export interface MixQuery {
  kind: 'common' | 'rare' | 'two words' | 'phrase' | 'prefix' | 'name';
  text: string;
}

const sampleSize = 2_000;

/** `count` distinct picks from `list`, seeded. */
function pickSome<T>(list: readonly T[], count: number, random: () => number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return out;
}

export function searchMix(seed: number, now: number): MixQuery[] {
  const story = createStoryGenerator({ seed, count: sampleSize, now, catalogue: tagCatalogue(seed, 2024) });
  const documents = new Map<string, number>();
  const bigrams: string[] = [];
  const names = new Set<string>();
  for (let i = 0; i < sampleSize; i++) {
    const { row } = story(i);
    const words = new Set(`${row.headline} ${row.body_text}`.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
    for (const word of words) documents.set(word, (documents.get(word) ?? 0) + 1);
    if (row.language === 'en') {
      const headline = row.headline.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
      for (let w = 0; w + 1 < headline.length; w++) bigrams.push(`${headline[w]} ${headline[w + 1]}`);
    }
    for (const name of JSON.parse(row.bylines) as string[]) names.add(name);
  }
  const share = (word: string): number => (documents.get(word) ?? 0) / sampleSize;
  const band = (low: number, high: number): string[] =>
    [...documents.keys()].filter((word) => share(word) >= low && share(word) <= high).sort();
  const random = seededRandom(seed ^ 0x5ea4c4);
  // Real words only (the made-up tail stands in for names, not for "council"), and not
  // the very commonest (the, of, said), which nobody searches for alone.
  const real = new Set([...commonWords, ...Object.values(sectionWords).flat(), ...places].map((w) => w.toLowerCase()));
  const common = pickSome(
    band(0.05, 0.4).filter((word) => real.has(word)),
    10,
    random,
  );
  const middling = band(0.005, 0.05);
  const rare = pickSome(band(0.0005, 0.005), 10, random);
  const pairs = pickSome(common, 8, random).map((word) => `${word} ${pickSome(middling, 1, random)[0]}`);
  const phrases = pickSome([...new Set(bigrams)].sort(), 6, random).map((pair) => `"${pair}"`);
  const prefixes = pickSome([...common, ...middling.filter((w) => w.length >= 7)], 8, random).map((word) =>
    word.slice(0, 4 + Math.floor(random() * 2)),
  );
  const people = pickSome([...names].sort(), 4, random);
  // Finished words end with a space, as typed before Enter; prefixes do not.
  return [
    ...common.map((text): MixQuery => ({ kind: 'common', text: `${text} ` })),
    ...rare.map((text): MixQuery => ({ kind: 'rare', text: `${text} ` })),
    ...pairs.map((text): MixQuery => ({ kind: 'two words', text: `${text} ` })),
    ...phrases.map((text): MixQuery => ({ kind: 'phrase', text: `${text} ` })),
    ...prefixes.map((text): MixQuery => ({ kind: 'prefix', text })),
    ...people.map((text): MixQuery => ({ kind: 'name', text: `${text} ` })),
  ];
}
