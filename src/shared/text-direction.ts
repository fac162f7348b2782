/** Scripts written right to left (ISO 15924 codes). */
const rtlScripts = new Set([
  'Adlm',
  'Arab',
  'Aran',
  'Armi',
  'Avst',
  'Chrs',
  'Elym',
  'Hatr',
  'Hebr',
  'Hung',
  'Khar',
  'Lydi',
  'Mand',
  'Mani',
  'Mend',
  'Narb',
  'Nbat',
  'Nkoo',
  'Ougr',
  'Palm',
  'Phli',
  'Phlp',
  'Phnx',
  'Prti',
  'Rohg',
  'Samr',
  'Sarb',
  'Sogd',
  'Sogo',
  'Syrc',
  'Thaa',
  'Yezi',
]);

/**
 * Languages whose usual script is right to left. Checked before ICU's likely-script data,
 * which differs between builds (some report Divehi as left to right).
 */
const rtlLanguages = new Set([
  'ar',
  'arc',
  'azb',
  'bal',
  'bqi',
  'ckb',
  'dv',
  'fa',
  'glk',
  'he',
  'iw',
  'ji',
  'khw',
  'ks',
  'lrc',
  'mzn',
  'nqo',
  'pnb',
  'prs',
  'ps',
  'sd',
  'skr',
  'syr',
  'ug',
  'ur',
  'yi',
]);

export type TextDirection = 'ltr' | 'rtl';

/**
 * The direction text in `lang` (a BCP 47 tag) runs: an explicit script subtag decides
 * (`az-Arab` is right to left, `ku-Latn` left to right), then the language, then ICU's
 * likely script. Anything unreadable is left to right. The editor and the preview both
 * use this, so an Urdu article reads the same way in each.
 */
export function textDirection(lang: string): TextDirection {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(lang);
  } catch {
    return 'ltr';
  }
  if (locale.script) return rtlScripts.has(locale.script) ? 'rtl' : 'ltr';
  if (rtlLanguages.has(locale.language)) return 'rtl';
  try {
    const script = locale.maximize().script;
    return script && rtlScripts.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
