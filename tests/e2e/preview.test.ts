import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { layouts, layoutLabels } from '../../src/shared/render';
import { makeTempDir } from '../support/temp-dir';
import { makePng } from '../support/test-images';
import { wireBody } from '../support/wire-story';
import { launchChromium } from './support/browser';
import { openApp } from './support/open-app';

const screenshots = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

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

/** The app over a store holding a wire story with a hero, a figure and a related story. */
async function openWithStory(): Promise<{ page: Page; id: string; outDir: string }> {
  const out = makeTempDir('lede-preview-out-');
  cleanups.push(out.cleanup);
  // Errors in the page or a frame (CSP refusals of the preview's styles among them) fail the test.
  const { page } = await openApp(browser, cleanups, undefined, { width: 1600, height: 1000 });
  const id = await page.evaluate(
    async ({ hero, figure, body }) => {
      const lede = window.lede;
      const heroAsset = await lede.assets.add({ bytes: new Uint8Array(hero) });
      const figureAsset = await lede.assets.add({ bytes: new Uint8Array(figure) });
      const target = await lede.articles.create({
        headline: 'First round ends without a deal',
        standfirst: 'The first round closed late on Monday.',
        source: 'Reuters',
      });
      for (const node of body.content ?? [])
        if (node.type === 'figure') node.attrs = { ...node.attrs, assetId: figureAsset.hash };
      const story = await lede.articles.create({
        kicker: 'Diplomacy',
        headline: 'Talks resume in Istanbul',
        standfirst: 'Negotiators meet for a second round.',
        bylines: ['Ana Costa'],
        dateline: 'ISTANBUL',
        source: 'agencies',
        body,
        hero: {
          assetId: heroAsset.hash,
          caption: 'Delegates arrive.',
          credit: 'Photo: REUTERS',
          alt: 'Delegates on steps',
        },
      });
      await lede.related.add({ sourceId: story.id, targetId: target.id });
      return story.id;
    },
    { hero: [...makePng(120, 80, [30, 90, 160])], figure: [...makePng(80, 60, [20, 160, 60])], body: wireBody() },
  );
  await page.reload();
  await page.getByRole('option', { name: /Talks resume in Istanbul/ }).click();
  await page.getByLabel('Headline').waitFor();
  return { page, id, outDir: out.dir };
}

const viewports = {
  web: { width: 1000, height: 1100 },
  mobile: { width: 390, height: 844 },
  print: { width: 1000, height: 1100 },
  newsletter: { width: 680, height: 1100 },
  social: { width: 1200, height: 630 },
} as const;

const frame = (page: Page, layout: string) => page.locator(`iframe[data-layout="${layout}"]`);

describe('the preview pane', () => {
  it('shows what export writes, byte for byte, follows typing, and runs no script', async () => {
    const { page, id, outDir } = await openWithStory();
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const web = frame(page, 'web');
    await web.waitFor();
    await expect(web.getAttribute('sandbox')).resolves.toBe('');

    // Export with the preview's "as of": the file is the frame's document.
    const path = join(outDir, 'story.html');
    await expect
      .poll(async () => {
        const [html, asOf] = await Promise.all([web.getAttribute('srcdoc'), web.getAttribute('data-as-of')]);
        await page.evaluate(
          ({ articleId, path, asOf }) =>
            window.lede.exports.save({ articleId, format: 'html', path, asOf, overwrite: true }),
          { articleId: id, path, asOf: Number(asOf) },
        );
        return readFileSync(path, 'utf8') === html;
      })
      .toBe(true);

    // The images are embedded and drawn; nothing ran.
    const content = page.frames().find((f) => f.url() === 'about:srcdoc');
    expect(content).toBeDefined();
    await expect
      .poll(() => content!.evaluate(() => [...document.images].map((image) => image.naturalWidth)))
      .toEqual([120, 80]);
    await expect(content!.evaluate(() => document.querySelector('.related__headline')?.textContent)).resolves.toBe(
      'First round ends without a deal',
    );

    // Typing saves, and the preview follows.
    await page.getByLabel('Headline').fill('Talks resume in Istanbul at last');
    await expect
      .poll(() => web.getAttribute('srcdoc'), { timeout: 10_000 })
      .toContain('<h1>Talks resume in Istanbul at last</h1>');
  });

  it('shows each layout, two side by side, at device widths; a screenshot of each for the README', async () => {
    const { page } = await openWithStory();
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await frame(page, 'web').waitFor();
    mkdirSync(screenshots, { recursive: true });
    for (const layout of layouts) {
      await page.getByLabel('Layout').selectOption(layout);
      const shown = frame(page, layout);
      await shown.waitFor();
      await expect(shown.getAttribute('title')).resolves.toBe(`Preview: ${layoutLabels[layout]}`);
      // The frame is made anew for each layout: look it up each time.
      await expect
        .poll(() =>
          page
            .frames()
            .find((f) => f.url() === 'about:srcdoc')
            ?.evaluate(
              () =>
                document.body.className +
                String([...document.images].every((image) => image.complete && image.naturalWidth > 0)),
            )
            .catch(() => 'detached'),
        )
        .toBe(`layout-${layout}true`);
      // The README's picture of the layout: the frame's document at the width it is made for.
      const html = await shown.getAttribute('srcdoc');
      const viewer = await page.context().newPage();
      await viewer.setViewportSize(viewports[layout]);
      await viewer.setContent(html!);
      writeFileSync(join(screenshots, `preview-${layout}.png`), await viewer.screenshot());
      await viewer.close();
    }
    await page.getByLabel('Layout').selectOption('web');
    await page.getByLabel('Beside it').selectOption('mobile');
    await frame(page, 'mobile').waitFor();
    await expect(page.locator('.preview-pane iframe').count()).resolves.toBe(2);
    await page.getByRole('group', { name: 'Device width' }).getByRole('button', { name: 'Phone' }).click();
    await expect.poll(() => frame(page, 'web').getAttribute('width')).toBe('390');
    writeFileSync(join(screenshots, 'preview-pane.png'), await page.screenshot());
  });
});
