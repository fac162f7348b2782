import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir';
import type { Article, ArticleSummary } from '../../shared/article';
import type { Envelope, ErrorInfo } from '../../shared/errors';
import type { StoreStatus } from '../../shared/store-status';
import { startCore, storeFileName, type Core } from './open-core';

let temp: { dir: string; cleanup: () => void };
const cores: Core[] = [];

beforeEach(() => {
  temp = makeTempDir('lede-move-');
});
afterEach(async () => {
  for (const core of cores.splice(0)) {
    await core.backupIfDue();
    core.close();
  }
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

async function coreWithArticles(): Promise<{ core: Core; from: string; ids: string[] }> {
  const from = join(temp.dir, 'from');
  const core = await startCore({ dataDir: from, now: Date.now, log: () => {} });
  cores.push(core);
  const ids: string[] = [];
  for (const headline of ['First story', 'Second story', 'Third story']) {
    ids.push(value<Article>(await core.call('articles.create', { headline })).id);
  }
  value(await core.call('settings.update', { defaultByline: 'Desk Reporter' }));
  return { core, from, ids };
}

type Moved = { cancelled: boolean; status: StoreStatus; previousDir: string };

describe('app.moveStore', () => {
  it('copies the store, checks the copy, then works there; the old folder keeps its store', async () => {
    const { core, from, ids } = await coreWithArticles();
    const to = join(temp.dir, 'new home');
    const moved = value<Moved>(await core.call('app.moveStore', { dataDir: to }));
    expect(moved).toMatchObject({ cancelled: false, previousDir: from, status: { state: 'ready', dataDir: to } });
    const list = value<ArticleSummary[]>(await core.call('articles.list', {}));
    expect(list.map((a) => a.id).sort()).toEqual([...ids].sort());
    expect(value<{ defaultByline: string }>(await core.call('settings.get', {})).defaultByline).toBe('Desk Reporter');
    // New writes land in the new folder only.
    value(await core.call('articles.create', { headline: 'Written after the move' }));
    const count = (dir: string) => {
      const db = new Database(join(dir, storeFileName), { readonly: true });
      try {
        return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    expect(count(to)).toBe(4);
    expect(count(from)).toBe(3);
    expect(existsSync(join(to, `${storeFileName}.moving`))).toBe(false);
  });

  it('refuses a folder that already holds a store, and changes nothing', async () => {
    const { core, from } = await coreWithArticles();
    const to = join(temp.dir, 'taken');
    mkdirSync(to);
    writeFileSync(join(to, storeFileName), 'someone else’s store');
    const error = failure(await core.call('app.moveStore', { dataDir: to }));
    expect(error.code).toBe('store_unavailable');
    expect(error.message).toMatch(/already holds a Lede store/);
    expect(readFileSync(join(to, storeFileName), 'utf8')).toBe('someone else’s store');
    expect(core.status).toMatchObject({ state: 'ready', dataDir: from });
  });

  it('a folder that cannot be made is refused with the reason; the store stays where it was', async () => {
    const { core, from } = await coreWithArticles();
    const blocker = join(temp.dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const error = failure(await core.call('app.moveStore', { dataDir: join(blocker, 'inside') }));
    expect(error.message).toMatch(/cannot be used/);
    expect(core.status).toMatchObject({ state: 'ready', dataDir: from });
    expect(value<ArticleSummary[]>(await core.call('articles.list', {}))).toHaveLength(3);
  });

  it('without a folder (the dialog was cancelled) nothing changes', async () => {
    const { core, from } = await coreWithArticles();
    const moved = value<Moved>(await core.call('app.moveStore', {}));
    expect(moved).toMatchObject({ cancelled: true, status: { dataDir: from } });
  });
});
