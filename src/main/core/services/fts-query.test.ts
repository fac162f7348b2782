import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { matchExpression, minPrefixLength, parseSearchText, searchLimits } from './fts-query';

const parse = (text: string): string | null => matchExpression(parseSearchText(text));

describe('parseSearchText', () => {
  it('requires every word and matches the word being typed as a prefix', () => {
    expect(parse('council budget')).toBe('"council" AND "budget"*');
    expect(parse('council budget ')).toBe('"council" AND "budget"');
  });

  it('keeps quoted words together, with or without a closing quote', () => {
    expect(parse('"city council" vote ')).toBe('"city council" AND "vote"');
    expect(parse('vote "city coun')).toBe('"vote" AND "city coun"*');
    expect(parse('“city council” ')).toBe('"city council"');
  });

  it('leaves out words after a minus, never as a prefix', () => {
    expect(parse('council -budget')).toBe('("council") NOT ("budget")');
    expect(parse('council -"city hall" -tax ')).toBe('("council") NOT ("city hall" OR "tax")');
    expect(parseSearchText('-budget')).toMatchObject({ positive: null, exclude: '"budget"' });
    expect(parse('-budget')).toBeNull();
  });

  it('keeps a hyphen inside a word as part of it', () => {
    expect(parse('covid-19 ')).toBe('"covid-19"');
    expect(parse('council - budget ')).toBe('"council" AND "budget"');
  });

  it('reads OR in capitals between words as either, and otherwise as a word', () => {
    expect(parse('council OR parliament ')).toBe('("council" OR "parliament")');
    expect(parse('tax council OR parliament vote ')).toBe('"tax" AND ("council" OR "parliament") AND "vote"');
    expect(parse('OR council ')).toBe('"OR" AND "council"');
    expect(parse('council OR')).toBe('"council"');
    expect(parse('council or parliament ')).toBe('"council" AND "or" AND "parliament"');
  });

  it('honours a typed star, and never makes a prefix of a single letter', () => {
    expect(parse('elect* ')).toBe('"elect"*');
    expect(parse('council b')).toBe('"council" AND "b"');
    expect(parse('council bu')).toBe(`"council" AND "bu"${minPrefixLength <= 2 ? '*' : ''}`);
    expect(parse('x* ')).toBe('"x"');
  });

  it('quotes FTS5 operators and punctuation so they are only text', () => {
    expect(parse('NEAR(a b) AND c NOT d ')).toBe('"NEAR(a" AND "b)" AND "AND" AND "c" AND "NOT" AND "d"');
    expect(parse('headline:council ^lead +plus ')).toBe('"headline:council" AND "^lead" AND "+plus"');
  });

  it('drops words without letters or digits, so they cannot empty the search', () => {
    expect(parse('*** --- ... !!! ')).toBeNull();
    expect(parse('🎉 council 🙂')).toBe('"council"');
    expect(parse('"" council')).toBe('"council"*');
  });

  it('turns control characters and broken surrogates into spaces', () => {
    expect(parse('council\u0000budget\ud800 ')).toBe('"council" AND "budget"');
  });

  it('bounds the terms read from a very long input', () => {
    const words = Array.from({ length: 2_000 }, (_, i) => `word${i}`).join(' ');
    const parsed = parseSearchText(words);
    expect(parsed.terms).toHaveLength(searchLimits.terms);
    const long = parseSearchText('x'.repeat(10_000));
    expect(long.terms[0]).toHaveLength(searchLimits.termLength);
  });

  it('can limit the match to columns, keeping exclusions everywhere', () => {
    const parsed = parseSearchText('council -tax ');
    expect(matchExpression(parsed, ['headline'])).toBe('({headline} : ("council")) NOT ("tax")');
  });

  it('gives the folded words of each term for highlighting', () => {
    expect(parseSearchText('Zürich "City Hall" coun').highlight).toEqual([
      { words: ['zurich'], prefix: false },
      { words: ['city', 'hall'], prefix: false },
      { words: ['coun'], prefix: true },
    ]);
  });
});

describe('every expression is valid FTS5', () => {
  const db = new Database(':memory:');
  db.exec(
    `CREATE VIRTUAL TABLE t USING fts5(a, b, tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'", prefix = '2 3');
     INSERT INTO t (a, b) VALUES ('The council met in Zürich', 'budget and tax'), ('NEAR and AND', 'a:b (c) ^d');`,
  );
  afterAll(() => db.close());
  const nasty = [
    '"',
    '""',
    '"""',
    '" "',
    '*',
    '**',
    'a*b',
    '-',
    '--',
    '- -',
    '-"',
    ':',
    'a:b',
    'b : c',
    '(',
    ')',
    '()',
    '(council',
    'council)',
    'NEAR',
    'NEAR(',
    'NEAR(council budget, 2)',
    'AND',
    'OR',
    'NOT',
    'council AND',
    'AND OR NOT',
    'OR OR OR',
    '^',
    '^council',
    '+',
    '+council',
    '{a b} : council',
    '"unbalanced',
    'unbalanced"',
    'a "b c',
    "!@#$%^&*()_+=[]{};'\\|,.<>/?`~",
    '🎉',
    '🎉🎉 🙂',
    '\u0301',
    '\u0000',
    'x'.repeat(10_000),
    'council '.repeat(1_250),
    '"'.repeat(10_000),
    '-'.repeat(10_000),
  ];
  it.each(nasty.map((text) => [text.length > 40 ? `${text.slice(0, 20)}… (${text.length} chars)` : text, text]))(
    '%s',
    (_label, text) => {
      const match = parse(text);
      if (match === null) return;
      expect(() => db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck().get(match)).not.toThrow();
    },
  );
});
