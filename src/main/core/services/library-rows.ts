import type Database from 'better-sqlite3';
import type { ArticleStatus } from '../../../shared/article';
import type { LibraryRow } from '../../../shared/library';
import { highlightAll, opening, snippet, type Matcher } from './highlight';
import { rowColumns } from './library-sql';

/** A library_entries row as SQLite returns it. */
export interface EntryRow {
  doc: number;
  article_id: string;
  kicker: string;
  headline: string;
  status: ArticleStatus;
  status_before_spike: ArticleStatus | null;
  section: string;
  bylines: string;
  language: string;
  word_count: number;
  created_at: number;
  updated_at: number;
  embargo_at: number | null;
  revision: number;
}

export function toLibraryRow(row: EntryRow): LibraryRow {
  return {
    id: row.article_id,
    kicker: row.kicker,
    headline: row.headline,
    status: row.status,
    statusBeforeSpike: row.status_before_spike,
    section: row.section,
    bylines: JSON.parse(row.bylines) as string[],
    language: row.language,
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    embargoAt: row.embargo_at,
    revision: row.revision,
  };
}

/** Fetches entries by doc, in the order given, with highlights when there is a matcher. */
export function createRowFetcher(db: Database.Database) {
  const plain = db.prepare(
    `SELECT ${rowColumns} FROM json_each(?) AS j CROSS JOIN library_entries AS e ON e.doc = j.value ORDER BY j.key`,
  );
  // The text is read only for the rows of one page: those reads walk overflow pages.
  const withText = db.prepare(
    `SELECT ${rowColumns}, a.standfirst, a.body_text FROM json_each(?) AS j
       CROSS JOIN library_entries AS e ON e.doc = j.value
       CROSS JOIN articles AS a ON a.id = e.article_id
     ORDER BY j.key`,
  );
  return (docs: readonly number[], matcher?: Matcher): LibraryRow[] => {
    if (docs.length === 0) return [];
    if (!matcher) return (plain.all(JSON.stringify(docs)) as EntryRow[]).map(toLibraryRow);
    const rows = withText.all(JSON.stringify(docs)) as (EntryRow & { standfirst: string; body_text: string })[];
    return rows.map((row) => ({
      ...toLibraryRow(row),
      headlineMatch: highlightAll(row.headline, matcher),
      // The body's best passage; else the standfirst's; else (a byline or tag matched) the opening.
      snippet:
        snippet(row.body_text, matcher) ??
        snippet(row.standfirst, matcher) ??
        opening(row.standfirst.trim() || row.body_text),
    }));
  };
}
