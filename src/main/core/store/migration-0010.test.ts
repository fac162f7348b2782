import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import { searchIndexProblems } from '../services/search-index';
import { bundledMigrations } from './migrations';
import { openStore } from './open-store';

let temp: { dir: string; cleanup: () => void };
const handles: Database.Database[] = [];
const file = (): string => join(temp.dir, 'lede.sqlite');
beforeEach(() => {
  temp = makeTempDir('lede-0010-');
});
afterEach(() => {
  for (const db of handles.splice(0)) if (db.open) db.close();
  temp.cleanup();
});

const searchIndexVersion = bundledMigrations.findIndex((m) => m.name.endsWith('-search')) + 1;

function open(upTo = bundledMigrations.length): Database.Database {
  const { db } = openStore({ file: file(), migrations: bundledMigrations.slice(0, upTo), now: () => 5 });
  handles.push(db);
  return db;
}

describe('the search migration on a store with stories and tags', () => {
  it('lists and indexes every story, oldest first, with its bylines and tag names', () => {
    const before = open(searchIndexVersion - 1);
    const insert = before.prepare(
      `INSERT INTO articles (id, headline, standfirst, bylines, body, body_text, word_count, status, status_before_spike, slug, created_at, updated_at)
       VALUES (?, ?, '', ?, '{}', ?, 2, ?, ?, ?, ?, ?)`,
    );
    insert.run(
      '00000000-0000-4000-8000-000000000002',
      'Newer story',
      '["Zoë Müller"]',
      'Harbour news',
      'draft',
      null,
      'newer',
      200,
      210,
    );
    insert.run(
      '00000000-0000-4000-8000-000000000001',
      'Older story',
      '[" ", "Ben Walsh"]',
      'Café news',
      'spiked',
      'draft',
      'older',
      100,
      110,
    );
    before
      .prepare("INSERT INTO tags (id, kind, name, name_key, created_at) VALUES (1, 'place', 'Zürich', 'zurich', 0)")
      .run();
    before.prepare("INSERT INTO article_tags VALUES ('00000000-0000-4000-8000-000000000001', 1, 0)").run();
    before.close();

    const db = open();
    expect(
      db.prepare('SELECT doc, article_id, headline, status, tag_names FROM library_entries ORDER BY doc').all(),
    ).toEqual([
      {
        doc: 1,
        article_id: '00000000-0000-4000-8000-000000000001',
        headline: 'Older story',
        status: 'spiked',
        tag_names: 'Zürich',
      },
      {
        doc: 2,
        article_id: '00000000-0000-4000-8000-000000000002',
        headline: 'Newer story',
        status: 'draft',
        tag_names: '',
      },
    ]);
    expect(db.prepare('SELECT name FROM article_bylines ORDER BY name').pluck().all()).toEqual([
      'Ben Walsh',
      'Zoë Müller',
    ]);
    const match = (text: string): unknown =>
      db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid').pluck().all(text);
    expect([match('zurich'), match('cafe'), match('muller'), match('story')]).toEqual([[1], [1], [2], [1, 2]]);
    expect(searchIndexProblems(db)).toEqual([]);
  });
});
