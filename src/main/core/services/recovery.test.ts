import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import { articleLimits } from '../../../shared/article';
import type { DocNode } from '../../../shared/doc';
import { LedeError } from '../../../shared/errors';
import { bundledMigrations } from '../store/migrations';
import { openStore } from '../store/open-store';
import { createArticleService, type ArticleService } from './articles';
import { canonical, createRecoveryService, type RecoveryService } from './recovery';

let temp: { dir: string; cleanup: () => void };
let file: string;
let db: Database.Database;
let articles: ArticleService;
let recovery: RecoveryService;
let clock: number;
const now = (): number => clock;

beforeEach(() => {
  temp = makeTempDir('lede-recovery-');
  file = join(temp.dir, 'lede.sqlite');
  clock = 1_700_000_000_000;
  db = openStore({ file, now }).db;
  articles = createArticleService(db, now);
  recovery = createRecoveryService(db, (id) => articles.get(id), now);
});

afterEach(() => {
  if (db.open) db.close();
  temp.cleanup();
});

const doc = (...texts: string[]): DocNode => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});
const journalRows = (): unknown[] => db.prepare('SELECT * FROM recovery_journal ORDER BY article_id').all();

function expectLedeError(action: () => unknown, code: LedeError['code']): void {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(LedeError);
  expect((caught as LedeError).code).toBe(code);
}

describe('put and get', () => {
  it('keeps unsaved fields and reports which differ from the store', () => {
    const article = articles.create({ headline: 'Stored', body: doc('Stored body') });
    clock += 5_000;
    const fields = {
      headline: 'Stored',
      standfirst: 'Typed but not saved',
      bylines: [],
      body: doc('Stored body', 'More'),
    };
    expect(recovery.put({ articleId: article.id, baseRevision: 1, fields })).toEqual({ savedAt: clock });
    expect(recovery.get(article.id)).toEqual({
      articleId: article.id,
      baseRevision: 1,
      storedRevision: 1,
      savedAt: clock,
      headline: 'Stored',
      fields,
      changed: ['standfirst', 'body'],
    });
  });

  it('replaces the entry on every put: one per article, the latest wins', () => {
    const article = articles.create({});
    recovery.put({ articleId: article.id, baseRevision: 1, fields: { headline: 'first' } });
    clock += 200;
    recovery.put({ articleId: article.id, baseRevision: 1, fields: { headline: 'second' } });
    expect(journalRows()).toHaveLength(1);
    expect(recovery.get(article.id)).toMatchObject({ fields: { headline: 'second' }, savedAt: clock });
  });

  it('names the article by its stored headline when the journal has none', () => {
    const article = articles.create({ headline: 'On file' });
    recovery.put({ articleId: article.id, baseRevision: 1, fields: { headline: '  ', bylines: ['New byline'] } });
    expect(recovery.get(article.id)?.headline).toBe('On file');
  });

  it('is committed at once: a second connection (another process after a crash) sees it', () => {
    const article = articles.create({});
    recovery.put({ articleId: article.id, baseRevision: 1, fields: { headline: 'survives' } });
    const other = new Database(file, { readonly: true });
    try {
      expect(other.prepare('SELECT fields FROM recovery_journal').pluck().get()).toBe('{"headline":"survives"}');
    } finally {
      other.close();
    }
  });

  it('survives closing and reopening the store', () => {
    const article = articles.create({});
    recovery.put({ articleId: article.id, baseRevision: 1, fields: { body: doc('not yet saved') } });
    db.close();
    db = openStore({ file, now }).db;
    articles = createArticleService(db, now);
    recovery = createRecoveryService(db, (id) => articles.get(id), now);
    expect(recovery.get(article.id)).toMatchObject({ changed: ['body'], fields: { body: doc('not yet saved') } });
  });

  it('refuses an article that does not exist, and writes nothing', () => {
    expectLedeError(
      () =>
        recovery.put({
          articleId: '00000000-0000-4000-8000-000000000000',
          baseRevision: 1,
          fields: { headline: 'x' },
        }),
      'not_found',
    );
    expect(journalRows()).toEqual([]);
  });

  it('refuses fields far over the body cap as too_large', () => {
    const article = articles.create({});
    const huge = doc('x'.repeat(articleLimits.bodyBytes + 100 * 1024));
    expectLedeError(
      () => recovery.put({ articleId: article.id, baseRevision: 1, fields: { body: huge } }),
      'too_large',
    );
    expect(journalRows()).toEqual([]);
  });

  it('returns null for an article without an entry', () => {
    const article = articles.create({});
    expect(recovery.get(article.id)).toBeNull();
  });
});

describe('stale entries', () => {
  it('drops an entry whose text the store already has (the save landed, the clear did not)', () => {
    const article = articles.create({});
    recovery.put({ articleId: article.id, baseRevision: 1, fields: { headline: 'Saved after all', body: doc('B') } });
    articles.update(article.id, 1, { headline: 'Saved after all', body: doc('B') });
    expect(recovery.get(article.id)).toBeNull();
    expect(journalRows()).toEqual([]);
  });

  it('compares bodies as documents, not by key order', () => {
    const body: DocNode = { type: 'doc', content: [{ type: 'paragraph', attrs: { a: 1, b: 2 } }] };
    const article = articles.create({ body });
    const reordered = { content: [{ attrs: { b: 2, a: 1 }, type: 'paragraph' }], type: 'doc' } as DocNode;
    recovery.put({ articleId: article.id, baseRevision: 1, fields: { body: reordered } });
    expect(recovery.get(article.id)).toBeNull();
  });

  it('keeps an entry based on an older revision when its text differs from the newer one', () => {
    const article = articles.create({ headline: 'v1' });
    recovery.put({ articleId: article.id, baseRevision: 1, fields: { headline: 'mine' } });
    articles.update(article.id, 1, { headline: 'theirs' });
    expect(recovery.get(article.id)).toMatchObject({ baseRevision: 1, storedRevision: 2, changed: ['headline'] });
  });

  it('goes with its article when the article is deleted', () => {
    const article = articles.create({});
    recovery.put({ articleId: article.id, baseRevision: 1, fields: { headline: 'unsaved' } });
    articles.remove(article.id);
    expect(journalRows()).toEqual([]);
    expect(recovery.list()).toEqual([]);
  });
});

describe('list and clear', () => {
  it('lists entries that differ from the store, most recent first, pruning the rest', () => {
    const a = articles.create({ headline: 'A' });
    const b = articles.create({ headline: 'B' });
    const c = articles.create({ headline: 'C' });
    recovery.put({ articleId: a.id, baseRevision: 1, fields: { headline: 'A, edited' } });
    clock += 1_000;
    recovery.put({ articleId: b.id, baseRevision: 1, fields: { headline: 'B' } }); // nothing unsaved
    clock += 1_000;
    recovery.put({ articleId: c.id, baseRevision: 1, fields: { headline: 'C, edited' } });
    expect(recovery.list().map((entry) => entry.articleId)).toEqual([c.id, a.id]);
    expect(journalRows()).toHaveLength(2);
  });

  it('clears one entry and says whether there was one', () => {
    const article = articles.create({});
    recovery.put({ articleId: article.id, baseRevision: 1, fields: { headline: 'x' } });
    expect(recovery.clear(article.id)).toEqual({ cleared: true });
    expect(recovery.clear(article.id)).toEqual({ cleared: false });
    expect(recovery.get(article.id)).toBeNull();
  });
});

describe('the recovery journal migration', () => {
  it('adds the journal to a store that already holds articles, keeping them', () => {
    const index = bundledMigrations.findIndex((m) => m.name.endsWith('-recovery-journal'));
    expect(index).toBeGreaterThan(0);
    db.close();
    const older = join(temp.dir, 'older.sqlite');
    const before = openStore({ file: older, migrations: bundledMigrations.slice(0, index), now });
    // Raw SQL: today's article service needs tables that later migrations add.
    const kept = { id: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b' };
    before.db
      .prepare(
        "INSERT INTO articles (id, headline, slug, body, created_at, updated_at) VALUES (?, ?, 'written-before', ?, ?, ?)",
      )
      .run(kept.id, 'Written before the journal existed', JSON.stringify(doc('')), clock, clock);
    before.db.close();

    db = openStore({ file: older, now }).db;
    expect(db.prepare('SELECT headline FROM articles').pluck().all()).toEqual(['Written before the journal existed']);
    articles = createArticleService(db, now);
    recovery = createRecoveryService(db, (id) => articles.get(id), now);
    recovery.put({ articleId: kept.id, baseRevision: 1, fields: { headline: 'and now recoverable' } });
    expect(recovery.list()).toHaveLength(1);
  });
});

describe('canonical', () => {
  it('sorts keys at every depth and leaves arrays in order', () => {
    expect(canonical({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 2 } })).toBe('{"a":{"c":2,"d":[3,{"y":2,"z":1}]},"b":1}');
  });
});
