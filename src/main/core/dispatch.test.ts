import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir';
import type { Article, ArticleSummary } from '../../shared/article';
import type { DocNode } from '../../shared/doc';
import { LedeError, type Envelope, type ErrorInfo } from '../../shared/errors';
import { toErrorInfo } from './dispatch';
import { openCore, storeFileName, type Core } from './open-core';
import { bundledMigrations } from './store/migrations';
import { openStore } from './store/open-store';

let temp: { dir: string; cleanup: () => void };
let core: Core;
let clock: number;
let logged: unknown[];

beforeEach(() => {
  temp = makeTempDir('lede-dispatch-');
  clock = 1_700_000_000_000;
  logged = [];
  core = openCore({ dataDir: temp.dir, now: () => clock, log: (error) => logged.push(error) });
});

afterEach(() => {
  core.close();
  temp.cleanup();
});

function value<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`expected success, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

function failure(envelope: Envelope<unknown>): ErrorInfo {
  if (envelope.ok) throw new Error(`expected a failure, got ${JSON.stringify(envelope.value)}`);
  return envelope.error;
}

/** sha256 of every article row, read through a separate read-only connection. */
function storeHash(): string {
  const reader = new Database(join(temp.dir, storeFileName), { readonly: true });
  try {
    const rows = reader.prepare('SELECT * FROM articles ORDER BY id').all();
    return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  } finally {
    reader.close();
  }
}

const fileHash = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

const paragraph = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** A document `depth` levels deep, counting the doc itself as level 1. */
function nestedDoc(depth: number): DocNode {
  let node: DocNode = { type: 'text', text: 'deep' };
  for (let level = depth - 1; level > 1; level--) node = { type: 'blockquote', content: [node] };
  return { type: 'doc', content: [node] };
}

describe('openCore on a fresh folder', () => {
  it('opens the store and answers app.status with ready', () => {
    const expected = {
      state: 'ready',
      storePath: join(temp.dir, storeFileName),
      dataDir: temp.dir,
      schemaVersion: bundledMigrations.length,
    };
    expect(core.status).toEqual(expected);
    expect(value(core.dispatch('app.status', {}))).toEqual(expected);
    expect(value(core.dispatch('app.status', undefined))).toEqual(expected);
    expect(existsSync(join(temp.dir, storeFileName))).toBe(true);
  });
});

describe('unknown channels', () => {
  it.each<[string, unknown]>([
    ['a made-up name', 'articles.nuke'],
    ['a group alone', 'articles'],
    ['the IPC name instead of the channel name', 'lede:articles.get'],
    ['an empty name', ''],
    ['an inherited property', 'toString'],
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    ['a number', 42],
    ['undefined', undefined],
    ['null', null],
    ['an object', { channel: 'articles.get' }],
  ])('refuses %s with unknown_channel and changes nothing', (_label, channel) => {
    value(core.dispatch('articles.create', { headline: 'Existing' }));
    const before = storeHash();
    const error = failure(core.dispatch(channel, {}));
    expect(error.code).toBe('unknown_channel');
    expect(error.message).toMatch(/^There is no call named .+\.$/);
    if (typeof channel === 'string') expect(error.message).toContain(`"${channel}"`);
    expect(storeHash()).toBe(before);
  });
});

describe('input that does not fit the contract', () => {
  let id: string;
  let hashBefore: string;

  beforeEach(() => {
    const created = value<Article>(
      core.dispatch('articles.create', {
        headline: 'Original',
        body: { type: 'doc', content: [paragraph('Original body')] },
      }),
    );
    id = created.id;
    hashBefore = storeHash();
  });

  type Case = [label: string, channel: string, input: (id: string) => unknown, message: RegExp];
  const cases: Case[] = [
    ['get without an id', 'articles.get', () => ({}), /id: /],
    [
      'get with an id that is not a UUID',
      'articles.get',
      () => ({ id: 'article-1' }),
      /id: the article id must be a UUID/,
    ],
    ['get with a number for the id', 'articles.get', () => ({ id: 42 }), /id: /],
    ['get with an extra field', 'articles.get', (id) => ({ id, includeBody: true }), /Unrecognized key: "includeBody"/],
    ['update without an id', 'articles.update', () => ({ baseRevision: 1, patch: { headline: 'x' } }), /id: /],
    ['update without a patch', 'articles.update', (id) => ({ id, baseRevision: 1 }), /patch: /],
    [
      'update with a string revision',
      'articles.update',
      (id) => ({ id, baseRevision: '1', patch: { headline: 'x' } }),
      /baseRevision: /,
    ],
    [
      'update with revision 0',
      'articles.update',
      (id) => ({ id, baseRevision: 0, patch: { headline: 'x' } }),
      /baseRevision: /,
    ],
    [
      'update with a fractional revision',
      'articles.update',
      (id) => ({ id, baseRevision: 1.5, patch: {} }),
      /baseRevision: /,
    ],
    [
      'update with a 1001-character headline',
      'articles.update',
      (id) => ({ id, baseRevision: 1, patch: { headline: 'h'.repeat(1001) } }),
      /patch\.headline: the headline is over 1000 characters/,
    ],
    [
      'update with a number for the headline',
      'articles.update',
      (id) => ({ id, baseRevision: 1, patch: { headline: 2024 } }),
      /patch\.headline: /,
    ],
    [
      'update with a field the patch does not have',
      'articles.update',
      (id) => ({ id, baseRevision: 1, patch: { revision: 99 } }),
      /patch: Unrecognized key: "revision"/,
    ],
    [
      'update with a status (statuses move through articles.setStatus)',
      'articles.update',
      (id) => ({ id, baseRevision: 1, patch: { status: 'published' } }),
      /patch: Unrecognized key: "status"/,
    ],
    [
      'setStatus to an unknown status',
      'articles.setStatus',
      (id) => ({ id, baseRevision: 1, status: 'review' }),
      /status: /,
    ],
    [
      'update with a malformed embargo date',
      'articles.update',
      (id) => ({ id, baseRevision: 1, patch: { embargo: { local: '2026-02-30T09:00', timeZone: 'Europe/Paris' } } }),
      /patch\.embargo: the embargo “2026-02-30T09:00” is not a date and time like 2026-03-01T09:00/,
    ],
    [
      'update with an embargo in an unknown zone',
      'articles.update',
      (id) => ({ id, baseRevision: 1, patch: { embargo: { local: '2026-03-01T09:00', timeZone: 'Mars/Base' } } }),
      /patch\.embargo: “Mars\/Base” is not a time zone/,
    ],
    [
      'update with an embargo as a bare string',
      'articles.update',
      (id) => ({ id, baseRevision: 1, patch: { embargo: '2026-03-01T09:00:00Z' } }),
      /patch\.embargo: /,
    ],
    [
      'update with urgency 10',
      'articles.update',
      (id) => ({ id, baseRevision: 1, patch: { urgency: 10 } }),
      /patch\.urgency: urgency is a whole number from 1 to 9/,
    ],
    [
      'update with a language that is not a tag',
      'articles.update',
      (id) => ({ id, baseRevision: 1, patch: { language: 'Urdu' } }),
      /patch\.language: “Urdu” is not a language tag/,
    ],
    [
      'update with 21 bylines',
      'articles.update',
      (id) => ({ id, baseRevision: 1, patch: { bylines: Array.from({ length: 21 }, () => 'A') } }),
      /patch\.bylines: an article has at most 20 bylines/,
    ],
    [
      'update with a body that is a string',
      'articles.update',
      (id) => ({ id, baseRevision: 1, patch: { body: 'just some text' } }),
      /patch\.body: the body must be a document whose type is "doc"/,
    ],
    [
      'update with a body nested 100 deep',
      'articles.update',
      (id) => ({ id, baseRevision: 1, patch: { body: nestedDoc(100) } }),
      /patch\.body: the body is nested deeper than 64 levels/,
    ],
    [
      'update with a __proto__ key in the patch',
      'articles.update',
      (id) => ({ id, baseRevision: 1, patch: JSON.parse('{"__proto__": {"headline": "sneaky"}}') as unknown }),
      /patch: Unrecognized key: "__proto__"/,
    ],
    [
      'create with a 1001-character headline',
      'articles.create',
      () => ({ headline: 'h'.repeat(1001) }),
      /headline: the headline is over 1000/,
    ],
    [
      'create with a 5001-character standfirst',
      'articles.create',
      () => ({ standfirst: 's'.repeat(5001) }),
      /standfirst: /,
    ],
    ['create with a number for a byline', 'articles.create', () => ({ bylines: [7] }), /bylines\.0: /],
    ['create with a status', 'articles.create', () => ({ status: 'published' }), /Unrecognized key: "status"/],
    [
      'create with a paragraph as the body',
      'articles.create',
      () => ({ body: { type: 'paragraph' } }),
      /body: the body must be a document/,
    ],
    ['create with null as the body', 'articles.create', () => ({ body: null }), /body: the body must be a document/],
    ['create with an array as the body', 'articles.create', () => ({ body: [] }), /body: the body must be a document/],
    [
      'create with body content that is not a list',
      'articles.create',
      () => ({ body: { type: 'doc', content: 'text' } }),
      /body: node content must be a list/,
    ],
    [
      'create with a null node in the body',
      'articles.create',
      () => ({ body: { type: 'doc', content: [null] } }),
      /body: every body node must be an object/,
    ],
    [
      'create with a __proto__ key',
      'articles.create',
      () => JSON.parse('{"headline": "x", "__proto__": {"status": "published"}}') as unknown,
      /Unrecognized key: "__proto__"/,
    ],
    [
      'create with a constructor.prototype key',
      'articles.create',
      () => JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
      /Unrecognized key: "constructor"/,
    ],
    ['create with an array as input', 'articles.create', () => [], /articles\.create was refused: /],
    ['create with a string as input', 'articles.create', () => 'headline', /articles\.create was refused: /],
    ['list with limit 0', 'articles.list', () => ({ limit: 0 }), /limit: /],
    ['list with limit 501', 'articles.list', () => ({ limit: 501 }), /limit: /],
    ['list with a cursor that has no id', 'articles.list', () => ({ after: { updatedAt: 5 } }), /after\.id: /],
    [
      'delete with a bad id',
      'articles.delete',
      () => ({ id: '../../etc/passwd' }),
      /id: the article id must be a UUID/,
    ],
    ['app.status with an argument', 'app.status', () => ({ verbose: true }), /Unrecognized key: "verbose"/],
  ];

  it.each(cases)('%s -> invalid_input, readable, store unchanged', (_label, channel, input, message) => {
    const error = failure(core.dispatch(channel, input(id)));
    expect(error.code).toBe('invalid_input');
    expect(error.message.startsWith(`${channel} was refused: `)).toBe(true);
    expect(error.message).toMatch(message);
    expect(error.message.endsWith('.')).toBe(true);
    expect(error.message.length).toBeLessThan(600);
    expect(storeHash()).toBe(hashBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).headline).toBeUndefined();
    expect(({} as Record<string, unknown>).status).toBeUndefined();
    // The original article is untouched.
    expect(value<Article>(core.dispatch('articles.get', { id }))).toMatchObject({ headline: 'Original', revision: 1 });
  });

  it('reports at most three problems in one message', () => {
    const error = failure(
      core.dispatch('articles.create', { headline: 1, standfirst: 2, bylines: 3, urgency: 'nope', body: 'x' }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.message.split('; ')).toHaveLength(3);
    expect(storeHash()).toBe(hashBefore);
  });
});

describe('valid calls', () => {
  it('round-trips create, get, update, list and delete', () => {
    const body: DocNode = { type: 'doc', content: [paragraph('First draft of the story')] };
    const created = value<Article>(core.dispatch('articles.create', { headline: 'Hello', bylines: ['Desk'], body }));
    expect(created).toMatchObject({
      headline: 'Hello',
      bylines: ['Desk'],
      standfirst: '',
      body,
      bodyText: 'First draft of the story',
      wordCount: 5,
      status: 'draft',
      revision: 1,
      createdAt: clock,
      updatedAt: clock,
    });
    expect(value(core.dispatch('articles.get', { id: created.id }))).toEqual(created);

    clock += 1_000;
    const summary = value<ArticleSummary>(
      core.dispatch('articles.update', {
        id: created.id,
        baseRevision: 1,
        patch: { headline: 'Hello again', dateline: 'ISTANBUL' },
      }),
    );
    const { body: _body, bodyText: _text, hero: _hero, tags: _tags, ...createdSummary } = created;
    expect(summary).toEqual({
      ...createdSummary,
      headline: 'Hello again',
      slug: 'hello-again',
      dateline: 'ISTANBUL',
      updatedAt: created.createdAt + 1_000,
      revision: 2,
    });

    clock += 1_000;
    const moved = value<ArticleSummary>(
      core.dispatch('articles.setStatus', { id: created.id, baseRevision: 2, status: 'in_edit' }),
    );
    expect(moved).toEqual({ ...summary, status: 'in_edit', updatedAt: summary.updatedAt + 1_000, revision: 3 });
    const refused = failure(
      core.dispatch('articles.setStatus', { id: created.id, baseRevision: 3, status: 'published' }),
    );
    expect(refused.code).toBe('transition_not_allowed');
    const versions = value<{ reason: string }[]>(core.dispatch('revisions.list', { articleId: created.id }));
    expect(versions.map((v) => v.reason)).toEqual(['status']);
    expect(value(core.dispatch('articles.get', { id: created.id }))).toEqual({ ...created, ...moved });

    clock += 1_000;
    const other = value<Article>(core.dispatch('articles.create', {}));
    const listed = value<ArticleSummary[]>(core.dispatch('articles.list', {}));
    expect(listed.map((a) => a.id)).toEqual([other.id, created.id]);
    const afterFirst = value<ArticleSummary[]>(
      core.dispatch('articles.list', { limit: 1, after: { updatedAt: other.updatedAt, id: other.id } }),
    );
    expect(afterFirst).toEqual([moved]);

    const stale = failure(
      core.dispatch('articles.update', { id: created.id, baseRevision: 1, patch: { headline: 'Stale' } }),
    );
    expect(stale.code).toBe('conflict');
    expect(value<Article>(core.dispatch('articles.get', { id: created.id })).headline).toBe('Hello again');

    expect(value(core.dispatch('articles.delete', { id: created.id }))).toEqual({ id: created.id });
    expect(failure(core.dispatch('articles.get', { id: created.id })).code).toBe('not_found');
    expect(failure(core.dispatch('articles.delete', { id: created.id })).code).toBe('not_found');
    expect(logged).toEqual([]);
  });

  it('accepts a headline of exactly 1000 characters', () => {
    const created = value<Article>(core.dispatch('articles.create', { headline: 'h'.repeat(1000) }));
    expect(created.headline).toHaveLength(1000);
  });

  it('keeps a body node with a __proto__ key as plain data, without touching any prototype', () => {
    const body = JSON.parse(
      '{"type":"doc","content":[{"type":"paragraph","__proto__":{"polluted":true},"content":[{"type":"text","text":"safe"}]}]}',
    ) as DocNode;
    const created = value<Article>(core.dispatch('articles.create', { body }));
    expect(created.bodyText).toBe('safe');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const stored = value<Article>(core.dispatch('articles.get', { id: created.id }));
    const node = stored.body.content![0]!;
    expect(Object.getPrototypeOf(node)).toBe(Object.prototype);
    expect(Object.hasOwn(node, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports too_large from the service through the envelope', () => {
    const huge = { type: 'doc', content: [paragraph('x'.repeat(5 * 1024 * 1024))] };
    const before = storeHash();
    expect(failure(core.dispatch('articles.create', { body: huge })).code).toBe('too_large');
    expect(storeHash()).toBe(before);
  });
});

describe('a closed core', () => {
  it('answers store_unavailable instead of reaching the closed database', () => {
    const created = value<Article>(core.dispatch('articles.create', {}));
    core.close();
    const error = failure(core.dispatch('articles.get', { id: created.id }));
    expect(error).toEqual({ code: 'store_unavailable', message: 'The store is closed.' });
    expect(failure(core.dispatch('articles.create', {})).code).toBe('store_unavailable');
    expect(logged).toEqual([]);
    core.close(); // twice is harmless
  });
});

describe('openCore on a file it cannot use', () => {
  it('on a garbage file: app.status reports the problem and every article call is store_unavailable', () => {
    core.close();
    const dataDir = join(temp.dir, 'broken');
    const file = join(dataDir, storeFileName);
    const garbage = Buffer.alloc(4096, 0x5a);
    mkdirSync(dataDir);
    writeFileSync(file, garbage);
    const hash = fileHash(file);

    const broken = openCore({ dataDir, log: (error) => logged.push(error) });
    try {
      expect(broken.status).toMatchObject({ state: 'problem', storePath: file, dataDir, problem: 'not_a_database' });
      const status = value<{ state: string; message: string }>(broken.dispatch('app.status', {}));
      expect(status).toEqual(broken.status);
      expect(status.message).toContain(file);

      const id = '00000000-0000-4000-8000-000000000000';
      const calls: [string, unknown][] = [
        ['articles.create', {}],
        ['articles.get', { id }],
        ['articles.list', {}],
        ['articles.update', { id, baseRevision: 1, patch: { headline: 'x' } }],
        ['articles.delete', { id }],
      ];
      for (const [channel, input] of calls) {
        const error = failure(broken.dispatch(channel, input));
        expect(error).toEqual({ code: 'store_unavailable', message: status.message });
      }
      // Input is still checked first.
      expect(failure(broken.dispatch('articles.get', {})).code).toBe('invalid_input');
      expect(failure(broken.dispatch('nope', {})).code).toBe('unknown_channel');
      expect(logged).toEqual([]);
    } finally {
      broken.close();
    }
    expect(fileHash(file)).toBe(hash);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('on a store from a newer Lede: reports newer_version', () => {
    core.close();
    const dataDir = join(temp.dir, 'newer');
    const file = join(dataDir, storeFileName);
    const { db } = openStore({ file });
    db.pragma(`user_version = ${bundledMigrations.length + 1}`);
    db.close();
    const newer = openCore({ dataDir });
    expect(newer.status).toMatchObject({ state: 'problem', problem: 'newer_version' });
    expect(failure(newer.dispatch('articles.list', {})).code).toBe('store_unavailable');
    newer.close();
  });
});

describe('toErrorInfo', () => {
  const sqliteError = (code: string): Error => Object.assign(new Error(`sqlite said ${code}`), { code });

  it('keeps a LedeError as it is, without logging', () => {
    const seen: unknown[] = [];
    expect(toErrorInfo(new LedeError('conflict', 'changed elsewhere'), (e) => seen.push(e))).toEqual({
      code: 'conflict',
      message: 'changed elsewhere',
    });
    expect(seen).toEqual([]);
  });

  it.each(['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_READONLY_DBMOVED', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT'])(
    'maps %s to store_unavailable, which the editor retries',
    (code) => {
      const seen: unknown[] = [];
      const info = toErrorInfo(sqliteError(code), (e) => seen.push(e));
      expect(info.code).toBe('store_unavailable');
      expect(info.message).toMatch(/Lede keeps trying/);
      expect(seen).toEqual([]);
    },
  );

  it('turns anything else into internal and logs the original', () => {
    const seen: unknown[] = [];
    const original = new TypeError('boom');
    const info = toErrorInfo(original, (e) => seen.push(e));
    expect(info.code).toBe('internal');
    expect(info.message).not.toContain('boom');
    expect(seen).toEqual([original]);
    expect(toErrorInfo('a string', (e) => seen.push(e)).code).toBe('internal');
    expect(toErrorInfo(sqliteError('SQLITE_CONSTRAINT'), (e) => seen.push(e)).code).toBe('internal');
    expect(seen).toHaveLength(3);
  });
});
