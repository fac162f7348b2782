/**
 * Crash safety: a child process saves as fast as it can through the real core worker and is
 * killed with SIGKILL at random moments; after every kill the store is reopened with the
 * app's own openStore and checked: integrity_check is ok, every acknowledged save is there
 * (the stored revision is at least the last one acknowledged, with exactly the body that
 * revision was saved with), and no article holds half-written text.
 *
 * LEDE_CRASH_ROUNDS sets the number of rounds (200 by default; `npm run soak:crash` runs
 * 1,000). LEDE_CRASH_SEED replays the kill timings of a failed run (it is printed).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackupService } from '../../src/main/core/services/backups';
import { openStore } from '../../src/main/core/store/open-store';
import { countWords, docText, type DocNode } from '../../src/shared/doc';
import { builtWorkerPath, makeTempDir } from '../support/temp-dir';
import { buildWriter } from './build-writer';
import { crashBody, crashHeadline } from './crash-body';

const rounds = Number(process.env.LEDE_CRASH_ROUNDS ?? 200);
const seed = Number(process.env.LEDE_CRASH_SEED ?? Date.now() % 1_000_000);
const articlesPerStore = 3;
/** Each folder lives this many rounds, so kills also land on first opens and migrations. */
const roundsPerFolder = 25;
/** Share of rounds killed while the writer is still starting (opening the store, creating articles). */
const startupKillShare = 0.15;
const maxKillAfterReadyMs = 250;
const maxStartupKillMs = 200;

interface Ack {
  id: string;
  revision: number;
  sha: string;
}

interface RoundResult {
  acks: number;
  killedAfterReady: boolean;
}

let temp: { dir: string; cleanup: () => void };
let writer: string;

beforeAll(async () => {
  temp = makeTempDir('lede-crash-');
  writer = await buildWriter(join(temp.dir, 'writer'));
}, 120_000);

afterAll(() => temp?.cleanup());

function seeded(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Runs the writer once and kills it; records every acknowledged save in `acks`. */
function runRound(dataDir: string, acks: Map<number, Ack>, random: () => number): Promise<RoundResult> {
  const child = spawn(process.execPath, [writer, builtWorkerPath, dataDir, String(articlesPerStore)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killAtStartup = random() < startupKillShare;
  const delay = random() * (killAtStartup ? maxStartupKillMs : maxKillAfterReadyMs);
  let killed = false;
  let killedAfterReady = false;
  let count = 0;
  const problems: string[] = [];
  const kill = (): void => {
    killed = true;
    child.kill('SIGKILL');
  };
  if (killAtStartup) setTimeout(kill, delay);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const [word, ...rest] = line.split(' ');
    if (word === 'ready') {
      if (!killAtStartup) {
        killedAfterReady = true;
        setTimeout(kill, delay);
      }
    } else if (word === 'ack') {
      const [article, id, revision, digest] = rest;
      const ack = { id: id!, revision: Number(revision), sha: digest! };
      const before = acks.get(Number(article));
      if (before && (before.id !== ack.id || ack.revision <= before.revision)) {
        problems.push(`ack out of order for article ${article}: ${JSON.stringify(before)} then ${line}`);
      }
      acks.set(Number(article), ack);
      count++;
    } else {
      problems.push(line);
    }
  });
  return new Promise((resolve, reject) => {
    child.on('close', (code, signal) => {
      if (problems.length > 0) return reject(new Error(`the writer reported:\n${problems.join('\n')}\n${stderr}`));
      if (!killed || signal !== 'SIGKILL') {
        return reject(new Error(`the writer stopped by itself (code ${code}, signal ${signal}):\n${stderr}`));
      }
      resolve({ acks: count, killedAfterReady });
    });
  });
}

interface Row {
  id: string;
  headline: string;
  body: string;
  body_text: string;
  word_count: number;
  revision: number;
}

/** Reopens the store as the app would and checks it against what was acknowledged. */
function verify(dataDir: string, acks: Map<number, Ack>, round: number): number {
  const file = join(dataDir, 'lede.sqlite');
  const { db } = openStore({ file });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    expect(integrity, `round ${round}: integrity_check`).toBe('ok');
    const rows = db.prepare('SELECT id, headline, body, body_text, word_count, revision FROM articles').all() as Row[];
    expect(rows.length, `round ${round}: more articles than the writer makes`).toBeLessThanOrEqual(articlesPerStore);
    for (const row of rows) {
      const article = Number(/^Crash article (\d+)$/.exec(row.headline)?.[1] ?? NaN);
      expect(row.headline, `round ${round}: a stray headline`).toBe(crashHeadline(article));
      // The whole body of exactly the stored revision: nothing half-written, nothing mixed.
      expect(
        row.body === JSON.stringify(crashBody(article, row.revision)),
        `round ${round}: body of ${row.headline}`,
      ).toBe(true);
      const text = docText(JSON.parse(row.body) as DocNode);
      expect(row.body_text === text, `round ${round}: body_text of ${row.headline}`).toBe(true);
      expect(row.word_count).toBe(countWords(text));
    }
    let checked = 0;
    for (const [article, ack] of acks) {
      const row = rows.find((candidate) => candidate.id === ack.id);
      expect(row, `round ${round}: acknowledged article ${article} (${ack.id}) is missing`).toBeDefined();
      expect(row!.revision, `round ${round}: article ${article} lost acknowledged revisions`).toBeGreaterThanOrEqual(
        ack.revision,
      );
      if (row!.revision === ack.revision) expect(sha(row!.body), `round ${round}: acknowledged body`).toBe(ack.sha);
      checked++;
    }
    return checked;
  } finally {
    db.close();
  }
}

/** Every backup the folder lists must open and pass quick_check; interrupted ones must not be listed. */
function verifyBackups(dataDir: string): number {
  const backups = createBackupService({ dataDir }).list();
  for (const backup of backups) {
    const db = new Database(join(dataDir, 'backups', backup.name), { readonly: true });
    try {
      expect(db.pragma('quick_check', { simple: true }), backup.name).toBe('ok');
    } finally {
      db.close();
    }
  }
  return backups.length;
}

describe('the store under SIGKILL', () => {
  it(
    `keeps every acknowledged save through ${rounds} kills`,
    async () => {
      const random = seeded(seed);
      const stats = { rounds: 0, acks: 0, checks: 0, startupKills: 0, savingKills: 0, backups: 0, folders: 0 };
      let dataDir = '';
      const acks = new Map<number, Ack>();
      try {
        for (let round = 1; round <= rounds; round++) {
          if ((round - 1) % roundsPerFolder === 0) {
            if (dataDir) stats.backups += verifyBackups(dataDir);
            dataDir = join(temp.dir, `store-${round}`);
            mkdirSync(dataDir);
            acks.clear();
            stats.folders++;
          }
          const result = await runRound(dataDir, acks, random);
          stats.checks += verify(dataDir, acks, round);
          stats.rounds++;
          stats.acks += result.acks;
          if (result.killedAfterReady) stats.savingKills++;
          else stats.startupKills++;
        }
        stats.backups += verifyBackups(dataDir);
      } catch (error) {
        throw new Error(`crash test failed (replay with LEDE_CRASH_SEED=${seed}): ${String(error)}`, {
          cause: error,
        });
      }
      console.log(
        `crash test (seed ${seed}): ${stats.rounds} rounds survived in ${stats.folders} stores; ` +
          `${stats.savingKills} kills while saving, ${stats.startupKills} while starting; ` +
          `${stats.acks} acknowledged saves, ${stats.checks} article checks against the last acknowledgement; ` +
          `${stats.backups} completed backups checked.`,
      );
      // The test proves something only if saves were really being made when the kills came.
      expect(stats.savingKills).toBeGreaterThan(rounds / 2);
      expect(stats.acks).toBeGreaterThan(stats.savingKills * articlesPerStore);
    },
    Math.max(300_000, rounds * 3_000),
  );
});
