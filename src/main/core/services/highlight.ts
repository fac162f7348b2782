import type { Highlighted } from '../../../shared/library';

/**
 * Marks search matches in text, folding case and diacritics as the index's tokenizer
 * does, so "zurich" marks "Zürich". Done here rather than with FTS5's snippet(): that
 * needs the match evaluated again per row, which for a prefix costs milliseconds a row.
 */

/** A searched word or phrase: its folded words, the last one a prefix if so typed. */
export interface HighlightTerm {
  words: string[];
  prefix: boolean;
}

export type Matcher = RegExp | null;

const letter = '[\\p{L}\\p{N}\\p{Co}]';
const wordRun = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;
const foldCache = new Map<string, string>();

/** Lower case without diacritics, the way `remove_diacritics 2` compares words. */
export function foldWord(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = foldWord(ch);
    if (foldCache.size < 10_000) foldCache.set(ch, folded);
  }
  return folded;
}

/** Folded text and, when folding moved characters, where each folded one came from. */
function fold(text: string): { folded: string; from: Int32Array | null } {
  if (!/[\u0080-\uffff]/.test(text)) return { folded: text.toLowerCase(), from: null };
  const parts: string[] = [];
  let from = new Int32Array(text.length + 64);
  let length = 0;
  const push = (folded: string, source: number): void => {
    if (length + folded.length + 1 > from.length) {
      const grown = new Int32Array(from.length * 2 + folded.length);
      grown.set(from);
      from = grown;
    }
    for (let k = 0; k < folded.length; k++) from[length++] = source;
    parts.push(folded);
  };
  // ASCII runs (most of any text) fold in one go; only the rest goes character by character.
  const pushAscii = (start: number, end: number): void => {
    if (end <= start) return;
    if (length + (end - start) + 1 > from.length) {
      const grown = new Int32Array(from.length * 2 + (end - start));
      grown.set(from);
      from = grown;
    }
    for (let i = start; i < end; i++) from[length++] = i;
    parts.push(text.slice(start, end).toLowerCase());
  };
  const others = /[\u0080-\uffff]+/g;
  let at = 0;
  for (let run = others.exec(text); run; run = others.exec(text)) {
    pushAscii(at, run.index);
    for (let i = run.index; i < run.index + run[0].length;) {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      push(foldChar(ch), i);
      i += ch.length;
    }
    at = run.index + run[0].length;
  }
  pushAscii(at, text.length);
  from[length] = text.length;
  return { folded: parts.join(''), from: from.subarray(0, length + 1) };
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of a search term, folded; the term's punctuation goes, as the tokenizer drops it. */
export function termWords(text: string): string[] {
  return (text.match(wordRun) ?? []).map(foldWord).filter((word) => word !== '');
}

/** One pattern finding any of the terms as whole words (phrases with any separators between). */
export function createMatcher(terms: readonly HighlightTerm[]): Matcher {
  const alternatives = terms
    .filter((term) => term.words.length > 0)
    .map((term) => {
      const body = term.words.map(escape).join(`(?:[^\\p{L}\\p{N}\\p{Co}]+)`);
      return term.prefix ? `${body}${letter}*` : body;
    })
    .sort((a, b) => b.length - a.length);
  if (alternatives.length === 0) return null;
  return new RegExp(`(?<!${letter})(?:${alternatives.join('|')})(?!${letter})`, 'gu');
}

interface Span {
  start: number;
  end: number;
}

function findMatches(folded: string, matcher: RegExp, limit: number): Span[] {
  const spans: Span[] = [];
  matcher.lastIndex = 0;
  for (let found = matcher.exec(folded); found && spans.length < limit; found = matcher.exec(folded)) {
    spans.push({ start: found.index, end: found.index + found[0].length });
    if (found[0].length === 0) matcher.lastIndex++;
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

function toSource(spans: Span[], from: Int32Array | null): Span[] {
  return from ? spans.map((span) => ({ start: from[span.start]!, end: from[span.end]! })) : spans;
}

/** All of `text`, matches marked (headlines). */
export function highlightAll(text: string, matcher: Matcher): Highlighted {
  if (!matcher || text === '') return [{ text, match: false }];
  const { folded, from } = fold(text);
  return segments(text, toSource(findMatches(folded, matcher, 200), from), 0, text.length);
}

/**
 * A passage of about `size` characters around the densest cluster of matches, with the
 * matches marked and … where it was cut; null when nothing in `text` matches.
 */
export function snippet(text: string, matcher: Matcher, size = 220, scanLimit = 100_000): Highlighted | null {
  if (!matcher) return null;
  const scanned = text.length > scanLimit ? text.slice(0, scanLimit) : text;
  const { folded, from } = fold(scanned);
  const found = findMatches(folded, matcher, 500);
  if (found.length === 0) return null;
  const spans = toSource(found, from);
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
