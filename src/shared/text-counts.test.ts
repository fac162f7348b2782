// Type-checked by both tsconfig.node.json and tsconfig.web.json: no Node modules or globals here.
import { describe, expect, it } from 'vitest';
import { countCharacters, cutToLength, readingMinutes } from './text-counts';

describe('countCharacters', () => {
  it('counts what a reader sees as one character once', () => {
    expect(countCharacters('')).toBe(0);
    expect(countCharacters('Budget')).toBe(6);
    expect(countCharacters('📰 news')).toBe(6);
    expect(countCharacters('e\u0301')).toBe(1);
    expect(countCharacters('👩‍💻')).toBe(1);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes with at least one for any text', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(230)).toBe(1);
    expect(readingMinutes(460)).toBe(2);
    expect(readingMinutes(20_000)).toBe(87);
  });
});

describe('cutToLength', () => {
  it('leaves short text alone and never splits a surrogate pair', () => {
    expect(cutToLength('abc', 5)).toBe('abc');
    expect(cutToLength('abcdef', 3)).toBe('abc');
    expect(cutToLength('ab📰', 3)).toBe('ab');
    expect(cutToLength('ab📰', 4)).toBe('ab📰');
  });
});
