import Database from 'better-sqlite3';
import { join } from 'node:path';
import { openCore, storeFileName, type Core, type CoreOptions } from '../../src/main/core/open-core';
import type { ChannelName, InputOf, OutputOf } from '../../src/shared/contract';
import { LedeError, type ErrorInfo } from '../../src/shared/errors';
import { makeTempDir } from './temp-dir';

export interface TestCore {
  core: Core;
  /** Calls a channel through the core's dispatcher (contract check included); throws a LedeError on failure. */
  call<C extends ChannelName>(channel: C, input: InputOf<C>): OutputOf<C>;
  /** Calls a channel expecting a failure and returns it; a success fails the test. */
  fail(channel: ChannelName, input: unknown): ErrorInfo;
  /** A second, plain connection to the same file, for reading what the store holds. */
  raw: Database.Database;
  /** Every row of the tables tags and links touch, to show a refused call changed nothing. */
  dump(): Record<string, unknown[]>;
  /** The injected clock, moved by hand. */
  clock: { now: number };
  close(): void;
}

/** A real core on a real store in a temporary folder, with a clock the test controls. */
export function openTestCore(options: Partial<CoreOptions> = {}): TestCore {
  const temp = makeTempDir('lede-core-');
  const clock = { now: 1_750_000_000_000 };
  const core = openCore({ dataDir: temp.dir, now: () => clock.now, log: () => {}, ...options });
  if (core.status.state !== 'ready') throw new Error(`the test store did not open: ${core.status.message}`);
  const raw = new Database(join(temp.dir, storeFileName), { readonly: true });
  const all = (sql: string): unknown[] => raw.prepare(sql).all();
  return {
    core,
    call(channel, input) {
      const envelope = core.dispatch(channel, input);
      if (!envelope.ok) throw new LedeError(envelope.error.code, envelope.error.message);
      return envelope.value as OutputOf<typeof channel>;
    },
    fail(channel, input) {
      const envelope = core.dispatch(channel, input);
      if (envelope.ok)
        throw new Error(`${channel} was expected to fail but returned ${JSON.stringify(envelope.value)}`);
      return envelope.error;
    },
    raw,
    dump: () => ({
      articles: all('SELECT id, headline, status, revision, updated_at FROM articles ORDER BY id'),
      tags: all('SELECT * FROM tags ORDER BY id'),
      articleTags: all('SELECT * FROM article_tags ORDER BY article_id, tag_id'),
      links: all('SELECT * FROM article_links ORDER BY source_id, target_id'),
      revisions: all('SELECT id, article_id, article_revision, reason, note FROM revisions ORDER BY id'),
    }),
    clock,
    close() {
      raw.close();
      core.close();
      temp.cleanup();
    },
  };
}
