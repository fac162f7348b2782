import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import { createArticleService } from '../services/articles';
import { bundledMigrations, parseMigrationFiles, type Migration } from './migrations';
import { openStore, type OpenStoreOptions } from './open-store';
import { StoreOpenError } from './store-open-error';
import type { StoreProblem } from '../../../shared/store-status';

let temp: { dir: string; cleanup: () => void };
const openDbs: Database.Database[] = [];

beforeEach(() => {
  temp = makeTempDir('lede-store-');
});

afterEach(() => {
  for (const db of openDbs.splice(0)) if (db.open) db.close();
  temp.cleanup();
});

/** openStore, remembering the handle so a failing test still closes it. */
function open(options: OpenStoreOptions): ReturnType<typeof openStore> {
  const store = openStore(options);
  openDbs.push(store.db);
  return store;
}

/** A plain better-sqlite3 connection, outside Lede's code, for setting up and checking files. */
function raw(file: string, options?: Database.Options): Database.Database {
  const db = new Database(file, options);
  openDbs.push(db);
  return db;
}

const storeFile = (): string => join(temp.dir, 'lede.sqlite');

/** Everything a failed open must leave exactly as it was: the file's bytes and its folder. */
function snapshot(file: string): { sha256: string; folder: string[] } {
  return {
    sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
    folder: readdirSync(dirname(file)).sort(),
  };
}

function openError(options: OpenStoreOptions): StoreOpenError {
  let store: ReturnType<typeof openStore> | undefined;
  try {
    store = openStore(options);
  } catch (error) {
    return error as StoreOpenError;
  }
  store.db.close();
  throw new Error(`openStore(${options.file}) was expected to fail but opened the store`);
}

/** Opens, expects one of `problems`, and checks that nothing on disk changed. */
function expectRefusedUntouched(options: OpenStoreOptions, problems: StoreProblem[]): StoreOpenError {
  const before = snapshot(options.file);
  expect(existsSync(`${options.file}-wal`)).toBe(false);
  const error = openError(options);
  expect(error).toBeInstanceOf(StoreOpenError);
  expect(problems).toContain(error.problem);
  expect(error.file).toBe(options.file);
  expect(error.message).toContain(options.file);
  expect(snapshot(options.file)).toEqual(before);
  expect(existsSync(`${options.file}-wal`)).toBe(false);
  expect(existsSync(`${options.file}-shm`)).toBe(false);
  expect(existsSync(`${options.file}-journal`)).toBe(false);
  return error;
}

function migrationFiles(migrations: Migration[]): Record<string, string> {
  return Object.fromEntries(migrations.map((m) => [`./migrations/${m.name}.sql`, m.sql]));
}

const nextNumber = String(bundledMigrations.length + 1).padStart(4, '0');

/** This build's migrations plus one more, as the next release might ship. */
const extended = parseMigrationFiles({
  ...migrationFiles(bundledMigrations),
  [`./migrations/${nextNumber}-test-notes.sql`]: [
    "ALTER TABLE articles ADD COLUMN notes TEXT NOT NULL DEFAULT '';",
    'CREATE TABLE test_tags (',
    '  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,',
    '  tag        TEXT NOT NULL',
    ');',
    '',
  ].join('\n'),
});

/** Columns every version of the schema has, so a row seeded at any step can be compared after the next. */
const lastingColumns = 'id, headline, standfirst, body, body_text, word_count, created_at, updated_at, revision';

const currentArticleColumns = [
  'id',
  'kicker',
  'headline',
  'headline_web',
  'headline_seo',
  'headline_social',
  'standfirst',
  'slug',
  'slug_edited',
  'bylines',
  'dateline',
  'section',
  'source',
  'language',
  'urgency',
  'editors_note',
  'embargo_local',
  'embargo_zone',
  'embargo_at',
  'body',
  'body_text',
  'word_count',
  'status',
  'status_before_spike',
  'created_at',
  'updated_at',
  'first_published_at',
  'revision',
  'hero',
];

function tableNames(db: Database.Database): string[] {
  return db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
}

function columnNames(db: Database.Database, table: string): string[] {
  return db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[];
}

describe('a new store', () => {
  it('is created with its folder, in WAL mode, with foreign keys on and every migration recorded', () => {
    const file = join(temp.dir, 'nested', 'deeper', 'lede.sqlite');
    const { db, schemaVersion } = open({ file, now: () => 1_234_567 });

    expect(existsSync(file)).toBe(true);
    expect(schemaVersion).toBe(bundledMigrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(db.pragma('user_version', { simple: true })).toBe(bundledMigrations.length);
    expect(
      db.prepare('SELECT version, name, checksum, applied_at FROM lede_migrations ORDER BY version').all(),
    ).toEqual(
      bundledMigrations.map((m) => ({ version: m.version, name: m.name, checksum: m.checksum, applied_at: 1_234_567 })),
    );
    // Later migrations add their own tables; these are there from the article model on.
    expect(tableNames(db)).toEqual(
      expect.arrayContaining([
        'articles',
        'assets',
        'lede_migrations',
        'revisions',
        'settings',
        'tags',
        'article_tags',
        'article_links',
        'library_entries',
        'article_bylines',
        'search_index',
        'saved_searches',
      ]),
    );
    expect(columnNames(db, 'articles')).toEqual(currentArticleColumns);
  });

  it('keeps WAL mode and the schema version in the file after closing', () => {
    const file = storeFile();
    open({ file }).db.close();
    expect(existsSync(`${file}-wal`)).toBe(false); // a clean close checkpoints and removes the WAL
    const check = raw(file, { readonly: true });
    expect(check.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(check.pragma('user_version', { simple: true })).toBe(bundledMigrations.length);
  });

  it('turns an empty (0-byte) file into a store', () => {
    const file = storeFile();
    writeFileSync(file, '');
    const { db, schemaVersion } = open({ file });
    expect(schemaVersion).toBe(bundledMigrations.length);
    expect(tableNames(db)).toContain('articles');
  });

  it('reopens without applying or recording anything twice', () => {
    const file = storeFile();
    open({ file, now: () => 111 }).db.close();
    const { db, schemaVersion } = open({ file, now: () => 999 });
    expect(schemaVersion).toBe(bundledMigrations.length);
    expect(db.prepare('SELECT version, applied_at FROM lede_migrations ORDER BY version').all()).toEqual(
      bundledMigrations.map((m) => ({ version: m.version, applied_at: 111 })),
    );
  });

  it('enforces foreign keys on the connection it returns', () => {
    const { db } = open({ file: storeFile(), migrations: extended });
    expect(() => db.prepare("INSERT INTO test_tags (article_id, tag) VALUES ('no-such-article', 'x')").run()).toThrow(
      /FOREIGN KEY constraint failed/,
    );
  });
});

describe('migrating an existing store', () => {
  const lists: [string, Migration[]][] = [
    ['the bundled migrations', bundledMigrations],
    ['the bundled migrations plus a test migration', extended],
  ];
  const cases = lists.flatMap(([label, list]) => list.map((_, n) => ({ label, list, n })));

  it.each(cases)('$label: applying migration $n + 1 on top of $n keeps the data', ({ list, n }) => {
    const file = storeFile();
    const first = open({ file, migrations: list.slice(0, n), now: () => 100 });
    expect(first.schemaVersion).toBe(n);
    expect(first.db.pragma('user_version', { simple: true })).toBe(n);
    expect(first.db.prepare('SELECT count(*) FROM lede_migrations').pluck().get()).toBe(n);

    // Seed with plain SQL in the columns every version has (the service speaks only the
    // newest schema); 0002's own test checks the columns it reshapes.
    const hasArticles = tableNames(first.db).includes('articles');
    let seeded: unknown[] = [];
    const seededId = '6f1c2a52-3d2b-4e8e-9a53-0b7e4f3f1a10';
    if (hasArticles) {
      first.db
        .prepare(
          `INSERT INTO articles (${lastingColumns}) VALUES (@id, 'Council votes', '', @body, 'Five to four.', 3, 5000, 5000, 2)`,
        )
        .run({
          id: seededId,
          body: JSON.stringify({
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Five to four.' }] }],
          }),
        });
      seeded = first.db.prepare(`SELECT ${lastingColumns} FROM articles ORDER BY id`).all();
      expect(seeded).toHaveLength(1);
    }
    first.db.close();

    const second = open({ file, migrations: list.slice(0, n + 1), now: () => 200 });
    expect(second.schemaVersion).toBe(n + 1);
    expect(second.db.pragma('user_version', { simple: true })).toBe(n + 1);
    expect(
      second.db.prepare('SELECT version, name, checksum, applied_at FROM lede_migrations ORDER BY version').all(),
    ).toEqual(
      list.slice(0, n + 1).map((m, i) => ({
        version: m.version,
        name: m.name,
        checksum: m.checksum,
        applied_at: i < n ? 100 : 200,
      })),
    );
    expect(tableNames(second.db)).toContain('articles');
    if (hasArticles) {
      expect(second.db.prepare(`SELECT ${lastingColumns} FROM articles ORDER BY id`).all()).toEqual(seeded);
    }
    if (n + 1 === list.length) {
      // The newest schema: the service reads the row that came through every step.
      const article = createArticleService(second.db).get(seededId);
      expect(article).toMatchObject({ headline: 'Council votes', bodyText: 'Five to four.', revision: 2 });
    }
  });

  it('applies the test migration to a store made by this build, and the new column reads back', () => {
    const file = storeFile();
    const first = open({ file });
    const id = createArticleService(first.db).create({ headline: 'Kept' }).id;
    first.db.close();

    const { db } = open({ file, migrations: extended });
    expect(columnNames(db, 'articles')).toContain('notes');
    expect(db.prepare('SELECT headline, notes FROM articles WHERE id = ?').get(id)).toEqual({
      headline: 'Kept',
      notes: '',
    });
  });

  it('rolls a failing migration back whole and leaves the earlier schema and data in place', () => {
    const file = storeFile();
    const first = open({ file });
    const id = createArticleService(first.db).create({ headline: 'Survives' }).id;
    first.db.close();

    const broken = parseMigrationFiles({
      ...migrationFiles(bundledMigrations),
      [`./migrations/${nextNumber}-broken.sql`]:
        'ALTER TABLE articles ADD COLUMN half_done TEXT;\nINSERT INTO no_such_table VALUES (1);\n',
    });
    const error = openError({ file, migrations: broken });
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(error.message).toMatch(/no such table/);

    const check = raw(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(bundledMigrations.length);
    expect(check.prepare('SELECT count(*) FROM lede_migrations').pluck().get()).toBe(bundledMigrations.length);
    expect(columnNames(check, 'articles')).not.toContain('half_done');
    expect(check.prepare('SELECT headline FROM articles WHERE id = ?').pluck().get(id)).toBe('Survives');
    check.close();

    // The same build still opens it.
    expect(open({ file }).schemaVersion).toBe(bundledMigrations.length);
  });
});

describe('files that must be refused and left untouched', () => {
  it('refuses a file of garbage bytes as not_a_database', () => {
    const file = storeFile();
    const garbage = Buffer.alloc(4096);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) & 0xff;
    writeFileSync(file, garbage);
    const error = expectRefusedUntouched({ file }, ['not_a_database']);
    expect(error.message).toMatch(/not a Lede store/);
  });

  it('refuses a short text file as not_a_database', () => {
    const file = storeFile();
    writeFileSync(file, 'my shopping list\n');
    expectRefusedUntouched({ file }, ['not_a_database']);
  });

  it('refuses a file shorter than a SQLite header page even when it starts with the magic', () => {
    const file = storeFile();
    writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(40, 1)]));
    expectRefusedUntouched({ file }, ['not_a_database']);
  });

  it('refuses a file with a valid SQLite header followed by garbage', () => {
    const file = storeFile();
    const bytes = Buffer.alloc(8192);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + 7) & 0xff;
    Buffer.from('SQLite format 3\0', 'latin1').copy(bytes, 0);
    writeFileSync(file, bytes);
    expectRefusedUntouched({ file }, ['not_a_database', 'corrupt']);
  });

  it('refuses a Lede store whose migration table page is damaged as corrupt', () => {
    const file = storeFile();
    const { db } = open({ file });
    const rootPage = db
      .prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'lede_migrations'")
      .pluck()
      .get() as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const bytes = readFileSync(file);
    bytes.fill(0xa5, (rootPage - 1) * pageSize, rootPage * pageSize);
    writeFileSync(file, bytes);
    const error = expectRefusedUntouched({ file }, ['corrupt']);
    expect(error.message).toMatch(/damaged/);
  });

  it('refuses a store from a newer Lede (one more migration than this build knows) as newer_version', () => {
    const file = storeFile();
    open({ file }).db.close();
    const error = expectRefusedUntouched({ file, migrations: bundledMigrations.slice(0, -1) }, ['newer_version']);
    expect(error.message).toContain(
      `schema ${bundledMigrations.length}; this Lede knows ${bundledMigrations.length - 1}`,
    );
  });

  it('refuses a store made with the test migration when opened by this build, and this data stays readable later', () => {
    const file = storeFile();
    const newer = open({ file, migrations: extended });
    const id = createArticleService(newer.db).create({ headline: 'From the future' }).id;
    newer.db.close();

    const error = expectRefusedUntouched({ file }, ['newer_version']);
    expect(error.message).toMatch(/Update Lede/);

    // The newer build still opens its own file, data intact.
    const again = open({ file, migrations: extended });
    expect(createArticleService(again.db).get(id).headline).toBe('From the future');
  });

  it('refuses a store whose user_version is ahead of its recorded history as newer_version', () => {
    const file = storeFile();
    open({ file }).db.close();
    const bump = raw(file);
    bump.pragma(`user_version = ${bundledMigrations.length + 3}`);
    bump.close();
    expectRefusedUntouched({ file }, ['newer_version']);
  });

  it('refuses a store whose recorded checksum differs as history_mismatch', () => {
    const file = storeFile();
    open({ file }).db.close();
    const tamper = raw(file);
    tamper.prepare("UPDATE lede_migrations SET checksum = 'not-the-real-checksum' WHERE version = 1").run();
    tamper.close();
    const error = expectRefusedUntouched({ file }, ['history_mismatch']);
    expect(error.message).toContain(bundledMigrations[0]!.name);
  });

  it('refuses a store when this build ships different SQL under the same migration name as history_mismatch', () => {
    const file = storeFile();
    open({ file }).db.close();
    const edited = parseMigrationFiles({
      ...migrationFiles(bundledMigrations),
      [`./migrations/${bundledMigrations[0]!.name}.sql`]: `${bundledMigrations[0]!.sql}\n-- edited after release\n`,
    });
    expect(edited[0]!.checksum).not.toBe(bundledMigrations[0]!.checksum);
    expectRefusedUntouched({ file, migrations: edited }, ['history_mismatch']);
  });

  it('refuses a store whose migration was renamed as history_mismatch', () => {
    const file = storeFile();
    open({ file }).db.close();
    const { [`./migrations/${bundledMigrations[0]!.name}.sql`]: first, ...rest } = migrationFiles(bundledMigrations);
    const renamed = parseMigrationFiles({ ...rest, './migrations/0001-stories.sql': first! });
    expectRefusedUntouched({ file, migrations: renamed }, ['history_mismatch']);
  });

  it('refuses a store whose user_version disagrees with its recorded history as history_mismatch', () => {
    const file = storeFile();
    open({ file }).db.close();
    const reset = raw(file);
    reset.pragma('user_version = 0');
    reset.close();
    expectRefusedUntouched({ file }, ['history_mismatch']);
  });

  it('refuses a SQLite database of another program (tables, no lede_migrations) as history_mismatch', () => {
    const file = storeFile();
    const other = raw(file);
    other.exec(
      "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('keep me'), ('and me');",
    );
    other.close();
    const error = expectRefusedUntouched({ file }, ['history_mismatch']);
    expect(error.message).toMatch(/not a Lede store/);
    const check = raw(file, { readonly: true });
    expect(tableNames(check)).toEqual(['notes']);
    expect(check.prepare('SELECT text FROM notes ORDER BY id').pluck().all()).toEqual(['keep me', 'and me']);
  });

  it('refuses a WAL-mode database of another program as history_mismatch without leaving WAL files', () => {
    const file = storeFile();
    const other = raw(file);
    other.pragma('journal_mode = WAL');
    other.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)');
    other.close();
    expectRefusedUntouched({ file }, ['history_mismatch']);
  });

  it('refuses a SQLite database with no tables but a user_version set by another program as history_mismatch', () => {
    const file = storeFile();
    const other = raw(file);
    other.pragma('user_version = 7');
    other.close();
    expectRefusedUntouched({ file }, ['history_mismatch']);
  });
});

/**
 * Whether file modes stop this process writing. As root (the usual container user) they do
 * not, so a read-only folder cannot be simulated and the test below is skipped, not faked.
 */
function modesStopWrites(): boolean {
  const { dir, cleanup } = makeTempDir('lede-probe-');
  try {
    chmodSync(dir, 0o555);
    try {
      writeFileSync(join(dir, 'probe'), 'x');
      return false;
    } catch {
      return true;
    }
  } finally {
    chmodSync(dir, 0o755);
    cleanup();
  }
}

const canMakeReadOnly = modesStopWrites();
if (!canMakeReadOnly) {
  console.warn(
    'open-store.test.ts: SKIPPING the read-only folder test: a probe file was written into a 0o555 folder ' +
      `(running as uid ${process.getuid?.() ?? '?'}), so file modes do not stop writes here.`,
  );
}

describe('a store in a read-only folder', () => {
  it.skipIf(!canMakeReadOnly)(
    'is refused as read_only and left untouched (skipped where chmod does not stop writes, e.g. as root)',
    () => {
      const folder = join(temp.dir, 'locked-down');
      mkdirSync(folder);
      const file = join(folder, 'lede.sqlite');
      const { db } = open({ file });
      createArticleService(db).create({ headline: 'Written before the folder became read-only' });
      db.close();
      chmodSync(file, 0o444);
      chmodSync(folder, 0o555);
      try {
        const error = expectRefusedUntouched({ file }, ['read_only']);
        expect(error.message).toMatch(/cannot write/);
      } finally {
        chmodSync(folder, 0o755);
        chmodSync(file, 0o644);
      }
    },
  );
});
