// Type-checked by both tsconfig.node.json and tsconfig.web.json: no Node modules or globals here.
import { describe, expect, it } from 'vitest';
import { textDirection } from './text-direction';

describe('textDirection', () => {
  it.each(['ar', 'ur', 'he', 'fa', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'syr', 'ar-EG', 'ur-PK', 'he-IL', 'fa-IR'])(
    '%s reads right to left',
    (lang) => expect(textDirection(lang)).toBe('rtl'),
  );

  it.each(['en', 'en-GB', 'fr', 'de', 'tr', 'hi', 'zh-Hant', 'ja', 'sw', 'ru'])('%s reads left to right', (lang) =>
    expect(textDirection(lang)).toBe('ltr'),
  );

  it('lets an explicit script decide over the language', () => {
    expect(textDirection('az-Arab')).toBe('rtl');
    expect(textDirection('pa-Arab')).toBe('rtl');
    expect(textDirection('ku-Latn')).toBe('ltr');
    expect(textDirection('ar-Latn')).toBe('ltr');
    expect(textDirection('sd-Deva')).toBe('ltr');
  });

  it('is case-insensitive, as BCP 47 is', () => {
    expect(textDirection('AR')).toBe('rtl');
    expect(textDirection('UR-pk')).toBe('rtl');
  });

  it('treats an unreadable tag as left to right rather than throwing', () => {
    expect(textDirection('')).toBe('ltr');
    expect(textDirection('not a tag')).toBe('ltr');
    expect(textDirection('en_US')).toBe('ltr');
  });
});
