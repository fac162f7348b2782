import type Database from 'better-sqlite3';
import { tagNameKey, type TagKind, type TagMatch } from '../../../shared/tag';
import { escapeLike, subsequencePattern, tagPrefixSql, tagScanSql, tagTypoSql, typoPatterns } from './tag-sql';
import { toTag, type TagRow } from './tag-store';

export interface TagSearchQuery {
  query: string;
  kind?: TagKind;
  exclude: readonly number[];
  limit: number;
}

/** Shorter queries match word starts only: two letters in order are in half of all names. */
const fuzzyMinLength = 3;
/** Letters-in-order candidates ranked per call; the scan orders them by length first. */
const scanPool = 100;
/** Shorter queries get no typo pass: with three letters or fewer, almost anything is one slip away. */
const typoMinLength = 4;

/**
 * Tag autocomplete: exact and prefix matches first (on the index), then names with a word
 * starting with the query, then names holding its letters in order, then, only when
 * nothing matched, names one slip away. Within each, tags on more articles come first.
 */
export function createTagSearch(db: Database.Database): (query: TagSearchQuery) => TagMatch[] {
  const prefix = db.prepare(tagPrefixSql);
  const scan = db.prepare(tagScanSql);
  const typo = db.prepare(tagTypoSql);

  return ({ query, kind, exclude, limit }) => {
    const key = tagNameKey(query);
    if (key === '') return [];
    const params = { key, kind: kind ?? null, exclude: JSON.stringify(exclude), limit };
    type Row = TagRow & { uses: number; exact?: number; word?: number; name_key?: string };
    const matches: TagMatch[] = (prefix.all(params) as Row[]).map((row) => ({
      ...toTag(row),
      match: row.exact ? 'exact' : 'prefix',
      articleCount: row.uses,
    }));
    if (matches.length < limit) {
      const pattern = [...key].length >= fuzzyMinLength ? subsequencePattern(key) : `% ${escapeLike(key)}%`;
      const rows = scan.all({ ...params, pattern, limit: Math.min(scanPool, limit * 4) }) as Row[];
      // Tighter matches first: "ukrn" is two runs in "ukraine" but four in "unkempt gardens".
      const ranked = rows
        .map((row) => ({ row, runs: row.word ? 0 : matchRuns(key, row.name_key!) }))
        .sort(
          (a, b) =>
            (b.row.word ?? 0) - (a.row.word ?? 0) ||
            a.runs - b.runs ||
            b.row.uses - a.row.uses ||
            a.row.name_key!.length - b.row.name_key!.length,
        );
      for (const { row } of ranked.slice(0, limit - matches.length))
        matches.push({ ...toTag(row), match: row.word ? 'word' : 'fuzzy', articleCount: row.uses });
    }
    if (matches.length === 0 && [...key].length >= typoMinLength) {
      const rows = typo.all({ ...params, patterns: JSON.stringify(typoPatterns(key)) }) as Row[];
      for (const row of rows) matches.push({ ...toTag(row), match: 'typo', articleCount: row.uses });
    }
    return matches;
  };
}

/**
 * In how many runs of adjacent characters `key` appears in `name`, matching each character
 * at its earliest place after the one before; Infinity when it does not appear in order.
 */
export function matchRuns(key: string, name: string): number {
  let runs = 0;
  let at = -2;
  let from = 0;
  for (const char of key) {
    const found = name.indexOf(char, from);
    if (found < 0) return Infinity;
    if (found !== at + 1) runs++;
    at = found + char.length - 1;
    from = found + char.length;
  }
  return runs;
}
