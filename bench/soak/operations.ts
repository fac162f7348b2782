import type { ArticleSummary } from '../../src/shared/article';
import type { DocNode } from '../../src/shared/doc';
import { seededRandom, syntheticBody, typedMore } from '../lib/articles';
import type { BenchCore } from '../lib/core';

/** What one soak step can reach: the core as the app runs it, and the articles it knows. */
export interface SoakContext {
  core: BenchCore;
  random: () => number;
  /** Every article id in the store (gets pick from all of them). */
  ids: string[];
  /** The articles being edited: their current body and revision, as the open editor holds them. */
  working: { id: string; revision: number; body: DocNode }[];
}

export interface SoakOperation {
  name: string;
  /** Relative share of the steps. */
  weight: number;
  run(context: SoakContext): Promise<void>;
}

/** Past this size an edited body starts over, so bodies stay article-sized over an hour of typing. */
const maxBodyChars = 12_000;
const pageSize = 50;

export const coreOperations: SoakOperation[] = [
  {
    // The autosave of an open article: a few more words, based on the last saved revision.
    name: 'edit',
    weight: 50,
    async run({ core, random, working }) {
      const article = working[Math.floor(random() * working.length)]!;
      let body = typedMore(article.body, random);
      if (JSON.stringify(body).length > maxBodyChars) body = syntheticBody(random);
      const saved = await core.call('articles.update', {
        id: article.id,
        baseRevision: article.revision,
        patch: { body },
      });
      article.revision = saved.revision;
      article.body = body;
    },
  },
  {
    // Opening an article from the library.
    name: 'get',
    weight: 25,
    async run({ core, random, ids }) {
      await core.call('articles.get', { id: ids[Math.floor(random() * ids.length)]! });
    },
  },
  {
    // The library: the first page, or a page further down after a cursor.
    name: 'list',
    weight: 25,
    async run({ core, random }) {
      const first: ArticleSummary[] = await core.call('articles.list', { limit: pageSize });
      if (random() < 0.5) return;
      const last = first[first.length - 1];
      if (last)
        await core.call('articles.list', { limit: pageSize, after: { updatedAt: last.updatedAt, id: last.id } });
    },
  },
];

/**
 * HOOK for later issues: searching and exporting belong in the soak once their channels
 * exist. Add them here, e.g. `{ name: 'search', weight: 15, run: ({ core }) => … }` and
 * `{ name: 'export', weight: 5, … }`; the loop, the per-minute report and the verdict pick
 * them up without other changes.
 */
export const laterOperations: SoakOperation[] = [];

/** Picks operations by weight with the given random source. */
export function operationPicker(operations: readonly SoakOperation[]): (random: () => number) => SoakOperation {
  const total = operations.reduce((sum, op) => sum + op.weight, 0);
  return (random) => {
    let roll = random() * total;
    for (const op of operations) {
      roll -= op.weight;
      if (roll < 0) return op;
    }
    return operations[operations.length - 1]!;
  };
}

export { seededRandom };
