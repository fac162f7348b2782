/**
 * Start-up in Chromium through the browser-test rig (the built renderer, the real core
 * worker behind a loopback server), beside a bare page that is editable as soon as it
 * parses, in the same run, alternating.
 *
 * - first-editable: from navigation start (a fresh page load, as a window opening) to the
 *   first article's body being editable with its text on screen and the next frame
 *   painted. The page is opened on the article (`#article=<id>`, as an article window or a
 *   second launch opens it), so this is the app's own start-up: scripts, React, settings,
 *   fetching the article from the core, TipTap.
 * - The renderer bundle (JavaScript and CSS, bytes and gzip) is reported with the case.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/browser';
import { startTestServer, type TestServer } from '../../tests/e2e/support/test-server';
import { rendererBundleSize } from '../lib/bundle-size';
import { makeTempDir } from '../lib/env';
import { summarise } from '../lib/percentiles';
import { BenchAbort, caseResult, type MeasuredCase, type Suite, type SuiteContext } from '../lib/types';

const suiteName = 'startup';
const plan = { warmup: 3, iterations: 25 } as const;
const body = {
  type: 'doc',
  content: Array.from({ length: 12 }, (_, i) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: `Paragraph ${i + 1}: the council met on Tuesday and agreed the budget.` }],
  })),
};

/** A page with an editable paragraph in its HTML: the least a browser does to show one. */
async function startBareServer(): Promise<{ url: string; server: Server }> {
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>Bare</title></head>
<body><div class="bare" contenteditable="true"><p>Paragraph 1: the council met on Tuesday.</p></div></body></html>`;
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}/`, server };
}

/**
 * Navigates and returns the time from navigation start until `selector` is editable with
 * `blocks` children, measured in the page (performance.now() counts from navigation start)
 * after the next frame has painted.
 */
async function timeToEditable(page: Page, url: string, selector: string, blocks: number): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(
    ({ editorSelector, expected }) =>
      new Promise<number>((resolve) => {
        const ready = (): boolean => {
          const editor = document.querySelector(editorSelector);
          return editor?.getAttribute('contenteditable') === 'true' && editor.childElementCount >= expected;
        };
        const done = (): void => {
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
        };
        if (ready()) return done();
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          done();
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true });
      }),
    { editorSelector: selector, expected: blocks },
  );
}

async function run(context: SuiteContext): Promise<MeasuredCase[]> {
  const temp = makeTempDir('lede-bench-startup-');
  let server: TestServer | undefined;
  let bare: { url: string; server: Server } | undefined;
  let browser: Browser | undefined;
  let browserContext: BrowserContext | undefined;
  try {
    const bundle = rendererBundleSize(context.root);
    context.log(
      `startup: renderer bundle ${bundle.files} files, ${bundle.bytes.toLocaleString('en')} bytes, ${bundle.gzip_bytes.toLocaleString('en')} gzip`,
    );
    server = await startTestServer(temp.dir, context.root);
    for (let i = 0; i < 20; i++) await server.core.call('articles.create', { headline: `Older story ${i}` });
    const created = await server.core.call('articles.create', { headline: 'The first editable story', body });
    if (!created.ok) throw new BenchAbort(`could not store the article: ${created.error.message}`);
    const articleUrl = `${server.url}#article=${(created.value as { id: string }).id}`;
    bare = await startBareServer();
    browser = await launchChromium();
    browserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await browserContext.newPage();

    const lede = () => timeToEditable(page, articleUrl, '.body-editor', body.content.length);
    const baseline = () => timeToEditable(page, bare!.url, '.bare', 1);
    for (let i = 0; i < plan.warmup; i++) {
      await lede();
      await baseline();
    }
    const subject: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < plan.iterations; i++) {
      subject.push(await lede());
      base.push(await baseline());
    }
    context.log('startup: first-editable done');
    const result = caseResult(
      suiteName,
      'first-editable',
      summarise(subject),
      { name: 'bare editable page', ...summarise(base) },
      { bundle },
    );
    return [{ result, targets: { p50_ms: 500 } }];
  } finally {
    await browserContext?.close().catch(() => undefined);
    await browser?.close();
    await new Promise<void>((resolve) => (bare ? bare.server.close(() => resolve()) : resolve()));
    await server?.close();
    temp.remove();
  }
}

export const startupSuite: Suite = {
  name: suiteName,
  description:
    'navigation to the first editable article in Chromium through the test rig, vs a bare editable page; reports the renderer bundle size',
  run,
};
