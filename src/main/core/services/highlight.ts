import type { Highlighted } from '../../../shared/library';

/**
 * Marks search matches in text, ignoring case and diacritics as the index's tokenizer
 * does, so "zurich" marks "Zürich". Done here rather than with FTS5's snippet(): that
 * needs the match evaluated again per row, which for a prefix costs milliseconds a row.
 * The pattern lets each letter stand for its accented forms and the text is searched as
 * it is, so positions need no mapping back.
 */

/** A searched word or phrase: its folded words, the last one a prefix if so typed. */
export interface HighlightTerm {
  words: string[];
  prefix: boolean;
}

export type Matcher = RegExp | null;

// A match must start a word; checked by hand, since a lookbehind would be tried at every position.
const wordCharacter = /[\p{L}\p{N}\p{Co}\p{M}]/u;
const wordRun = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

/** Lower case without diacritics, the way `remove_diacritics 2` compares words. */
export function foldWord(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** For each plain Latin letter, the accented letters that fold to it (Latin-1 to Latin Extended Additional). */
const accented: ReadonlyMap<string, string> = (() => {
  const forms = new Map<string, string>();
  const add = (from: number, to: number): void => {
    for (let code = from; code <= to; code++) {
      const ch = String.fromCodePoint(code);
      const base = foldWord(ch);
      if (base.length === 1 && base >= 'a' && base <= 'z' && base !== ch) forms.set(base, (forms.get(base) ?? '') + ch);
    }
  };
  add(0x00c0, 0x024f);
  add(0x1e00, 0x1eff);
  return forms;
})();

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * A folded word as a pattern: each letter also matches its capital and accented forms
 * (spelt out rather than with the `i` flag, which makes V8 fold every character it reads),
 * and combining marks may follow any letter.
 */
function wordPattern(word: string): string {
  let pattern = '';
  for (const ch of word) {
    const upper = ch.toUpperCase();
    const forms = [...new Set([ch, ...(upper.length === 1 ? [upper] : []), ...(accented.get(ch) ?? '')])];
    pattern += `${forms.length > 1 ? `[${forms.map(escape).join('')}]` : escape(ch)}\\p{M}*`;
  }
  return pattern;
}

/** The words of a search term, folded; the term's punctuation goes, as the tokenizer drops it. */
export function termWords(text: string): string[] {
  return (text.match(wordRun) ?? []).map(foldWord).filter((word) => word !== '');
}

/** One pattern finding any of the terms as whole words (phrases with any separators between). */
export function createMatcher(terms: readonly HighlightTerm[]): Matcher {
  const alternatives = terms
    .filter((term) => term.words.length > 0)
    .map((term) => {
      const body = term.words.map(wordPattern).join('[^\\p{L}\\p{N}\\p{Co}]+');
      return term.prefix ? `${body}[\\p{L}\\p{N}\\p{Co}\\p{M}]*` : body;
    })
    .sort((a, b) => b.length - a.length);
  if (alternatives.length === 0) return null;
  return new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}\\p{N}\\p{Co}\\p{M}])`, 'gu');
}

interface Span {
  start: number;
  end: number;
}

function findMatches(text: string, matcher: RegExp, limit: number): Span[] {
  const spans: Span[] = [];
  matcher.lastIndex = 0;
  for (let found = matcher.exec(text); found && spans.length < limit; found = matcher.exec(text)) {
    const before = found.index > 0 ? String.fromCodePoint(text.codePointAt(found.index - 1)!) : '';
    const inWord = before !== '' && wordCharacter.test(before) && !/[\udc00-\udfff]/.test(before);
    if (!inWord && found[0].length > 0) spans.push({ start: found.index, end: found.index + found[0].length });
    else matcher.lastIndex = found.index + 1;
  }
  return spans;
}

function segments(text: string, spans: readonly Span[], start: number, end: number): Highlighted {
  const out: Highlighted = [];
  let at = start;
  for (const span of spans) {
    if (span.end <= start || span.start >= end) continue;
    const from = Math.max(span.start, start);
    const to = Math.min(span.end, end);
    if (from > at) out.push({ text: text.slice(at, from), match: false });
    out.push({ text: text.slice(from, to), match: true });
    at = to;
  }
  if (at < end) out.push({ text: text.slice(at, end), match: false });
  return out;
}

/** All of `text`, matches marked (headlines). */
export function highlightAll(text: string, matcher: Matcher): Highlighted {
  if (!matcher || text === '') return [{ text, match: false }];
  return segments(text, findMatches(text, matcher, 200), 0, text.length);
}

/**
 * A passage of about `size` characters around the densest cluster of matches, with the
 * matches marked and … where it was cut; null when nothing in `text` matches.
 */
export function snippet(text: string, matcher: Matcher, size = 220, scanLimit = 100_000): Highlighted | null {
  if (!matcher) return null;
  const scanned = text.length > scanLimit ? text.slice(0, scanLimit) : text;
  const spans = findMatches(scanned, matcher, 500);
  if (spans.length === 0) return null;
  // The window holding the most matches, starting a little before one of them.
  let best = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < spans.length; i++) {
    const windowEnd = spans[i]!.start + size;
    while (j < spans.length && spans[j]!.end <= windowEnd) j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      best = i;
    }
  }
  let start = Math.max(0, spans[best]!.start - 40);
  let end = Math.min(scanned.length, start + size);
  // Cut at word boundaries, not inside a word.
  if (start > 0) {
    const space = scanned.indexOf(' ', start);
    if (space !== -1 && space < spans[best]!.start) start = space + 1;
  }
  if (end < scanned.length) {
    const space = scanned.lastIndexOf(' ', end);
    if (space > spans[best]!.end) end = space;
  }
  const out = segments(scanned, spans, start, end);
  if (start > 0) out.unshift({ text: '…', match: false });
  if (end < text.length) out.push({ text: '…', match: false });
  return out;
}

/** The opening of `text` (about `size` characters, cut at a space), unmarked. */
export function opening(text: string, size = 220): Highlighted {
  if (text.length <= size) return [{ text, match: false }];
  const space = text.lastIndexOf(' ', size);
  return [
    { text: text.slice(0, space > size / 2 ? space : size), match: false },
    { text: '…', match: false },
  ];
}
