/**
 * Export: the one renderer and the ninjs mapping on 700-word articles, a 20,000-word page,
 * and a batch of 10,000 articles written to a folder through the core. Each case sits
 * beside the baseline it wraps: TipTap's static renderer with the schema rebuilt per call
 * (what a naive renderer pays), `JSON.stringify` of the body (the floor), and plain
 * `writeFileSync` of the same pages (no temporary file, no fsync, no rename).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import { openCore } from '../../src/main/core/open-core';
import type { Article } from '../../src/shared/article';
import { countWords, docText, type DocNode } from '../../src/shared/doc';
import { schemaExtensions } from '../../src/shared/editor/schema-extensions';
import { ninjs22, ninjsText } from '../../src/shared/exchange/ninjs';
import { renderArticle } from '../../src/shared/render';
import { makeTempDir } from '../lib/env';
import { longArticle } from '../lib/long-article';
import { summarise } from '../lib/percentiles';
import { time, timePair } from '../lib/timing';
import { BenchAbort, caseResult, type MeasuredCase, type Suite, type SuiteContext } from '../lib/types';

const suiteName = 'export';
const batchSize = 10_000;

function articleOf(body: DocNode, index: number): Article {
  const text = docText(body);
  return {
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    kicker: 'Analysis',
    headline: `Council votes on the budget, part ${index}`,
    altHeadlines: { web: '', seo: 'Budget vote', social: '' },
    standfirst: 'The council met late into the night to settle next year’s spending.',
    slug: `council-votes-${index}`,
    slugEdited: false,
    bylines: ['Ana Costa'],
    dateline: 'LISBON',
    section: 'Politics',
    source: 'agencies',
    language: 'en',
    urgency: 5,
    editorsNote: '',
    embargo: null,
    tags: [{ id: 1, kind: 'topic', name: 'Budget', externalIds: [] }],
    body,
    bodyText: text,
    hero: null,
    wordCount: countWords(text),
    status: 'published',
    statusBeforeSpike: null,
    createdAt: 1_760_000_000_000,
    updatedAt: 1_760_000_000_000,
    firstPublishedAt: 1_760_000_000_000,
    revision: 1,
  };
}

const related = [
  {
    id: 'x',
    relation: 'related' as const,
    headline: 'Earlier vote',
    outlet: 'Reuters',
    time: 1_759_990_000_000,
    excerpt: 'An excerpt.',
  },
];
const page = (article: Article): string =>
  renderArticle({ article, related, assets: {}, options: { layout: 'web', asOf: 1_760_000_000_000, outlet: 'Lede' } });
const naive = (body: DocNode): string => renderToHTMLString({ extensions: schemaExtensions(), content: body as never });

async function run(context: SuiteContext): Promise<MeasuredCase[]> {
  const results: MeasuredCase[] = [];
  const short = Array.from({ length: 50 }, (_, i) => articleOf(longArticle(700, 700 + i).body, i));
  const at = (i: number): Article => short[i % short.length]!;

  const html = await timePair(
    { warmup: 300, iterations: 3_000 },
    (i) => void page(at(i)),
    (i) => void naive(at(i).body),
  );
  results.push({
    result: caseResult(
      suiteName,
      'html-700',
      summarise(html.subject.samples),
      { name: 'static renderer, schema per call', ...summarise(html.baseline.samples) },
      { per_s: (3_000 / html.subject.totalMs) * 1000 },
    ),
    targets: { min_per_s: 1_000 },
  });
  context.log('export: html-700 done');

  const ninjs = await timePair(
    { warmup: 300, iterations: 3_000 },
    (i) => void ninjsText(ninjs22({ article: at(i), related, assets: {} })),
    (i) => void JSON.stringify(at(i).body),
  );
  results.push({
    result: caseResult(
      suiteName,
      'ninjs-700',
      summarise(ninjs.subject.samples),
      { name: 'JSON.stringify of the body', ...summarise(ninjs.baseline.samples) },
      { per_s: (3_000 / ninjs.subject.totalMs) * 1000 },
    ),
    targets: { min_per_s: 3_000 },
  });
  context.log('export: ninjs-700 done');

  const long = articleOf(longArticle(20_000).body, 0);
  const big = await timePair(
    { warmup: 5, iterations: 60 },
    () => void page(long),
    () => void naive(long.body),
  );
  results.push({
    result: caseResult(suiteName, 'html-20k', summarise(big.subject.samples), {
      name: 'static renderer, schema per call',
      ...summarise(big.baseline.samples),
    }),
    targets: { p95_ms: 50 },
  });
  context.log('export: html-20k done');

  // A batch through the core: a store of 10,000 articles, exported as HTML in chunks of 100.
  const temp = makeTempDir('lede-bench-export-');
  try {
    const core = openCore({ dataDir: join(temp.dir, 'store'), log: () => {} });
    if (core.status.state !== 'ready') throw new BenchAbort(`the bench store did not open: ${core.status.message}`);
    const call = (channel: string, input: unknown): unknown => {
      const envelope = core.dispatch(channel, input);
      if (!envelope.ok) throw new BenchAbort(`${channel}: ${envelope.error.message}`);
      return envelope.value;
    };
    const ids: string[] = [];
    for (let i = 0; i < batchSize; i++) {
      const source = at(i);
      ids.push(
        (
          call('articles.create', { headline: source.headline, standfirst: source.standfirst, body: source.body }) as {
            id: string;
          }
        ).id,
      );
    }
    context.log(`export: ${batchSize} articles stored`);
    const out = join(temp.dir, 'out');
    const plain = join(temp.dir, 'plain');
    mkdirSync(out);
    mkdirSync(plain);
    const { token } = call('exports.chooseFolder', { folder: out }) as { token: string };
    const chunks = batchSize / 100;
    const batch = await time({ warmup: 0, iterations: chunks }, (c) => {
      const result = call('exports.batch', {
        token,
        articleIds: ids.slice(c * 100, c * 100 + 100),
        format: 'html',
      }) as { failed: unknown[] };
      if (result.failed.length) throw new BenchAbort(`batch export failed: ${JSON.stringify(result.failed[0])}`);
    });
    const pages = short.map(page);
    const baseline = await time({ warmup: 0, iterations: chunks }, (c) => {
      for (let k = 0; k < 100; k++) writeFileSync(join(plain, `${c}-${k}.html`), pages[k % pages.length]!);
    });
    core.close();
    const perArticle = (samples: Float64Array) => {
      const s = summarise(samples);
      return { n: batchSize, p50: s.p50 / 100, p95: s.p95 / 100 };
    };
    results.push({
      result: caseResult(
        suiteName,
        'batch-10k (per article)',
        perArticle(batch.samples),
        { name: 'writeFileSync of the page', ...perArticle(baseline.samples) },
        { per_s: (batchSize / batch.totalMs) * 1000 },
      ),
    });
    context.log('export: batch-10k done');
  } finally {
    temp.remove();
  }
  return results;
}

export const exportSuite: Suite = {
  name: suiteName,
  description: 'the renderer and ninjs on 700-word articles, a 20,000-word page, 10,000 articles written to a folder',
  run,
};
