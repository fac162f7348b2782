import { getSchema } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/support/temp-dir';
import { searchIndexProblems } from '../../src/main/core/services/search-index';
import { openStore } from '../../src/main/core/store/open-store';
import { docProblem, docText, countWords, type DocNode } from '../../src/shared/doc';
import { bodyWordRange } from './synthetic-body';
import { seedStore } from './seed-store';

const now = Date.UTC(2026, 5, 1);
const count = 300;
const temp = makeTempDir('lede-seed-');
let db: Database.Database;

beforeAll(() => {
  db = openStore({ file: join(temp.dir, 'a', 'lede.sqlite') }).db;
  seedStore(db, { articles: count, seed: 7, now });
});
afterAll(() => {
  db.close();
  temp.cleanup();
});

interface Row {
  id: string;
  headline: string;
  section: string;
  language: string;
  bylines: string;
  body: string;
  body_text: string;
  word_count: number;
  status: string;
  created_at: number;
  updated_at: number;
}
const rows = (): Row[] => db.prepare('SELECT * FROM articles ORDER BY created_at').all() as Row[];

describe('the seed generator', () => {
  it('writes the stories asked for, over the two years before now, oldest first in the index', () => {
    const all = rows();
    expect(all).toHaveLength(count);
    const span = 730 * 86_400_000;
    for (const row of all) {
      expect(row.created_at).toBeGreaterThanOrEqual(now - span);
      expect(row.updated_at).toBeGreaterThanOrEqual(row.created_at);
      expect(row.updated_at).toBeLessThanOrEqual(now);
    }
    const docs = db.prepare('SELECT article_id FROM library_entries ORDER BY doc').pluck().all();
    expect(docs).toEqual(all.map((row) => row.id));
  });

  it('writes bodies the editor opens: valid TipTap JSON, 200 to 3,000 words, text and counts as the store computes them', () => {
    const schema = getSchema([StarterKit]);
    for (const row of rows()) {
      const body = JSON.parse(row.body) as DocNode;
      expect(docProblem(body)).toBeNull();
      expect(() => Node.fromJSON(schema, body).check()).not.toThrow();
      expect(row.body_text).toBe(docText(body));
      expect(row.word_count).toBe(countWords(row.body_text));
      expect(row.word_count).toBeGreaterThanOrEqual(bodyWordRange.min);
      expect(row.word_count).toBeLessThanOrEqual(bodyWordRange.max);
    }
  });

  it('varies headlines, sections, languages, bylines and statuses', () => {
    const all = rows();
    const distinct = (pick: (row: Row) => string): number => new Set(all.map(pick)).size;
    expect(distinct((row) => row.headline)).toBeGreaterThan(count * 0.95);
    expect(distinct((row) => row.section)).toBeGreaterThanOrEqual(8);
    expect(distinct((row) => row.language)).toBeGreaterThanOrEqual(3);
    expect(distinct((row) => row.bylines)).toBeGreaterThan(50);
    expect(distinct((row) => row.status)).toBe(5);
    const tagged = db.prepare('SELECT count(DISTINCT article_id) FROM article_tags').pluck().get() as number;
    expect(tagged).toBeGreaterThan(count * 0.8);
  });

  it('draws words along a Zipf curve: a few very common, a long tail of rare ones', () => {
    const frequency = new Map<string, number>();
    let total = 0;
    for (const row of rows()) {
      for (const word of row.body_text.toLowerCase().match(/\p{L}+/gu) ?? []) {
        frequency.set(word, (frequency.get(word) ?? 0) + 1);
        total++;
      }
    }
    const ranked = [...frequency.values()].sort((a, b) => b - a);
    expect(ranked.length).toBeGreaterThan(5_000);
    // Zipf: frequency falls roughly as 1 / rank.
    expect(ranked[0]! / ranked[9]!).toBeGreaterThan(3);
    expect(ranked[9]! / ranked[99]!).toBeGreaterThan(4);
    const seenOnce = ranked.filter((n) => n === 1).length;
    expect(seenOnce / ranked.length).toBeGreaterThan(0.2);
    expect(ranked.slice(0, 10).reduce((a, b) => a + b, 0) / total).toBeGreaterThan(0.1);
  });

  it('leaves the search index, the list and the bylines table in step with the stories', () => {
    expect(searchIndexProblems(db)).toEqual([]);
    const hits = db.prepare("SELECT count(*) FROM search_index WHERE search_index MATCH 'the'").pluck().get() as number;
    expect(hits).toBeGreaterThan(count * 0.9);
  });

  it('writes the same archive for the same seed, and adds to a store that has stories', () => {
    const other = openStore({ file: join(temp.dir, 'b', 'lede.sqlite') }).db;
    try {
      seedStore(other, { articles: 20, seed: 7, now });
      const first = (d: Database.Database): unknown =>
        d.prepare('SELECT id, headline, body_text FROM articles ORDER BY created_at LIMIT 20').all();
      expect(first(other)).toEqual(first(db));
      seedStore(other, { articles: 10, seed: 8, now });
      expect(other.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(30);
      expect(searchIndexProblems(other)).toEqual([]);
    } finally {
      other.close();
    }
  });
});
