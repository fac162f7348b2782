import Database from 'better-sqlite3';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtWorkerPath, makeTempDir } from '../../../tests/support/temp-dir';
import type { Article, ArticleSummary } from '../../shared/article';
import type { Envelope, ErrorInfo } from '../../shared/errors';
import type { StoreStatus } from '../../shared/store-status';
import { startCoreWorker, type CoreClient } from './core-client';
import { storeFileName } from './open-core';
import { createArticleService } from './services/articles';
import { bundledMigrations } from './store/migrations';
import { openStore } from './store/open-store';

let temp: { dir: string; cleanup: () => void };
let client: CoreClient;

beforeAll(() => {
  if (!existsSync(builtWorkerPath)) {
    throw new Error(`${builtWorkerPath} is missing; run "npx electron-vite build" first`);
  }
});

beforeEach(() => {
  temp = makeTempDir('lede-worker-');
  client = startCoreWorker(builtWorkerPath, { dataDir: temp.dir });
});

afterEach(async () => {
  await client.close();
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

const storePath = (): string => join(temp.dir, storeFileName);

describe('the core worker', () => {
  it('opens the store in the data folder and reports ready', async () => {
    const status = value<StoreStatus>(await client.call('app.status', {}));
    expect(status).toEqual({
      state: 'ready',
      storePath: storePath(),
      dataDir: temp.dir,
      schemaVersion: bundledMigrations.length,
    });
    expect(existsSync(storePath())).toBe(true);
  });

  it('creates, gets, lists, updates and deletes through the worker', async () => {
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Via the worker' }] }] };
    const created = value<Article>(await client.call('articles.create', { headline: 'Threaded', body }));
    expect(created).toMatchObject({
      headline: 'Threaded',
      body,
      bodyText: 'Via the worker',
      wordCount: 3,
      revision: 1,
    });

    expect(value(await client.call('articles.get', { id: created.id }))).toEqual(created);

    const summary = value<ArticleSummary>(
      await client.call('articles.update', { id: created.id, baseRevision: 1, patch: { standfirst: 'Added later' } }),
    );
    expect(summary).toMatchObject({ id: created.id, headline: 'Threaded', standfirst: 'Added later', revision: 2 });

    const listed = value<ArticleSummary[]>(await client.call('articles.list', { limit: 10 }));
    expect(listed).toEqual([summary]);

    const stale = failure(
      await client.call('articles.update', { id: created.id, baseRevision: 1, patch: { headline: 'x' } }),
    );
    expect(stale.code).toBe('conflict');

    expect(value(await client.call('articles.delete', { id: created.id }))).toEqual({ id: created.id });
    expect(failure(await client.call('articles.get', { id: created.id })).code).toBe('not_found');
  });

  it('matches each answer to its own call when many are in flight', async () => {
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) => client.call('articles.create', { headline: `Story ${i}` })),
    );
    const articles = created.map((envelope) => value<Article>(envelope));
    expect(articles.map((a) => a.headline)).toEqual(Array.from({ length: 20 }, (_, i) => `Story ${i}`));
    const fetched = await Promise.all([...articles].reverse().map((a) => client.call('articles.get', { id: a.id })));
    expect(fetched.map((envelope) => value<Article>(envelope).id)).toEqual([...articles].reverse().map((a) => a.id));
  });

  it('checks input inside the worker too', async () => {
    expect(failure(await client.call('articles.get', {})).code).toBe('invalid_input');
    expect(failure(await client.call('articles.drop', {})).code).toBe('unknown_channel');
  });

  it('close() lets every call already sent finish, then closes the store cleanly', async () => {
    const id = value<Article>(await client.call('articles.create', { headline: 'start' })).id;
    const updates: Promise<Envelope<unknown>>[] = [];
    for (let base = 1; base <= 50; base++) {
      updates.push(client.call('articles.update', { id, baseRevision: base, patch: { headline: `edit ${base}` } }));
    }
    const closed = client.close();
    expect(client.close()).toBe(closed); // one close, however often it is asked
    await closed;

    const results = await Promise.all(updates);
    expect(results.map((envelope) => value<ArticleSummary>(envelope).revision)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 2),
    );

    // Calls after close are refused, not queued.
    const late = failure(await client.call('articles.get', { id }));
    expect(late).toEqual({ code: 'store_unavailable', message: 'Lede is closing the store.' });

    // The worker closed the database: the WAL was checkpointed away and the file holds everything.
    expect(existsSync(`${storePath()}-wal`)).toBe(false);
    const direct = new Database(storePath(), { readonly: true });
    try {
      expect(direct.prepare('SELECT headline, revision FROM articles WHERE id = ?').get(id)).toEqual({
        headline: 'edit 50',
        revision: 51,
      });
    } finally {
      direct.close();
    }
    const reopened = openStore({ file: storePath() });
    try {
      expect(createArticleService(reopened.db).get(id)).toMatchObject({ headline: 'edit 50', revision: 51 });
    } finally {
      reopened.db.close();
    }
  });

  it('resolves with an error envelope, not a throw, when the input cannot be copied to the worker', async () => {
    const withFunction = client.call('articles.create', { headline: () => 'not data' });
    await expect(withFunction).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const error = failure(await withFunction);
    expect(error.message).toMatch(/articles\.create was refused: its input cannot be copied/);

    const withSymbol = failure(await client.call('articles.create', { headline: Symbol('x') }));
    expect(withSymbol.code).toBe('invalid_input');

    // The worker is still there and nothing was created.
    expect(value<ArticleSummary[]>(await client.call('articles.list', {}))).toEqual([]);
    expect(value<Article>(await client.call('articles.create', { headline: 'fine' })).headline).toBe('fine');
  });

  it('close() before any call resolves at once and later calls are refused', async () => {
    await client.close();
    expect(failure(await client.call('app.status', {})).code).toBe('store_unavailable');
    expect(existsSync(storePath())).toBe(false); // no worker was ever started
  });

  it('reports a store problem through app.status and store_unavailable for article calls', async () => {
    const dataDir = join(temp.dir, 'garbage');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, storeFileName), Buffer.alloc(2048, 0x42));
    const broken = startCoreWorker(builtWorkerPath, { dataDir });
    try {
      const status = value<StoreStatus>(await broken.call('app.status', {}));
      expect(status).toMatchObject({ state: 'problem', problem: 'not_a_database', dataDir });
      expect(failure(await broken.call('articles.list', {})).code).toBe('store_unavailable');
    } finally {
      await broken.close();
    }
  });

  it('answers store_unavailable when the worker cannot start at all', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const missing = startCoreWorker(join(temp.dir, 'no-such-worker.js'), { dataDir: temp.dir });
      const envelope = await missing.call('app.status', {});
      expect(failure(envelope).code).toBe('store_unavailable');
      expect(errors).toHaveBeenCalled();
      await missing.close();
    } finally {
      errors.mockRestore();
    }
  });
});
