/**
 * IPC fuzzing: for every channel in the contract (enumerated, so a channel added later is
 * fuzzed without anyone remembering to), malformed payloads derived from its zod schema go
 * through main's input check (parseInput, as ipc.ts runs it) and through the real core
 * worker (the built out/main/core-worker.js, via the app's CoreClient). Each must come back
 * as a typed error envelope; the worker must stay up and answer a valid call afterwards;
 * and the store's content (every row of every table) must be unchanged.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoreWorker, type CoreClient } from '../../src/main/core/core-client';
import { storeFileName } from '../../src/main/core/open-core';
import type { Article } from '../../src/shared/article';
import { channelNames, contract } from '../../src/shared/contract';
import { isErrorCode, type Envelope } from '../../src/shared/errors';
import { parseInput } from '../../src/shared/parse-input';
import { fuzzPayloads, validSeed, type SeedHints } from '../support/fuzz-payloads';
import { builtWorkerPath, makeTempDir } from '../support/temp-dir';

/** An error message may quote a little of the input, never echo a huge payload back. */
const maxMessageLength = 2_000;

let temp: { dir: string; cleanup: () => void };
let client: CoreClient;
let hints: SeedHints;
const report: { channel: string; payloads: number; sent: number; validSkipped: number; codes: string }[] = [];

beforeAll(async () => {
  if (!existsSync(builtWorkerPath))
    throw new Error(`${builtWorkerPath} is missing; run "npx electron-vite build" first`);
  temp = makeTempDir('lede-fuzz-');
  client = startCoreWorker(builtWorkerPath, { dataDir: temp.dir });
  const ids: string[] = [];
  for (const headline of ['Fuzz target one', 'Fuzz target two']) {
    const created = await client.call('articles.create', { headline });
    if (!created.ok) throw new Error(created.error.message);
    ids.push((created.value as Article).id);
  }
  hints = {
    ids,
    candidates: [
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'fuzz' }] }] },
      join(temp.dir, 'never-opened'),
      'lede-2020-01-01T00-00-00-000Z-daily.sqlite',
      ids[0],
      '',
      'a',
      0,
      1,
      true,
      {},
      [],
    ],
  };
});

afterAll(async () => {
  await client?.close();
  temp?.cleanup();
  if (report.length > 0) {
    const lines = report.map(
      (row) =>
        `  ${row.channel.padEnd(18)} ${String(row.payloads).padStart(5)} generated  ${String(row.sent).padStart(5)} malformed sent  ${String(row.validSkipped).padStart(3)} valid skipped  codes: ${row.codes}`,
    );
    console.log(`IPC fuzzing, payloads per channel:\n${lines.join('\n')}`);
  }
});

/** sha256 over every row of every table (FTS and bookkeeping tables included), read beside the worker. */
function storeHash(): string {
  const db = new Database(join(temp.dir, storeFileName), { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    const hash = createHash('sha256');
    for (const table of tables) {
      const rows = db
        .prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`)
        .raw()
        .all()
        .map((row) =>
          JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value)),
        )
        .sort();
      hash.update(`${table}\n${rows.join('\n')}\n`);
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

function expectTypedError(envelope: Envelope<unknown>, where: string): string {
  if (envelope.ok) throw new Error(`${where} was accepted: ${JSON.stringify(envelope.value)?.slice(0, 200)}`);
  expect(isErrorCode(envelope.error.code), `${where}: code ${String(envelope.error.code)}`).toBe(true);
  expect(typeof envelope.error.message, where).toBe('string');
  expect(envelope.error.message.length, `${where}: message length`).toBeGreaterThan(0);
  expect(envelope.error.message.length, `${where}: message length`).toBeLessThanOrEqual(maxMessageLength);
  return envelope.error.code;
}

describe('IPC fuzzing of every contract channel', () => {
  it('covers the whole contract', () => {
    expect(channelNames.length).toBeGreaterThan(0);
    expect([...channelNames].sort()).toEqual(Object.keys(contract).sort());
  });

  it.each(channelNames)(
    '%s: every malformed payload gets a typed error, the worker stays up, the store is unchanged',
    async (channel) => {
      const schema = contract[channel].input;
      const seed = validSeed(schema, hints);
      const cases = fuzzPayloads(seed);
      const before = storeHash();
      const exitsBefore = client.unexpectedExits;
      const codes = new Map<string, number>();
      let sent = 0;
      let validSkipped = 0;

      for (const { label, payload } of cases) {
        const where = `${channel} with ${label}`;
        // Main's check, exactly as ipc.ts runs it: it must never throw.
        let checked: Envelope<unknown> | undefined;
        expect(() => {
          checked = parseInput(channel, payload);
        }, where).not.toThrow();
        if (checked!.ok) {
          // The mutation happened to be valid (an optional field dropped): not an attack.
          validSkipped++;
          continue;
        }
        expect(expectTypedError(checked!, `parseInput: ${where}`)).toBe('invalid_input');

        const answered = await client.call(channel, payload);
        const code = expectTypedError(answered, `the core worker: ${where}`);
        codes.set(code, (codes.get(code) ?? 0) + 1);
        sent++;
      }

      expect(client.unexpectedExits, 'the core worker stopped during fuzzing').toBe(exitsBefore);
      expect(storeHash(), 'the store changed').toBe(before);
      // Nothing leaked onto shared prototypes in this process (main's side of the check).
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      // And the worker still answers a valid call with the data it had.
      const status = await client.call('app.status', {});
      expect(status).toMatchObject({ ok: true, value: { state: 'ready' } });
      const article = await client.call('articles.get', { id: hints.ids[0] });
      expect(article).toMatchObject({ ok: true, value: { id: hints.ids[0], headline: 'Fuzz target one' } });

      // A channel whose schema could not be read still gets the whole-payload attacks; one
      // whose fields are all optional (articles.create) has fewer mutations that are malformed.
      expect(sent, `${channel}: too few malformed payloads`).toBeGreaterThanOrEqual(20);
      if (seed !== undefined) expect(validSkipped, `${channel}: most mutations should be malformed`).toBeLessThan(sent);
      report.push({
        channel,
        payloads: cases.length,
        sent,
        validSkipped,
        codes: [...codes].map(([code, n]) => `${code} ${n}`).join(', '),
      });
    },
    120_000,
  );
});
