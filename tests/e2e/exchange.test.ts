import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { layouts } from '../../src/shared/render';
import { makeTempDir } from '../support/temp-dir';
import { makePng } from '../support/test-images';
import { launchChromium } from './support/browser';
import { openApp } from './support/open-app';
import type { TestServer } from './support/test-server';

const fixtures = join(import.meta.dirname, 'fixtures');
const hostileHtml =
  readFileSync(join(fixtures, 'hostile-clipboard.html'), 'utf8') +
  readFileSync(join(fixtures, 'hostile-extra.html'), 'utf8');
const evil = `</script><script>window.__pwned='field'</script><img src=x onerror="window.__pwned='field-img'">`;

let browser: Browser;
const cleanups: (() => Promise<void> | void)[] = [];
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The app on a fresh store, and a folder of its own for the files a test exports and imports. */
async function openExchange(): Promise<{ page: Page; server: TestServer; work: string }> {
  const work = makeTempDir('lede-exchange-');
  cleanups.push(work.cleanup);
  const { page, server } = await openApp(browser, cleanups, undefined, { width: 1280, height: 900 });
  return { page, server, work: work.dir };
}

describe('export and import from the page', () => {
  it('exports the list to a folder with progress, never replacing files unasked, and imports files with a report', async () => {
    const { page, server, work } = await openExchange();
    await page.evaluate(async () => {
      for (let i = 1; i <= 45; i++)
        await window.lede.articles.create({ headline: `Story number ${i}`, standfirst: 'A standfirst.' });
    });
    await page.reload();
    await page.getByRole('button', { name: 'Export/import' }).click();
    await page.getByText('45 articles in the library list').waitFor();
    const out = join(work, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'story-number-7.lede.json'), 'mine');
    await page.getByLabel('Format').selectOption('json');
    server.stage('exports.chooseFolder', { folder: out });
    await page.getByRole('button', { name: 'Choose a folder and export…' }).click();
    await page.getByRole('status').filter({ hasText: '44 of 45 written to' }).waitFor();
    await expect(page.locator('#export-progress').getAttribute('value')).resolves.toBe('45');
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /1 file already existed and was left as it was/,
    );
    expect(readFileSync(join(out, 'story-number-7.lede.json'), 'utf8')).toBe('mine');
    expect(readdirSync(out)).toHaveLength(45);
    await page.getByRole('button', { name: 'Replace it' }).click();
    await page.getByRole('status').filter({ hasText: '1 of 1 written to' }).waitFor();
    expect(JSON.parse(readFileSync(join(out, 'story-number-7.lede.json'), 'utf8'))).toMatchObject({
      format: 'lede.article',
    });

    // Import: one good ninjs file and one broken one; the report names both.
    writeFileSync(
      join(work, 'wire.json'),
      JSON.stringify({
        uri: 'urn:x:wire:1',
        headlines: [{ value: 'From the wire' }],
        bodies: [{ contenttype: 'text/html', value: '<p>Text<script>x()</script></p>' }],
      }),
    );
    writeFileSync(join(work, 'broken.json'), '{"format":"lede.article","version":2}');
    server.stage('imports.files', { paths: [join(work, 'wire.json'), join(work, 'broken.json')] });
    await page.getByRole('button', { name: 'Import files…' }).click();
    const results = page.getByRole('list', { name: 'Import results' });
    await results.waitFor();
    await expect(results.textContent()).resolves.toMatch(/Imported wire.json as “From the wire” \(ninjs 2.x\)/);
    await expect(results.textContent()).resolves.toMatch(
      /broken.json was not imported: it is version 2 of the Lede format/,
    );
    await page.getByRole('option', { name: /From the wire/ }).waitFor();
  });
});

describe('the hostile corpus', () => {
  it('pasted, imported and exported, opens in Chromium with no script run and no request made', async () => {
    const { page, server, work } = await openExchange();
    // In through import (the body through the paste cleaner) and through the contract (every field).
    writeFileSync(
      join(work, 'hostile.json'),
      JSON.stringify({
        uri: 'urn:x:hostile',
        headlines: [{ value: evil }],
        by: evil,
        located: evil,
        bodies: [{ contenttype: 'text/html', value: hostileHtml }],
        subjects: [{ name: evil }],
      }),
    );
    server.stage('imports.files', { paths: [join(work, 'hostile.json')] });
    const [report] = await page.evaluate(async () => (await window.lede.imports.files({})).reports);
    expect(report!.ok).toBe(true);
    const ids = await page.evaluate(
      async ({ evil, png, importedId }) => {
        const asset = await window.lede.assets.add({ bytes: new Uint8Array(png) });
        const article = await window.lede.articles.create({
          kicker: evil,
          headline: evil,
          standfirst: evil,
          bylines: [evil],
          dateline: evil,
          source: evil,
          hero: { assetId: asset.hash, caption: evil, credit: evil, alt: `" onerror="window.__pwned='alt'` },
          body: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [
                  {
                    type: 'text',
                    text: evil,
                    marks: [{ type: 'link', attrs: { href: 'javascript:window.__pwned=1' } }],
                  },
                ],
              },
              { type: 'figure', attrs: { assetId: asset.hash, caption: evil, credit: evil, alt: evil } },
              {
                type: 'socialPost',
                attrs: { author: evil, handle: evil, date: evil, text: evil, url: 'javascript:alert(1)' },
              },
            ],
          },
        });
        await window.lede.related.add({ sourceId: article.id, targetId: importedId });
        return [article.id, importedId];
      },
      { evil, png: [...makePng(6, 4)], importedId: report!.articleId! },
    );

    // Out through every layout and every HTML export.
    const out = join(work, 'out');
    mkdirSync(out);
    const files: string[] = [];
    for (const id of ids) {
      for (const layout of layouts) {
        const path = join(out, `${id}-${layout}.html`);
        const { html } = await page.evaluate(
          ({ id, layout }) => window.lede.exports.render({ articleId: id, layout }),
          { id, layout },
        );
        writeFileSync(path, html);
        files.push(path);
      }
      for (const format of ['html', 'html-folder', 'ninjs'] as const) {
        const path = join(out, `${id}-${format}.${format === 'ninjs' ? 'json' : 'html'}`);
        await page.evaluate(({ id, format, path }) => window.lede.exports.save({ articleId: id, format, path }), {
          id,
          format,
          path,
        });
        if (format === 'ninjs') {
          // A ninjs body is HTML another system will print: it goes into a page of its own, with no policy at all.
          const bodyPage = join(out, `${id}-ninjs-body.html`);
          const item = JSON.parse(readFileSync(path, 'utf8')) as { bodies: { value: string }[] };
          writeFileSync(bodyPage, `<!doctype html><body>${item.bodies[0]!.value}</body>`);
          files.push(bodyPage);
        } else files.push(path);
      }
    }

    const context = await browser.newContext();
    cleanups.push(() => context.close());
    const requests: string[] = [];
    await context.route('**/*', async (route) => {
      requests.push(route.request().url());
      await route.continue();
    });
    for (const file of files) {
      const viewer = await context.newPage();
      const dialogs: string[] = [];
      viewer.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const url = pathToFileURL(file).href;
      await viewer.goto(url);
      await viewer.waitForLoadState('load');
      // Give anything that could fire (onerror, onload, timers) its chance.
      await viewer.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      await expect(
        viewer.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null),
        file,
      ).resolves.toBeNull();
      expect(dialogs, file).toEqual([]);
      await expect(
        viewer.evaluate(
          () =>
            document.querySelectorAll(
              'script:not([type="application/ld+json"]), iframe, object, embed, svg, math, form, base, link, style[src], [onerror], [onload], [onclick]',
            ).length,
        ),
        file,
      ).resolves.toBe(0);
      const hrefs = await viewer.evaluate(() =>
        [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
      );
      for (const href of hrefs) expect(href, file).toMatch(/^(https?:|mailto:)/);
      await viewer.close();
    }
    const left = requests.filter((url) => !url.startsWith('file://') && !url.startsWith('data:'));
    expect(left).toEqual([]);
    const outside = requests.filter((url) => url.startsWith('file://') && !url.startsWith(pathToFileURL(out).href));
    expect(outside).toEqual([]);
    expect(files.length).toBe(2 * (layouts.length + 3));
  });
});
