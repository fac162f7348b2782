import { tagMatchCountCap } from '../../../shared/tag';

/**
 * The statements tag autocomplete runs, shared with the tags benchmark's baseline so it
 * measures exactly what the service runs minus ranking, validation and the thread hop.
 *
 * Parameters: @key (the folded query), @kind (or NULL for every kind), @exclude (a JSON
 * array of tag ids already chosen), @limit; the scan adds @pattern, the typo pass @patterns.
 */

/** Autocomplete counts a tag's articles up to here: enough to rank by use, cheap for a tag on thousands. */
const tagUseCountCap = tagMatchCountCap;

/** Uses per row, on the (tag_id, article_id) index, capped (see tagUseCountCap); popular tags rank first. */
const uses = `(SELECT count(*) FROM (SELECT 1 FROM article_tags WHERE tag_id = tags.id LIMIT ${tagUseCountCap})) AS uses`;

// char(1114111) is U+10FFFF, which sorts after every character: the range is "starts with @key".
const startsWith = 'name_key >= @key AND name_key < @key || char(1114111)';
const filters = '(@kind IS NULL OR kind = @kind) AND id NOT IN (SELECT value FROM json_each(@exclude))';

/** Exact and prefix matches, on the name_key index. */
export const tagPrefixSql = `SELECT id, kind, name, external_ids, name_key = @key AS exact, ${uses}
  FROM tags
  WHERE ${startsWith} AND ${filters}
  ORDER BY exact DESC, uses DESC, length(name_key), name_key
  LIMIT @limit`;

/**
 * Names with a word starting with the query ("talks" finds "Istanbul talks"), then names
 * holding its characters in order ("ukrn" finds "Ukraine"): one scan of the tags, which
 * stay few (thousands), with LIKE doing the work in C.
 */
export const tagScanSql = `SELECT id, kind, name, external_ids, name_key, word, ${uses}
  FROM (
    SELECT id, kind, name, external_ids, name_key, instr(' ' || name_key, ' ' || @key) > 0 AS word
    FROM tags
    WHERE name_key LIKE @pattern ESCAPE '\\' AND NOT (${startsWith}) AND ${filters}
    ORDER BY word DESC, length(name_key), name_key
    LIMIT @limit
  ) AS tags
  ORDER BY word DESC, uses DESC, length(name_key), name_key`;

/** One slip forgiven: names matching the query with any one character left out. */
export const tagTypoSql = `SELECT id, kind, name, external_ids, ${uses}
  FROM (
    SELECT id, kind, name, external_ids, name_key FROM tags
    WHERE EXISTS (SELECT 1 FROM json_each(@patterns) WHERE name_key LIKE value ESCAPE '\\') AND ${filters}
    ORDER BY length(name_key), name_key
    LIMIT @limit
  ) AS tags
  ORDER BY uses DESC, length(name_key), name_key`;

/** `text` with LIKE's wildcards escaped (the statements use `\` as the escape character). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** "%u%k%r%": the characters of `key` in order, anything between them. */
export function subsequencePattern(key: string): string {
  return `%${[...key].map(escapeLike).join('%')}%`;
}

/** The subsequence patterns of `key` with each one character left out, distinct. */
export function typoPatterns(key: string): string[] {
  const chars = [...key];
  const patterns = new Set<string>();
  for (let i = 0; i < chars.length; i++) {
    const rest = [...chars.slice(0, i), ...chars.slice(i + 1)].join('');
    if (rest.trim() !== '') patterns.add(subsequencePattern(rest));
  }
  return [...patterns];
}
