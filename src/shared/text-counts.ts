/** Words a reader gets through in a minute, for the reading-time estimate. */
export const wordsPerMinute = 230;

let segmenter: Intl.Segmenter | undefined;

/**
 * Characters as a reader counts them (grapheme clusters): an emoji or an Arabic letter
 * with its vowel mark is one, where `string.length` would count two or more.
 */
export function countCharacters(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

/** Whole minutes to read `words`, at least one for any text at all. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / wordsPerMinute));
}

/**
 * `text` cut to at most `max` UTF-16 units (the contract's measure) without splitting a
 * surrogate pair, so a trimmed paste never ends in half an emoji.
 */
export function cutToLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}
