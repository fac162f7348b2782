// Type-checked by both tsconfig.node.json and tsconfig.web.json: no Node modules or globals here.
import { describe, expect, it } from 'vitest';
import { derivedSlugLength, firstFreeSlug, isSlug, maxSlugLength, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Council votes on budget', 'council-votes-on-budget'],
    ['  Ceasefire talks resume — in Istanbul!  ', 'ceasefire-talks-resume-in-istanbul'],
    ['Zoë’s café: “déjà vu”', 'zoes-cafe-deja-vu'],
    ["Don't panic", 'dont-panic'],
    ['COVID-19 cases rise 12%', 'covid-19-cases-rise-12'],
    ['Ünïcödé ÀÉÎÕÜ', 'unicode-aeiou'],
    ['Straße', 'straße'],
    ['', ''],
    ['—!?…', ''],
  ])('%j becomes %j', (text, slug) => expect(slugify(text)).toBe(slug));

  it('keeps letters of other scripts, with their marks', () => {
    expect(slugify('وزیر اعظم کا دورہ')).toBe('وزیر-اعظم-کا-دورہ');
    expect(slugify('مَرْحَبًا بالعالم')).toBe('مَرْحَبًا-بالعالم');
    expect(slugify('हिन्दी समाचार')).toBe('हिन्दी-समाचार');
    expect(slugify('שלום עולם')).toBe('שלום-עולם');
  });

  it('cuts a long headline at a word boundary within the limit', () => {
    const headline = 'word '.repeat(40);
    const slug = slugify(headline);
    expect(slug.length).toBeLessThanOrEqual(derivedSlugLength);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.split('-').every((part) => part === 'word')).toBe(true);
    expect(slugify('x'.repeat(200))).toBe('x'.repeat(derivedSlugLength));
  });
});

describe('isSlug', () => {
  it.each(['council-votes', 'a', '2026-budget', 'وزیر-اعظم'])('accepts %j', (slug) => expect(isSlug(slug)).toBe(true));
  it.each([
    '',
    'Council-Votes',
    'two  words',
    '-leading',
    'trailing-',
    'double--hyphen',
    'under_score',
    'a/b',
    'é'.normalize('NFD'),
  ])('refuses %j', (slug) => expect(isSlug(slug)).toBe(false));
  it('refuses a slug over the hard limit', () => {
    expect(isSlug('a'.repeat(maxSlugLength))).toBe(true);
    expect(isSlug('a'.repeat(maxSlugLength + 1))).toBe(false);
  });
});

describe('firstFreeSlug', () => {
  it('returns the base when it is free, else the first free numbered form', () => {
    expect(firstFreeSlug('budget', [])).toBe('budget');
    expect(firstFreeSlug('budget', ['budget'])).toBe('budget-2');
    expect(firstFreeSlug('budget', ['budget', 'budget-2', 'budget-4'])).toBe('budget-3');
    expect(firstFreeSlug('budget', ['budget-2'])).toBe('budget');
  });
});
