import type Database from 'better-sqlite3';
import { articleLimits, type Article, type ArticleFields } from '../../../shared/article';
import { LedeError } from '../../../shared/errors';
import type { RecoveryEntry, RecoveryPut } from '../../../shared/recovery';

interface JournalRow {
  article_id: string;
  base_revision: number;
  fields: string;
  saved_at: number;
}

/** Room for the short fields beside a body at its cap. */
const maxFieldsBytes = articleLimits.bodyBytes + 64 * 1024;

/** How many entries the start-up offer lists; more would be a screen nobody reads. */
const listLimit = 50;

export interface RecoveryService {
  /** Records the unsaved fields of an article, replacing earlier ones; `not_found` without the article. */
  put(entry: RecoveryPut): { savedAt: number };
  /**
   * The unsaved text of one article, or null. An entry that no longer differs from the
   * store (its save landed, but the window died before clearing it) is removed here.
   */
  get(articleId: string): RecoveryEntry | null;
  /** Every entry that still differs from the store, most recent first; stale ones are removed. */
  list(): RecoveryEntry[];
  /** Removes an article's entry; `cleared` says whether there was one. */
  clear(articleId: string): { cleared: boolean };
}

/** The recovery journal over an open store. Deleting an article deletes its entry (foreign key). */
export function createRecoveryService(
  db: Database.Database,
  getArticle: (id: string) => Article,
  now: () => number = Date.now,
): RecoveryService {
  const upsert = db.prepare(
    `INSERT INTO recovery_journal (article_id, base_revision, fields, saved_at)
     SELECT @articleId, @baseRevision, @fields, @savedAt WHERE EXISTS (SELECT 1 FROM articles WHERE id = @articleId)
     ON CONFLICT (article_id) DO UPDATE SET
       base_revision = excluded.base_revision, fields = excluded.fields, saved_at = excluded.saved_at`,
  );
  const joined = `SELECT j.article_id, j.base_revision, j.fields, j.saved_at
                  FROM recovery_journal j JOIN articles a ON a.id = j.article_id`;
  const selectOne = db.prepare(`${joined} WHERE j.article_id = ?`);
  const selectAll = db.prepare(`${joined} ORDER BY j.saved_at DESC, j.article_id LIMIT ?`);
  const deleteOne = db.prepare('DELETE FROM recovery_journal WHERE article_id = ?');
  // Only removes the entry that was judged stale, never one a window rewrote meanwhile.
  const deleteIfUnchanged = db.prepare('DELETE FROM recovery_journal WHERE article_id = ? AND saved_at = ?');

  /** The entry as the page sees it, or null (and gone) when nothing in it differs from the store. */
  const toEntryOrPrune = (row: JournalRow): RecoveryEntry | null => {
    const fields = JSON.parse(row.fields) as ArticleFields;
    const stored = getArticle(row.article_id);
    const changed = changedFields(fields, stored);
    if (changed.length === 0) {
      deleteIfUnchanged.run(row.article_id, row.saved_at);
      return null;
    }
    return {
      articleId: row.article_id,
      baseRevision: row.base_revision,
      storedRevision: stored.revision,
      savedAt: row.saved_at,
      headline: fields.headline?.trim() ? fields.headline : stored.headline,
      fields,
      changed,
    };
  };

  return {
    put({ articleId, baseRevision, fields }) {
      const json = JSON.stringify(fields);
      if (json.length > maxFieldsBytes / 3 && Buffer.byteLength(json) > maxFieldsBytes) {
        throw new LedeError(
          'too_large',
          'The unsaved text is too large to keep for recovery; it is still being saved.',
        );
      }
      const savedAt = now();
      if (upsert.run({ articleId, baseRevision, fields: json, savedAt }).changes === 0) {
        throw new LedeError('not_found', 'That article no longer exists; it may have been deleted in another window.');
      }
      return { savedAt };
    },

    get(articleId) {
      const row = selectOne.get(articleId) as JournalRow | undefined;
      return row ? toEntryOrPrune(row) : null;
    },

    list() {
      const rows = selectAll.all(listLimit) as JournalRow[];
      return rows.map(toEntryOrPrune).filter((entry): entry is RecoveryEntry => entry !== null);
    },

    clear(articleId) {
      return { cleared: deleteOne.run(articleId).changes > 0 };
    },
  };
}

/** Which journal fields differ from the stored row; bodies compare as documents, not strings. */
function changedFields(fields: ArticleFields, stored: Article): (keyof ArticleFields)[] {
  const changed: (keyof ArticleFields)[] = [];
  for (const key of Object.keys(fields) as (keyof ArticleFields)[]) {
    const value = fields[key];
    if (value === undefined) continue;
    let current: unknown = stored[key];
    // The page sends an embargo as wall-clock time and zone; the store adds the instant.
    if (key === 'embargo')
      current = stored.embargo && { local: stored.embargo.local, timeZone: stored.embargo.timeZone };
    const compared = key === 'altHeadlines' ? { ...stored.altHeadlines, ...fields.altHeadlines } : value;
    if (canonical(compared) !== canonical(current)) changed.push(key);
  }
  return changed;
}

/** JSON with object keys sorted, so two equal documents compare equal whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
