// Type-checked by both tsconfig.node.json and tsconfig.web.json: no Node modules or globals here.
import { describe, expect, it } from 'vitest';
import { ArticleFields } from './article';
import { canonicalLanguage, languageName } from './language';

describe('canonicalLanguage', () => {
  it.each([
    ['en', 'en'],
    ['EN-gb', 'en-GB'],
    ['ur-pk', 'ur-PK'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    [' ar ', 'ar'],
  ])('%j is %j', (tag, canonical) => expect(canonicalLanguage(tag)).toBe(canonical));

  it.each(['', 'english', 'en_US', 'e', '12', 'en--GB', 'und', 'x'.repeat(40)])('refuses %j', (tag) =>
    expect(canonicalLanguage(tag)).toBeNull(),
  );

  it('names languages in English', () => {
    expect(languageName('ur')).toBe('Urdu');
    expect(languageName('en-GB')).toBe('British English');
  });
});

describe('the language field of a patch', () => {
  it('is canonicalised, and canonicalising again changes nothing', () => {
    const once = ArticleFields.parse({ language: 'AR-eg' });
    expect(once.language).toBe('ar-EG');
    expect(ArticleFields.parse(once)).toEqual(once);
  });

  it('refuses a malformed tag with words', () => {
    const result = ArticleFields.safeParse({ language: 'Urdu language' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('“Urdu language” is not a language tag like en, en-GB, ar or ur');
  });
});
