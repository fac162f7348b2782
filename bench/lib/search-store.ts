import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedFormat, seedStore } from '../../scripts/seed/seed-store';
import { storeFileName } from '../../src/main/core/open-core';
import { bundledMigrations } from '../../src/main/core/store/migrations';
import { openStore } from '../../src/main/core/store/open-store';

/**
 * A seeded archive for the search suite. Seeding 100,000 stories takes minutes, so the
 * store is kept between runs in the OS temp folder, under a name made of everything that
 * decides its contents (schema, generator, size, seed); anything else there is removed.
 * LEDE_BENCH_FRESH=1 seeds again regardless. Nothing the suite does writes to it.
 */
export function seededArchive(
  articles: number,
  seed: number,
  now: number,
  log: (message: string) => void,
): { dataDir: string; file: string } {
  const key = createHash('sha256')
    .update(JSON.stringify([bundledMigrations.map((m) => m.checksum), seedFormat, articles, seed, now]))
    .digest('hex')
    .slice(0, 16);
  const root = join(tmpdir(), 'lede-bench-archives');
  const dataDir = join(root, `${articles}-${key}`);
  const file = join(dataDir, storeFileName);
  if (existsSync(file) && process.env.LEDE_BENCH_FRESH !== '1') {
    log(`search: using the seeded archive in ${dataDir} (LEDE_BENCH_FRESH=1 seeds again)`);
    return { dataDir, file };
  }
  mkdirSync(root, { recursive: true });
  for (const entry of readdirSync(root)) rmSync(join(root, entry), { recursive: true, force: true });
  const building = join(root, `building-${key}`);
  const { db } = openStore({ file: join(building, storeFileName) });
  const started = performance.now();
  let lastTenth = -1;
  try {
    seedStore(db, {
      articles,
      seed,
      now,
      onProgress: (done, total) => {
        const tenth = Math.floor((done / total) * 10);
        if (tenth !== lastTenth) log(`search: seeding ${done.toLocaleString('en')}/${total.toLocaleString('en')}`);
        lastTenth = tenth;
      },
      onStep: (step) => log(`search: ${step}`),
    });
  } finally {
    db.close();
  }
  renameSync(building, dataDir);
  log(
    `search: seeded ${articles.toLocaleString('en')} stories in ${Math.round((performance.now() - started) / 1000)} s`,
  );
  return { dataDir, file };
}
