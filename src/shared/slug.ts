/** Longest slug derived from a headline; a typed slug may be longer, up to `maxSlugLength`. */
export const derivedSlugLength = 80;
export const maxSlugLength = 200;

/**
 * A URL slug from any text: lower case, words joined by hyphens, Latin accents dropped
 * ("Zoë’s café" becomes "zoes-cafe"), letters of other scripts kept as they are, so an
 * Arabic or Urdu headline gives a readable slug rather than an empty one.
 */
export function slugify(text: string, maxLength = derivedSlugLength): string {
  const words = text
    .normalize('NFKD')
    // Accents on Latin letters go; marks in other scripts (Arabic vowels, Devanagari signs) stay.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((word) => word !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > maxLength) {
      // A first word longer than the limit is cut; later ones are left out whole.
      if (slug === '') slug = [...word].slice(0, maxLength).join('');
      break;
    }
    slug = next;
  }
  return slug;
}

/** A slug is valid when slugify leaves it as it is. */
export function isSlug(value: string): boolean {
  return value !== '' && value.length <= maxSlugLength && slugify(value, maxSlugLength) === value;
}

/** What a new or untitled article's slug starts from. */
export const untitledSlug = 'untitled';

/**
 * The first of `base`, `base-2`, `base-3`, … not in `taken`. `taken` holds only the slugs
 * that start with `base` (the store finds those with one indexed range query).
 */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
