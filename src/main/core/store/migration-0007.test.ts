import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import { insertArticleSql, unchangedColumns } from '../services/article-sql';
import { createArticleService } from '../services/articles';
import { createRelatedService } from '../services/related';
import { bundledMigrations } from './migrations';
import { openStore } from './open-store';

let temp: { dir: string; cleanup: () => void };
const handles: Database.Database[] = [];
const file = (): string => join(temp.dir, 'lede.sqlite');

beforeEach(() => {
  temp = makeTempDir('lede-0007-');
});
afterEach(() => {
  for (const db of handles.splice(0)) if (db.open) db.close();
  temp.cleanup();
});

function open(count = bundledMigrations.length): Database.Database {
  const { db } = openStore({ file: file(), migrations: bundledMigrations.slice(0, count), now: () => 9 });
  handles.push(db);
  return db;
}

describe('migrations 0005 to 0007 on a store with articles', () => {
  it('index the articles already there, and keep the index in step with later writes', () => {
    // A store as schema 0004 left it, written with the statement the article service used then.
    const before = open(4);
    const insert = before.prepare(insertArticleSql);
    const row = (id: string, headline: string, standfirst: string) => ({
      ...unchangedColumns,
      id,
      kicker: '',
      headline,
      headline_web: '',
      headline_seo: '',
      headline_social: '',
      standfirst,
      slug: id.slice(-4),
      slug_edited: 0,
      bylines: '[]',
      dateline: '',
      section: '',
      source: '',
      language: 'en',
      urgency: 5,
      editors_note: '',
      body: '{"type":"doc","content":[]}',
      body_text: '',
      word_count: 0,
      now: 1_000,
    });
    const talks = { id: '00000000-0000-4000-8000-000000000001' };
    const budget = { id: '00000000-0000-4000-8000-000000000002' };
    insert.run(row(talks.id, 'Talks resume in Istanbul', 'Delegations meet.'));
    insert.run(row(budget.id, 'Council budget passes', ''));
    before.close();

    const db = open();
    const related = createRelatedService(db, () => 2_000);
    const search = (query: string) => related.search(budget.id, query, 10).map((c) => c.story.id);
    expect(search('istanbul')).toEqual([talks.id]);
    expect(search('delegations')).toEqual([talks.id]);
    expect(db.prepare('SELECT count(*) FROM article_text_keys').pluck().get()).toBe(2);

    const later = createArticleService(db, () => 3_000);
    later.update(talks.id, 1, { headline: 'Talks collapse in Ankara' });
    expect(search('istanbul')).toEqual([]);
    expect(search('ankara')).toEqual([talks.id]);
    const added = later.create({ headline: 'Istanbul summit planned' });
    expect(search('istanbul')).toEqual([added.id]);
    // A body-only autosave leaves the index alone (the trigger checks what changed).
    const writes = db.prepare('SELECT count(*) FROM article_text_data').pluck();
    const size = writes.get();
    later.update(added.id, 1, {
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ankara' }] }] },
    });
    expect(writes.get()).toBe(size);
    later.remove(talks.id);
    expect(search('ankara')).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM article_text_keys').pluck().get()).toBe(2);
    expect(db.prepare("SELECT count(*) FROM article_text WHERE article_text MATCH 'ankara'").pluck().get()).toBe(0);
  });
});
