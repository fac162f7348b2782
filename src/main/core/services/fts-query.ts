import { termWords, type HighlightTerm } from './highlight';

/**
 * Turns whatever a user types into a search box into a valid FTS5 query. Nothing typed is
 * ever passed to FTS5 as syntax: every word and phrase becomes an FTS5 string (inside
 * which `*`, `:`, `(`, `^`, `+`, NEAR, AND and NOT are just text), so no input can raise a
 * syntax error or reach a column or operator the app did not mean to use.
 *
 * What the box understands, search-engine style:
 * - words are all required: `council budget`
 * - `"quoted words"` must appear together, in order (typographic quotes work too)
 * - `-word` or `-"a phrase"` leaves out stories that have it
 * - `word*` matches words that start with it; the word being typed (no space after it yet)
 *   always does, so results follow the typing
 * - `OR` in capitals between two words accepts either: `council OR parliament`
 * A quote left open runs to the end; a word with no letters or digits in it (punctuation,
 * emoji) is left out, since it could match nothing.
 */

export interface SearchText {
  /** What must match (words, phrases, OR groups), as FTS5; null when nothing positive was typed. */
  positive: string | null;
  /** What must not match (the left-out phrases joined by OR), as FTS5; null when nothing is. */
  exclude: string | null;
  /** The words and phrases searched for, as typed (for messages). */
  terms: string[];
  /** The same, folded, for marking matches in the results. */
  highlight: HighlightTerm[];
}

/** Beyond these, input is ignored: a pasted page searches its first words, at bounded cost. */
export const searchLimits = { terms: 32, termLength: 200, scan: 20_000 } as const;

/** The shortest word start matched as a prefix; shorter ones match whole words only. */
export const minPrefixLength = 2;

const quotes = new Set(['"', '“', '”', '„', '«', '»', '＂']);
// What the index's tokenizer keeps as word characters (unicode61 with categories L* N* Co M*);
// a term needs a letter, digit or private-use character to produce a token.
const wordChar = /[\p{L}\p{N}\p{Co}]/u;
const wordRuns = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

interface Term {
  text: string;
  negated: boolean;
  prefix: boolean;
  /** Joined to the term before it by OR. */
  or: boolean;
}

/** An FTS5 string literal: the only quoting FTS5 has is doubling the quote. */
const literal = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** Whether the last word of `text` is long enough to be matched as a prefix. */
function prefixable(text: string): boolean {
  const runs = text.match(wordRuns);
  const last = runs?.[runs.length - 1];
  return last !== undefined && [...last.replace(/\p{M}/gu, '')].length >= minPrefixLength;
}

function scan(input: string): Term[] {
  // Control characters (NUL above all, which would end the query early inside SQLite) and
  // lone surrogates become spaces.
  const text = input.slice(0, searchLimits.scan).replace(/[\p{Cc}\p{Cs}]/gu, ' ');
  const terms: Term[] = [];
  let joinNext = false;
  let i = 0;
  const n = text.length;
  const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);
  while (i < n && terms.length < searchLimits.terms) {
    while (i < n && isSpace(text[i])) i++;
    if (i >= n) break;
    let negated = false;
    if (text[i] === '-' && i + 1 < n && !isSpace(text[i + 1])) {
      negated = true;
      i++;
    }
    let word: string;
    let prefix = false;
    let typing = false;
    if (quotes.has(text[i]!)) {
      let end = i + 1;
      while (end < n && !quotes.has(text[end]!)) end++;
      word = text.slice(i + 1, end);
      if (end >= n) {
        typing = true; // an open quote: the phrase is still being typed
        i = n;
      } else {
        i = end + 1;
        if (text[i] === '*') {
          prefix = true;
          i++;
        }
      }
    } else {
      let end = i;
      while (end < n && !isSpace(text[end]) && !quotes.has(text[end]!)) end++;
      word = text.slice(i, end);
      i = end;
      typing = i >= n;
      if (word.endsWith('*')) {
        word = word.replace(/\*+$/, '');
        prefix = true;
      }
      if (!negated && word === 'OR' && !prefix) {
        // An operator only between two terms; otherwise it is the word "or".
        if (terms.length > 0 && !terms[terms.length - 1]!.negated) {
          joinNext = true;
          continue;
        }
      }
    }
    word = [...word].slice(0, searchLimits.termLength).join('');
    if (!wordChar.test(word)) continue;
    const wantsPrefix = (prefix || (typing && !negated)) && prefixable(word);
    terms.push({ text: word, negated, prefix: wantsPrefix, or: joinNext && !negated });
    joinNext = false;
  }
  return terms;
}

/** The FTS5 query for `input`; see the module comment for what the box understands. */
export function parseSearchText(input: string): SearchText {
  const terms = scan(input);
  const groups: string[][] = [];
  const excluded: string[] = [];
  for (const term of terms) {
    const phrase = literal(term.text) + (term.prefix ? '*' : '');
    if (term.negated) excluded.push(phrase);
    else if (term.or && groups.length > 0) groups[groups.length - 1]!.push(phrase);
    else groups.push([phrase]);
  }
  const positive = groups.map((group) => (group.length > 1 ? `(${group.join(' OR ')})` : group[0]!)).join(' AND ');
  return {
    positive: positive === '' ? null : positive,
    exclude: excluded.length > 0 ? excluded.join(' OR ') : null,
    terms: terms.filter((term) => !term.negated).map((term) => term.text),
    highlight: terms
      .filter((term) => !term.negated)
      .map((term) => ({ words: termWords(term.text), prefix: term.prefix })),
  };
}

/**
 * The MATCH expression for a parsed search, optionally limited to some columns
 * (`{headline} : (…)`; exclusions apply to every column). Null when nothing positive was
 * typed: FTS5 cannot match "everything except", so the caller filters those out itself.
 */
export function matchExpression(search: SearchText, columns?: readonly string[]): string | null {
  if (!search.positive) return null;
  const positive = columns ? `{${columns.join(' ')}} : (${search.positive})` : search.positive;
  return search.exclude ? `(${positive}) NOT (${search.exclude})` : positive;
}
