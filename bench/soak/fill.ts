import { randomUUID } from 'node:crypto';
import { openStore } from '../../src/main/core/store/open-store';
import { seededRandom, serialiseBody, syntheticArticle } from '../lib/articles';

/**
 * Seeds a store with `count` synthetic 4 KB articles through one raw INSERT transaction
 * (setup, not measured: the way bench/suites/store.ts fills its store), one a minute going
 * back from now. Opens with openStore, so the schema and pragmas are the app's.
 */
export function fillStore(file: string, count: number, progress: (done: number) => void): void {
  const { db } = openStore({ file });
  try {
    const random = seededRandom(7);
    const insert = db.prepare(
      `INSERT INTO articles (id, headline, standfirst, bylines, body, body_text, word_count, status, created_at, updated_at, revision)
       VALUES (@id, @headline, @standfirst, @bylines, @body, @body_text, @word_count, @status, @created_at, @updated_at, 1)`,
    );
    const start = Date.now() - count * 60_000;
    const batch = 10_000;
    for (let done = 0; done < count; done += batch) {
      db.transaction(() => {
        for (let i = done; i < Math.min(count, done + batch); i++) {
          const { headline, standfirst, bylines, status, body } = syntheticArticle(random);
          const time = start + i * 60_000;
          insert.run({
            id: randomUUID(),
            headline,
            standfirst,
            bylines: JSON.stringify(bylines),
            status,
            ...serialiseBody(body),
            created_at: time,
            updated_at: time,
          });
        }
      })();
      progress(Math.min(count, done + batch));
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
