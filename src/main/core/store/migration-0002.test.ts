import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import { createArticleService } from '../services/articles';
import { bundledMigrations, parseMigrationFiles } from './migrations';
import { openStore } from './open-store';

let temp: { dir: string; cleanup: () => void };
const handles: Database.Database[] = [];
const file = (): string => join(temp.dir, 'lede.sqlite');

beforeEach(() => {
  temp = makeTempDir('lede-0002-');
});
afterEach(() => {
  for (const db of handles.splice(0)) if (db.open) db.close();
  temp.cleanup();
});

function open(migrations = bundledMigrations): Database.Database {
  const { db } = openStore({ file: file(), migrations, now: () => 9 });
  handles.push(db);
  return db;
}

const body = (text: string): string =>
  JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** A store as Lede 0.1 (schema 0001) wrote it, one article per old status. */
function seedVersion1(): void {
  const db = open(bundledMigrations.slice(0, 1));
  const insert = db.prepare(
    `INSERT INTO articles (id, headline, standfirst, byline, body, body_text, word_count, status, created_at, updated_at, revision)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rows: [string, string, string, string, string, number, number][] = [
    ['00000000-0000-4000-8000-000000000001', 'Draft story', '', 'draft', 'A. Reporter', 100, 1],
    ['00000000-0000-4000-8000-000000000002', 'Story in review', 'Standfirst kept', 'review', 'B. Writer', 200, 4],
    ['00000000-0000-4000-8000-000000000003', 'Ready story', '', 'ready', '', 300, 2],
    ['00000000-0000-4000-8000-000000000004', 'Published story', '', 'published', 'C. Desk', 400, 9],
    ['00000000-0000-4000-8000-000000000005', 'Spiked story', '', 'spiked', '  ', 500, 3],
    ['00000000-0000-4000-8000-000000000006', 'Draft story', '', 'draft', '', 600, 1],
  ];
  for (const [id, headline, standfirst, status, byline, time, revision] of rows) {
    insert.run(id, headline, standfirst, byline, body(headline), headline, 2, status, time, time + 1, revision);
  }
  db.close();
}

describe('migration 0002 on a store from 0001', () => {
  it('keeps every article, maps review to in edit and the byline to a list, with sound defaults', () => {
    seedVersion1();
    const db = open(bundledMigrations.slice(0, 2));
    const rows = db
      .prepare(
        `SELECT id, headline, standfirst, bylines, status, status_before_spike, first_published_at, created_at,
                updated_at, revision, body, language, urgency, slug, slug_edited, embargo_at
         FROM articles ORDER BY id`,
      )
      .all();
    expect(rows).toEqual(
      [
        ['Draft story', '', '["A. Reporter"]', 'draft', null, null, 100, 1],
        ['Story in review', 'Standfirst kept', '["B. Writer"]', 'in_edit', null, null, 200, 4],
        ['Ready story', '', '[]', 'ready', null, null, 300, 2],
        ['Published story', '', '["C. Desk"]', 'published', null, 401, 400, 9],
        ['Spiked story', '', '[]', 'spiked', 'draft', null, 500, 3],
        ['Draft story', '', '[]', 'draft', null, null, 600, 1],
      ].map(([headline, standfirst, bylines, status, before, published, time, revision], i) => ({
        id: `00000000-0000-4000-8000-00000000000${i + 1}`,
        headline,
        standfirst,
        bylines,
        status,
        status_before_spike: before,
        first_published_at: published,
        created_at: time,
        updated_at: (time as number) + 1,
        revision,
        body: body(headline as string),
        language: 'en',
        urgency: 5,
        slug: '',
        slug_edited: 0,
        embargo_at: null,
      })),
    );
    // The old CHECK is gone: the new statuses are accepted, the old one refused.
    expect(() => db.prepare("UPDATE articles SET status = 'review'").run()).toThrow(/CHECK constraint failed/);
  });

  it('gives the migrated articles unique slugs when the article service first opens the store', () => {
    seedVersion1();
    const db = open();
    const articles = createArticleService(db);
    const slugs = db.prepare('SELECT slug FROM articles ORDER BY id').pluck().all();
    expect(slugs).toEqual([
      'draft-story',
      'story-in-review',
      'ready-story',
      'published-story',
      'spiked-story',
      'draft-story-2',
    ]);
    expect(articles.get('00000000-0000-4000-8000-000000000002')).toMatchObject({
      status: 'in_edit',
      bylines: ['B. Writer'],
      slug: 'story-in-review',
      slugEdited: false,
      revision: 4,
    });
    // An unspiked article returns to draft, the only safe guess for 0001's spiked rows.
    const spiked = articles.get('00000000-0000-4000-8000-000000000005');
    expect(articles.setStatus(spiked.id, spiked.revision, 'draft').status).toBe('draft');
  });

  it('runs with foreign keys off and checks them, so rebuilding a referenced table loses nothing', () => {
    // A later table that points at articles with ON DELETE CASCADE, put before 0002 for the
    // test: with foreign keys on, DROP TABLE articles inside 0002 would empty it.
    const files = Object.fromEntries(bundledMigrations.map((m) => [`./migrations/${m.name}.sql`, m.sql]));
    const reordered = parseMigrationFiles({
      './migrations/0001-articles.sql': files['./migrations/0001-articles.sql']!,
      './migrations/0002-notes.sql':
        'CREATE TABLE notes (article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, text TEXT NOT NULL);',
      './migrations/0003-article-model.sql': files['./migrations/0002-article-model.sql']!,
    });
    const first = open(reordered.slice(0, 2));
    first
      .prepare(
        "INSERT INTO articles (id, headline, body, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000001', 'x', '{}', 1, 1)",
      )
      .run();
    first.prepare("INSERT INTO notes VALUES ('00000000-0000-4000-8000-000000000001', 'kept')").run();
    first.close();
    const db = open(reordered);
    expect(db.prepare('SELECT text FROM notes').pluck().all()).toEqual(['kept']);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => db.prepare("INSERT INTO notes VALUES ('no-such-article', 'orphan')").run()).toThrow(
      /FOREIGN KEY constraint failed/,
    );
  });

  it('refuses a migration that leaves a broken reference, rolling it back', () => {
    const broken = parseMigrationFiles({
      './migrations/0001-articles.sql': bundledMigrations[0]!.sql,
      './migrations/0002-orphans.sql': [
        'CREATE TABLE notes (article_id TEXT NOT NULL REFERENCES articles (id));',
        "INSERT INTO notes VALUES ('no-such-article');",
      ].join('\n'),
    });
    expect(() => openStore({ file: file(), migrations: broken })).toThrow(/left 1 broken reference/);
    const check = new Database(file(), { readonly: true });
    handles.push(check);
    expect(check.pragma('user_version', { simple: true })).toBe(1);
    expect(check.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'notes'").pluck().get()).toBe(0);
  });
});
