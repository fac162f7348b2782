/**
 * The editor in Chromium, through the browser-test rig (the built renderer, the real core
 * worker behind a loopback server), beside bare ProseMirror on the same document in a
 * page this suite serves itself, in the same run, measured in alternating blocks.
 *
 * - load: from the click on a 20,000-word article in the list (the bare page: from its
 *   open() call) until every block is on screen and the next frame has painted. For Lede
 *   this includes fetching the article from the core, React and TipTap; for the baseline,
 *   fetching the same JSON and building an EditorView.
 * - keystroke: keydown to next paint while typing mid-document, measured in the page from
 *   the event's timestamp to a setTimeout(0) posted from the next animation frame.
 * - keystroke-work (information): keydown to the editor's transaction done (the input
 *   event handled and its microtasks run): the editor's own work per key, without the
 *   wait for the next frame.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/browser';
import { bundleScript } from '../../tests/e2e/support/build-bridge';
import { startTestServer, type TestServer } from '../../tests/e2e/support/test-server';
import { makeTempDir } from '../lib/env';
import { longArticle } from '../lib/long-article';
import { caretMidDocument, installKeyProbe, keyPainted, takeKeySamples, timeUntilShown } from '../lib/page-probes';
import { summarise } from '../lib/percentiles';
import { BenchAbort, caseResult, type MeasuredCase, type Suite, type SuiteContext } from '../lib/types';

const suiteName = 'editor';
const plan = {
  load: { warmup: 2, iterations: 15 },
  keystroke: { warmup: 20, iterations: 300, rounds: 6 },
} as const;
const bigHeadline = 'Bench: the long read';
const smallHeadline = 'Bench: a short note';
const typed = 'the council met on tuesday and agreed the budget ';

/** Serves the bare ProseMirror page, its script and the document, from this process. */
async function startBareServer(script: string, docJson: string): Promise<{ url: string; server: Server }> {
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>Bare ProseMirror</title>
<style>body{margin:0;font:18px/1.65 Georgia,serif}.bare-editor{max-width:760px;margin:0 auto;padding:16px 24px;outline:none;white-space:pre-wrap}p{margin:0 0 .9em}</style>
</head><body><div id="mount"></div><script src="/bare.js"></script></body></html>`;
  const server = createServer((request, response) => {
    if (request.url === '/') return void response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    if (request.url === '/bare.js')
      return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    if (request.url?.startsWith('/doc.json'))
      return void response
        .writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
        .end(docJson);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // "localhost", not 127.0.0.1: another site, so Chromium gives it its own renderer process.
  return { url: `http://localhost:${(server.address() as AddressInfo).port}/`, server };
}

async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="save-status"]')?.textContent?.startsWith('Saved') !== false,
    undefined,
    { timeout: 30_000 },
  );
}

function result(name: string, subject: number[], baseline: number[]): MeasuredCase['result'] {
  const s = summarise(subject);
  const b = summarise(baseline);
  return caseResult(suiteName, name, s, { name: 'bare ProseMirror', ...b });
}

async function typeBlock(page: Page, count: number, offset: number): Promise<{ paint: number[]; work: number[] }> {
  for (let i = 0; i < count; i++) {
    await page.keyboard.type(typed[(offset + i) % typed.length]!);
    await keyPainted(page, i + 1);
  }
  return takeKeySamples(page, count);
}

async function run(context: SuiteContext): Promise<MeasuredCase[]> {
  const temp = makeTempDir('lede-bench-editor-');
  const article = longArticle();
  context.log(`editor: a ${article.words.toLocaleString('en')}-word article in ${article.blocks} paragraphs`);
  let server: TestServer | undefined;
  let bare: { url: string; server: Server } | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  try {
    server = await startTestServer(temp.dir, context.root);
    const created = await server.core.call('articles.create', { headline: bigHeadline, body: article.body });
    if (!created.ok) throw new BenchAbort(`could not store the long article: ${created.error.message}`);
    await server.core.call('articles.create', { headline: smallHeadline });
    const script = await bundleScript(join(context.root, 'bench', 'pages', 'bare-prosemirror.ts'), 'bareProseMirror');
    bare = await startBareServer(script, JSON.stringify(article.body));

    browser = await launchChromium();
    const newPage = async (): Promise<Page> => {
      const browserContext = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
      contexts.push(browserContext);
      return browserContext.newPage();
    };
    const lede = await newPage();
    const base = await newPage();
    await lede.goto(server.url);
    await lede.getByRole('button', { name: 'New article' }).first().waitFor();
    await base.goto(bare.url);
    await base.waitForFunction(() => 'bareProseMirror' in window);

    // load
    const openLede = async (): Promise<number> => {
      await lede.bringToFront();
      await lede.locator('.article-list__item', { hasText: smallHeadline }).click();
      await lede.locator('.body-editor').waitFor();
      await lede.waitForTimeout(50);
      return timeUntilShown(lede, { clickArticle: bigHeadline }, '.body-editor', article.blocks);
    };
    const openBare = async (): Promise<number> => {
      await base.bringToFront();
      await base.waitForTimeout(50);
      return timeUntilShown(base, { openBare: `/doc.json?${Math.random()}` }, '.bare-editor', article.blocks);
    };
    for (let i = 0; i < plan.load.warmup; i++) {
      await openLede();
      await openBare();
    }
    const loadLede: number[] = [];
    const loadBare: number[] = [];
    for (let i = 0; i < plan.load.iterations; i++) {
      loadLede.push(await openLede());
      loadBare.push(await openBare());
    }
    context.log('editor: load done');

    // keystroke: the long article open in both, the caret mid-document.
    await lede.bringToFront();
    await lede.locator('.article-list__item', { hasText: bigHeadline }).click();
    await lede.waitForFunction(
      (blocks) => (document.querySelector('.body-editor')?.childElementCount ?? 0) >= blocks,
      article.blocks,
    );
    await openBare();
    for (const [page, selector] of [
      [lede, '.body-editor'],
      [base, '.bare-editor'],
    ] as const) {
      await page.bringToFront();
      await installKeyProbe(page);
      await caretMidDocument(page, selector);
      await typeBlock(page, plan.keystroke.warmup, 0);
    }
    await waitSaved(lede);
    const keys = {
      lede: { paint: [] as number[], work: [] as number[] },
      bare: { paint: [] as number[], work: [] as number[] },
    };
    const perRound = plan.keystroke.iterations / plan.keystroke.rounds;
    for (let round = 0; round < plan.keystroke.rounds; round++) {
      await lede.bringToFront();
      const fromLede = await typeBlock(lede, perRound, round * perRound);
      // Let the autosave of this block finish before the other page types.
      await waitSaved(lede);
      await base.bringToFront();
      const fromBare = await typeBlock(base, perRound, round * perRound);
      keys.lede.paint.push(...fromLede.paint);
      keys.lede.work.push(...fromLede.work);
      keys.bare.paint.push(...fromBare.paint);
      keys.bare.work.push(...fromBare.work);
    }
    context.log('editor: keystroke done');

    return [
      { result: result('load', loadLede, loadBare), targets: { p95_ms: 300 } },
      { result: result('keystroke', keys.lede.paint, keys.bare.paint), targets: { p95_ms: 16, ratio: 1.5 } },
      { result: result('keystroke-work', keys.lede.work, keys.bare.work) },
    ];
  } finally {
    for (const browserContext of contexts) await browserContext.close().catch(() => undefined);
    await browser?.close();
    await new Promise<void>((resolve) => (bare ? bare.server.close(() => resolve()) : resolve()));
    await server?.close();
    temp.remove();
  }
}

export const editorSuite: Suite = {
  name: suiteName,
  description:
    'open a 20,000-word article and type mid-document in Chromium through the test rig, vs bare ProseMirror on the same document',
  run,
};
