/**
 * The crash test's victim: a small program that runs the real core worker (the built
 * out/main/core-worker.js, through the app's own CoreClient) and saves as fast as it can,
 * autosave-style: one save in flight per article, each a 4 KB TipTap body based on the
 * revision the last save returned. After each save is acknowledged it prints
 *   ack <article> <id> <revision> <sha256 of the body JSON>
 * and the test kills it with SIGKILL at a random moment.
 *
 * usage: node autosave-writer.mjs WORKER DATA_DIR ARTICLES
 */
import { createHash } from 'node:crypto';
import { startCoreWorker } from '../../src/main/core/core-client';
import type { Article, ArticleSummary } from '../../src/shared/article';
import type { Envelope } from '../../src/shared/errors';
import type { StoreStatus } from '../../src/shared/store-status';
import { crashBody, crashHeadline } from './crash-body';

const [workerPath, dataDir, count] = process.argv.slice(2);
if (!workerPath || !dataDir || !count) {
  process.stderr.write('usage: autosave-writer WORKER DATA_DIR ARTICLES\n');
  process.exit(64);
}
const articles = Number(count);
const client = startCoreWorker(workerPath, { dataDir });

function value<T>(channel: string, envelope: Envelope<unknown>): T {
  if (envelope.ok) return envelope.value as T;
  // Any failure is a finding: print it and stop, so the test reports it.
  process.stdout.write(`error ${channel} ${envelope.error.code} ${JSON.stringify(envelope.error.message)}\n`);
  process.exit(3);
}

// Pipes are written synchronously on Linux, so a printed line is out before the next save.
const say = (line: string): void => void process.stdout.write(`${line}\n`);
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

async function main(): Promise<void> {
  const status = value<StoreStatus>('app.status', await client.call('app.status', {}));
  if (status.state !== 'ready') {
    say(`error app.status ${status.problem} ${JSON.stringify(status.message)}`);
    process.exit(2);
  }
  const listed = value<ArticleSummary[]>('articles.list', await client.call('articles.list', { limit: 500 }));
  const current: { id: string; revision: number }[] = [];
  for (let k = 0; k < articles; k++) {
    const found = listed.find((summary) => summary.headline === crashHeadline(k));
    if (found) {
      current.push({ id: found.id, revision: found.revision });
      continue;
    }
    const body = crashBody(k, 1);
    const created = value<Article>(
      'articles.create',
      await client.call('articles.create', { headline: crashHeadline(k), body }),
    );
    current.push({ id: created.id, revision: 1 });
    say(`ack ${k} ${created.id} 1 ${sha(JSON.stringify(body))}`);
  }
  say('ready');

  await Promise.all(
    current.map(async (article, k) => {
      for (;;) {
        const revision = article.revision + 1;
        const body = crashBody(k, revision);
        const saved = value<ArticleSummary>(
          'articles.update',
          await client.call('articles.update', {
            id: article.id,
            baseRevision: article.revision,
            patch: { headline: crashHeadline(k), body },
          }),
        );
        if (saved.revision !== revision) {
          say(`error articles.update revision ${saved.revision} instead of ${revision}`);
          process.exit(3);
        }
        article.revision = revision;
        say(`ack ${k} ${article.id} ${revision} ${sha(JSON.stringify(body))}`);
      }
    }),
  );
}

void main();
