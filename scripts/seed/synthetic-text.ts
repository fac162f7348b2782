/**
 * Running text for synthetic stories: words drawn along a Zipf curve from a ranked
 * vocabulary, with the story's own subject words coming back again and again, as they
 * do in real copy (the burstiness that makes bm25 ranking meaningful).
 */
import { between, chance, pick, zipfSampler, type Random } from './random';
import { commonWords, languageWords, places, rareWords, sectionWords } from './vocabulary';

export interface Lexicon {
  /** Most frequent first. */
  words: readonly string[];
  rank: (random: Random) => number;
}

const rareTail = rareWords(20_000);
const lexicons = new Map<string, Lexicon>();

/** The ranked vocabulary for a language; built once per language and kept. */
export function lexiconFor(language: string): Lexicon {
  const key = languageWords[language] ? language : 'en';
  let lexicon = lexicons.get(key);
  if (!lexicon) {
    const subjectWords = Object.values(sectionWords).flat();
    const head = key === 'en' ? commonWords : [...languageWords[key]!, ...commonWords.slice(0, 40)];
    const ranked = [...new Set([...head, ...interleave(subjectWords), ...places.map((p) => p), ...rareTail])];
    lexicon = { words: ranked, rank: zipfSampler(ranked.length) };
    lexicons.set(key, lexicon);
  }
  return lexicon;
}

/** Spreads the section lists so no section owns the better ranks. */
function interleave(list: readonly string[]): string[] {
  const out: string[] = [];
  const stride = 29;
  for (let start = 0; start < stride; start++) for (let i = start; i < list.length; i += stride) out.push(list[i]!);
  return out;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Writes sentences for one story. */
export class TextMaker {
  constructor(
    private readonly random: Random,
    private readonly lexicon: Lexicon,
    /** The story's subject words: they recur throughout it. */
    private readonly topic: readonly string[],
    private readonly people: readonly string[],
  ) {}

  word(): string {
    if (this.topic.length > 0 && chance(this.random, 0.07)) return pick(this.random, this.topic);
    return this.lexicon.words[this.lexicon.rank(this.random)]!;
  }

  words(count: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(this.word());
    return out;
  }

  /** A sentence of `count` words, sometimes a quotation with its speaker. */
  sentence(count: number): string {
    if (this.people.length > 0 && count >= 8 && chance(this.random, 0.12)) {
      const said = this.words(count - 3);
      return `“${capitalise(said.join(' '))},” said ${pick(this.random, this.people)}.`;
    }
    const parts = this.words(count);
    if (count > 12 && chance(this.random, 0.3)) parts[between(this.random, 4, count - 4)] += ',';
    return `${capitalise(parts.join(' '))}.`;
  }

  /** Words a sentence of this story usually has. */
  sentenceLength(): number {
    return between(this.random, 6, 26);
  }
}

export { capitalise };
