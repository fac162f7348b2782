import { describe, expect, it } from 'vitest';
import { createMatcher, foldWord, highlightAll, opening, snippet, termWords } from './highlight';

const matcher = (...terms: [string, boolean?][]) =>
  createMatcher(terms.map(([text, prefix]) => ({ words: termWords(text), prefix: prefix ?? false })));
const marks = (parts: { text: string; match: boolean }[] | null): string[] =>
  (parts ?? []).filter((part) => part.match).map((part) => part.text);
const joined = (parts: { text: string; match: boolean }[] | null): string => (parts ?? []).map((p) => p.text).join('');

describe('highlighting', () => {
  it('marks whole words, folding case and accents, keeping the text as written', () => {
    const parts = highlightAll('Zürich and ZURICH, not Zurichsee', matcher(['zurich']));
    expect(marks(parts)).toEqual(['Zürich', 'ZURICH']);
    expect(joined(parts)).toBe('Zürich and ZURICH, not Zurichsee');
  });

  it('marks a prefix with the rest of its word, and phrases across punctuation', () => {
    expect(marks(highlightAll('Councillors and the council met', matcher(['counc', true])))).toEqual([
      'Councillors',
      'council',
    ]);
    expect(marks(highlightAll('The city, hall and the city hall', matcher(['city hall'])))).toEqual([
      'city, hall',
      'city hall',
    ]);
  });

  it('handles text whose folding changes its length', () => {
    const text = 'ﬁnal İstanbul café';
    const parts = highlightAll(text, matcher(['istanbul'], ['cafe']));
    expect(marks(parts)).toEqual(['İstanbul', 'café']);
    expect(joined(parts)).toBe(text);
  });

  it('picks the passage where the matches cluster, cut at spaces, with ellipses', () => {
    const text = `${'filler '.repeat(80)}the harbour master said the harbour would reopen ${'more '.repeat(80)}`;
    const parts = snippet(text, matcher(['harbour']), 120);
    expect(marks(parts)).toEqual(['harbour', 'harbour']);
    expect(parts![0]).toEqual({ text: '…', match: false });
    expect(parts![parts!.length - 1]).toEqual({ text: '…', match: false });
    expect(joined(parts).length).toBeLessThanOrEqual(125);
    expect(joined(parts)).not.toMatch(/…\S*fille…/);
  });

  it('gives no passage when nothing matches, and the opening instead', () => {
    expect(snippet('nothing here', matcher(['harbour']))).toBeNull();
    expect(snippet('anything', null)).toBeNull();
    expect(joined(opening('short'))).toBe('short');
    expect(joined(opening('word '.repeat(100), 50))).toMatch(/^(word ){9}word…$/);
  });

  it('escapes words that look like patterns', () => {
    expect(marks(highlightAll('a+b (c) [d]', matcher(['a+b'], ['(c)'])))).toEqual(['a+b', 'c']);
    expect(foldWord('ÉCOLE')).toBe('ecole');
  });
});
