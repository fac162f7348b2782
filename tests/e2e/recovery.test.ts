import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { launchChromium } from './support/browser';
import { axeViolations, journalEntries, openLedePage, storedArticles, waitForSaveStatus } from './support/lede-page';
import { startTestServer, type TestServer } from './support/test-server';

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

const diskFull = { code: 'store_unavailable', message: 'The disk is full, so nothing was saved.' } as const;

/**
 * Types into a new article while every save fails (the outage is staged; the store is
 * real), waits until the recovery journal in the SQLite file holds the text, then ends
 * the page with `kill`. Nothing of the text reached the articles table.
 */
async function typeUnsavedThenKill(kill: (page: Page, context: BrowserContext) => Promise<void>) {
  const temp = makeTempDir();
  const server: TestServer = await startTestServer(temp.dir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  cleanups.push(
    temp.cleanup,
    () => server.close(),
    () => context.close(),
  );

  const first = await openLedePage(context, server.url);
  await first.page.keyboard.press('Control+n');
  await first.page.getByLabel('Headline').waitFor();
  server.failNext('articles.update', 1_000, diskFull);
  await first.page.keyboard.type('Flood barriers fail');
  await first.page.getByRole('textbox', { name: 'Article body' }).click();
  await first.page.keyboard.type('Water reached the square before noon.');
  await expect
    .poll(() => journalEntries(temp.dir)[0]?.fields ?? '', { message: 'the journal should hold the typed text' })
    .toContain('Water reached the square before noon.');
  expect(storedArticles(temp.dir)).toMatchObject([{ headline: '', body_text: '' }]);
  expect(first.problems).toEqual([]);

  await kill(first.page, context);
  server.failNext('articles.update', 0, diskFull); // the store is back
  const second = await openLedePage(context, server.url);
  cleanups.push(() => expect(second.problems).toEqual([]));
  return { dataDir: temp.dir, page: second.page, articleId: storedArticles(temp.dir)[0]!.id, server };
}

/** Crashes the page's renderer process, as a GPU fault or an out-of-memory kill would. */
async function crashRenderer(page: Page, context: BrowserContext): Promise<void> {
  const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
  const cdp = await context.newCDPSession(page);
  void cdp.send('Page.crash').catch(() => undefined); // never answers: the renderer is gone
  await crashed;
}

describe('text typed but never saved', () => {
  it('survives a renderer crash, is offered on the next start, and saves once recovered', async () => {
    const { dataDir, page, articleId } = await typeUnsavedThenKill(crashRenderer);

    // On start: the notice names the article.
    const notice = page.getByRole('region', { name: /Unsaved text can be recovered in one article/ });
    await notice.waitFor();
    await expect(axeViolations(page, '.banner--recovery')).resolves.toEqual([]);
    await notice.getByRole('button', { name: 'Open “Flood barriers fail”' }).click();

    // Opening it: the offer comes before the editor, with the focus on Recover.
    await page.getByRole('heading', { name: /^Recover unsaved text from / }).waitFor();
    await expect(page.getByLabel('Headline').count()).resolves.toBe(0);
    await expect(
      page.getByRole('alert').filter({ hasText: 'Lede kept your changes' }).textContent(),
    ).resolves.toContain('the headline and the body text in “Flood barriers fail”');
    await page.getByRole('button', { name: 'Compare' }).click();
    const compare = page.getByRole('region', { name: 'Compare versions' });
    await expect(compare.getByRole('group', { name: 'Body text' }).locator('ins').allTextContents()).resolves.toEqual([
      'Water reached the square before noon.',
    ]);
    mkdirSync(screenshots, { recursive: true });
    writeFileSync(join(screenshots, 'recovery.png'), await page.screenshot());
    await expect(axeViolations(page, '.recovery-offer')).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Recover' }).focus();
    await page.keyboard.press('Enter');

    await expect.poll(() => page.getByLabel('Headline').inputValue()).toBe('Flood barriers fail');
    await expect(page.locator('.body-editor p').allTextContents()).resolves.toEqual([
      'Water reached the square before noon.',
    ]);
    await waitForSaveStatus(page, 'Saved');
    expect(storedArticles(dataDir)).toMatchObject([
      { id: articleId, headline: 'Flood barriers fail', body_text: 'Water reached the square before noon.' },
    ]);
    await expect.poll(() => journalEntries(dataDir)).toEqual([]);

    // Nothing is offered again.
    await page.reload();
    await page.getByRole('option', { name: /Flood barriers fail/ }).click();
    await expect.poll(() => page.getByLabel('Headline').inputValue()).toBe('Flood barriers fail');
    await expect(page.getByRole('heading', { name: /^Recover unsaved text/ }).count()).resolves.toBe(0);
  });

  it('survives the page closing without its unload handlers, and can be discarded', async () => {
    const { dataDir, page } = await typeUnsavedThenKill((closing) => closing.close({ runBeforeUnload: false }));

    // Opened from the list rather than the notice, the article still makes the offer.
    await page.getByRole('region', { name: /Unsaved text can be recovered/ }).waitFor();
    await page.getByRole('option', { name: /^Untitled/ }).click();
    await page.getByRole('heading', { name: /^Recover unsaved text from / }).waitFor();
    await expect(page.getByRole('region', { name: /Unsaved text can be recovered/ }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Discard' }).click();

    await expect.poll(() => page.getByLabel('Headline').count()).toBe(1);
    await expect(page.getByLabel('Headline').inputValue()).resolves.toBe('');
    await expect.poll(() => journalEntries(dataDir)).toEqual([]);
    expect(storedArticles(dataDir)).toMatchObject([{ headline: '', body_text: '' }]);

    await page.reload();
    await page.getByRole('option', { name: /^Untitled/ }).waitFor();
    await expect(page.getByRole('region', { name: /Unsaved text can be recovered/ }).count()).resolves.toBe(0);
  });

  it('never recovers over a version saved since: it asks, as in a conflict', async () => {
    const { dataDir, page, articleId, server } = await typeUnsavedThenKill(async (crashing, context) => {
      await crashRenderer(crashing, context);
    });
    // Another writer (the command line, another window) saves before the text is recovered.
    const other = await server.core.call('articles.update', {
      id: articleId,
      baseRevision: 1,
      patch: { headline: 'Headline from another writer' },
    });
    expect(other.ok).toBe(true);
    await page.reload();
    await page.getByRole('option', { name: /Headline from another writer/ }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Lede kept your changes' }).textContent(),
    ).resolves.toContain('The article has been saved elsewhere since');
    await page.getByRole('button', { name: 'Recover' }).click();

    await page.getByRole('heading', { name: 'A newer version was saved elsewhere' }).waitFor();
    expect(storedArticles(dataDir)).toMatchObject([{ headline: 'Headline from another writer', body_text: '' }]);
    await page.getByRole('button', { name: 'Keep mine as a copy' }).click();
    await expect.poll(() => storedArticles(dataDir).length).toBe(2);
    expect(storedArticles(dataDir).find((row) => row.id !== articleId)).toMatchObject({
      headline: 'Flood barriers fail',
      body_text: 'Water reached the square before noon.',
    });
    expect(storedArticles(dataDir).find((row) => row.id === articleId)).toMatchObject({
      headline: 'Headline from another writer',
      revision: 2,
    });
    await expect.poll(() => journalEntries(dataDir)).toEqual([]);
  });
});
