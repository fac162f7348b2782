import { describe, expect, it } from 'vitest';
import { cleanTagName, describeTag, ExternalIds, tagNameKey, tagNameProblem } from './tag';

describe('tag names', () => {
  it('are stored trimmed, composed, with single spaces', () => {
    expect(cleanTagName('  Istanbul \t  talks\n')).toBe('Istanbul talks');
    expect(cleanTagName('Kyi\u0308v')).toBe('Kyïv');
  });

  it('fold case, accents and spacing into one key, so look-alikes are one tag', () => {
    for (const name of ['Kyiv', 'KYIV', 'Kyïv', ' kyiv ', 'Kyi\u0308v']) expect(tagNameKey(name)).toBe('kyiv');
    expect(tagNameKey('São  Paulo')).toBe('sao paulo');
    expect(tagNameKey('İstanbul')).toBe('istanbul');
    expect(tagNameKey('Zürich')).not.toBe(tagNameKey('Zurich '.repeat(2)));
  });

  it('say what is wrong with them', () => {
    expect(tagNameProblem('')).toBe('a tag needs a name; it is empty or only spaces');
    expect(tagNameProblem('x'.repeat(201))).toBe('a tag name is at most 200 characters');
    expect(tagNameProblem('🦊'.repeat(200))).toBeNull();
    expect(tagNameProblem('\u0301')).toBe('a tag name needs at least one letter or digit');
    expect(tagNameProblem('Budget')).toBeNull();
  });

  it('read with their kind', () => {
    expect(describeTag({ kind: 'organisation', name: 'UN' })).toBe('UN (organisation)');
  });
});

describe('external ids', () => {
  it('are URIs, trimmed and without repeats', () => {
    expect(ExternalIds.parse([' https://www.wikidata.org/wiki/Q406 ', 'https://www.wikidata.org/wiki/Q406'])).toEqual([
      'https://www.wikidata.org/wiki/Q406',
    ]);
    expect(ExternalIds.safeParse(['Q406']).success).toBe(false);
    expect(ExternalIds.safeParse(['wikidata: Q406']).success).toBe(false);
  });
});
