/**
 * Words of headlines and standfirsts as the link text index (FTS5 unicode61 with
 * remove_diacritics 2) sees them, for building its queries and comparing stories.
 */

// Common English words that say nothing about what a story is about. Other languages lean
// on document frequency instead: a word most stories use is never treated as telling.
const stopWords = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on ' +
    'once only or other our ours out over own said same says she should so some such than that the their theirs ' +
    'them then there these they this those through to too under until up very was we were what when where which ' +
    'while who whom why will with would you your yours new one two year years week day days says say told'
  ).split(' '),
);

/** Lower case, accents on Latin letters dropped, as the tokenizer folds them. */
export function foldText(text: string): string {
  // Most copy is plain ASCII, and suggestions fold hundreds of standfirsts per call.
  if (/^\p{ASCII}*$/u.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase();
}

/** The words of `text`, folded, in order, duplicates included. */
export function tokens(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((word) => word !== '');
}

/** The distinct telling words of `text`: no stop words, no single letters, at most `max`. */
export function textTerms(text: string, max = 40): string[] {
  const terms = new Set<string>();
  for (const word of tokens(text)) {
    if (terms.size >= max) break;
    if ([...word].length < 2 && !/\p{N}/u.test(word)) continue;
    if (stopWords.has(word)) continue;
    terms.add(word);
  }
  return [...terms];
}

/** A term quoted for an FTS5 query, so no word can be read as an operator. */
export function ftsString(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/**
 * The FTS5 query for text typed into the picker: every word must appear, the last one as
 * a prefix (the user is still typing it), if it has two characters or more. Null when
 * nothing searchable was typed.
 */
export function typedQuery(typed: string): string | null {
  const words = tokens(typed).slice(0, 12);
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  const whole = words.slice(0, -1).map(ftsString);
  if ([...last].length >= 2) whole.push(`${ftsString(last)}*`);
  else if (words.length === 1) return null;
  return whole.join(' ');
}
