/** Longest tag accepted; real tags with extensions stay well under it. */
export const maxLanguageTagLength = 35;

/**
 * The canonical form of a BCP 47 language tag (`EN-gb` becomes `en-GB`), or null when the
 * tag is not well formed. Uses the platform's own parser, the same in Node and Chromium.
 */
export function canonicalLanguage(tag: string): string | null {
  const trimmed = tag.trim();
  // ISO 639 codes are two or three letters; the longer forms BCP 47 reserves are unused.
  if (!/^[a-z]{2,3}(?:-|$)/i.test(trimmed) || trimmed.length > maxLanguageTagLength) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(trimmed);
    return canonical && canonical.length <= maxLanguageTagLength && canonical !== 'und' ? canonical : null;
  } catch {
    return null;
  }
}

/** "Urdu", "English (United Kingdom)": the name of a tag in English, or the tag itself. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Tags offered in the language picker; any other well-formed tag may be typed. */
export const commonLanguages = [
  'en',
  'en-GB',
  'en-US',
  'ar',
  'ur',
  'he',
  'fa',
  'ps',
  'fr',
  'de',
  'es',
  'pt',
  'it',
  'nl',
  'tr',
  'ru',
  'uk',
  'hi',
  'bn',
  'zh',
  'ja',
  'ko',
  'sw',
] as const;
