import type Database from 'better-sqlite3';
import { tagNameKey, type TagKind, type TagMatch } from '../../../shared/tag';
import { subsequencePattern, tagPrefixSql, tagScanSql, tagTypoSql, typoPatterns } from './tag-sql';
import { toTag, type TagRow } from './tag-store';

export interface TagSearchQuery {
  query: string;
  kind?: TagKind;
  exclude: readonly number[];
  limit: number;
}

/** Queries shorter than this get no typo pass: with three letters or fewer, almost anything is one slip away. */
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
    type Row = TagRow & { uses: number; exact?: number; word?: number };
    const matches: TagMatch[] = (prefix.all(params) as Row[]).map((row) => ({
      ...toTag(row),
      match: row.exact ? 'exact' : 'prefix',
      articleCount: row.uses,
    }));
    if (matches.length < limit) {
      const rows = scan.all({ ...params, pattern: subsequencePattern(key), limit: limit - matches.length }) as Row[];
      for (const row of rows)
        matches.push({ ...toTag(row), match: row.word ? 'word' : 'fuzzy', articleCount: row.uses });
    }
    if (matches.length === 0 && [...key].length >= typoMinLength) {
      const rows = typo.all({ ...params, patterns: JSON.stringify(typoPatterns(key)) }) as Row[];
      for (const row of rows) matches.push({ ...toTag(row), match: 'typo', articleCount: row.uses });
    }
    return matches;
  };
}
