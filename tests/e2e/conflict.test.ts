import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { launchChromium } from './support/browser';
import { axeViolations, journalEntries, openLedePage, storedArticles, waitForSaveStatus } from './support/lede-page';
import { startTestServer } from './support/test-server';

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

/**
 * Two windows on one store: page one writes an article, page two opens it, page one saves
 * a newer version, and page two, still on the old one, edits. Returns both pages with page
 * two showing the conflict.
 */
async function twoWindowsInConflict(edit: (page: Page) => Promise<void>) {
  const temp = makeTempDir();
  const server = await startTestServer(temp.dir);
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const one = await openLedePage(context, server.url);
  const two = await openLedePage(context, server.url);
  cleanups.push(
    temp.cleanup,
    () => server.close(),
    () => context.close(),
    () => expect([...one.problems, ...two.problems]).toEqual([]),
  );

  await one.page.keyboard.press('Control+n');
  await one.page.getByLabel('Headline').fill('Original headline');
  await one.page.getByRole('textbox', { name: 'Article body' }).click();
  await one.page.keyboard.type('Original body.');
  await waitForSaveStatus(one.page, 'Saved');
  const [article] = storedArticles(temp.dir);

  await two.page.reload();
  await two.page.getByRole('option', { name: /Original headline/ }).click();
  await expect(two.page.getByLabel('Headline').inputValue()).resolves.toBe('Original headline');

  await one.page.getByLabel('Headline').fill('Headline from window one');
  await waitForSaveStatus(one.page, 'Saved');
  const newer = storedArticles(temp.dir)[0]!;
  expect(newer.revision).toBeGreaterThan(article!.revision);

  await edit(two.page);
  await two.page.getByRole('heading', { name: 'A newer version was saved elsewhere' }).waitFor();
  await waitForSaveStatus(two.page, 'Changed elsewhere');
  return { dataDir: temp.dir, one: one.page, two: two.page, articleId: article!.id, newer };
}

describe('two windows editing one article', () => {
  it('shows the conflict, compares both texts, and keeps the stale window’s text as a copy', async () => {
    const { dataDir, two, articleId, newer } = await twoWindowsInConflict(async (page) => {
      await page.getByRole('textbox', { name: 'Article body' }).click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Added in window two.');
    });

    // Nothing was saved over window one's version.
    expect(storedArticles(dataDir)).toEqual([newer]);
    const alert = two.getByRole('alert').filter({ hasText: 'changed elsewhere' });
    await expect(alert.textContent()).resolves.toContain('Your changes to the body text are still here, not saved.');

    // Compare, by keyboard: both versions of each differing field, side by side.
    await two.getByRole('button', { name: 'Compare' }).focus();
    await two.keyboard.press('Enter');
    const compare = two.getByRole('region', { name: 'Compare versions' });
    await compare.waitFor();
    await expect.poll(() => compare.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(compare.getByText('They differ in the headline and the body text.').isVisible()).resolves.toBe(true);
    const headline = compare.getByRole('group', { name: 'Headline' });
    await expect(headline.locator('.compare__text').allTextContents()).resolves.toEqual([
      'Headline from window one',
      'Original headline',
    ]);
    const body = compare.getByRole('group', { name: 'Body text' });
    await expect(body.locator('.compare__text').allTextContents()).resolves.toEqual([
      'Original body.',
      'Original body. Added in window two.',
    ]);
    await expect(body.locator('ins').allTextContents()).resolves.toEqual([' Added in window two.']);
    await expect(compare.getByRole('group', { name: 'Byline' }).textContent()).resolves.toContain('the same in both');
    await expect(two.getByRole('button', { name: 'Hide comparison' }).getAttribute('aria-expanded')).resolves.toBe(
      'true',
    );
    mkdirSync(screenshots, { recursive: true });
    writeFileSync(join(screenshots, 'conflict.png'), await two.screenshot());
    await expect(axeViolations(two, '.conflict-panel')).resolves.toEqual([]);

    // Keep mine as a copy: a new article with window two's text opens; the original keeps window one's.
    await two.getByRole('button', { name: 'Keep mine as a copy' }).first().focus();
    await two.keyboard.press('Enter');
    await expect.poll(() => storedArticles(dataDir).length, { message: 'the copy should be in the store' }).toBe(2);
    const copy = storedArticles(dataDir).find((row) => row.id !== articleId)!;
    expect(copy).toMatchObject({ headline: 'Original headline', body_text: 'Original body. Added in window two.' });
    expect(storedArticles(dataDir).find((row) => row.id === articleId)).toEqual(newer);

    // The copy opens in place of the original, at the top of the list.
    await expect.poll(() => two.getByRole('heading', { name: 'A newer version was saved elsewhere' }).count()).toBe(0);
    await expect.poll(() => two.getByLabel('Headline').inputValue()).toBe('Original headline');
    await expect.poll(() => two.locator('.library-row').count()).toBe(2);
    await expect(
      two.locator('.library-row').first().getAttribute('aria-selected'),
      'the copy, first in the list, is the open article',
    ).resolves.toBe('true');
    await expect(two.locator('.body-editor p').allTextContents()).resolves.toEqual([
      'Original body. Added in window two.',
    ]);
    await expect.poll(() => journalEntries(dataDir)).toEqual([]);

    // The copy is an ordinary article: it saves.
    await two.getByLabel('Byline', { exact: true }).fill('Window Two');
    await waitForSaveStatus(two, 'Saved');
    expect(storedArticles(dataDir).find((row) => row.id === copy.id)?.byline).toBe('Window Two');
  });

  it('reloads the newer version only after saying what is discarded, and then saves normally', async () => {
    const { dataDir, two, newer } = await twoWindowsInConflict(async (page) => {
      await page.getByLabel('Byline', { exact: true }).fill('Byline typed in window two');
    });

    await two.getByRole('button', { name: 'Reload the newer version…' }).click();
    const confirm = two.getByRole('group', { name: /Reloading discards your unsaved changes to the bylines/ });
    await confirm.waitFor();
    // The safe choice has the focus: Enter would keep a copy, not throw the text away.
    await expect.poll(() => two.evaluate(() => document.activeElement?.textContent)).toBe('Keep mine as a copy');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm.count()).resolves.toBe(0);
    await expect(two.getByLabel('Byline', { exact: true }).inputValue()).resolves.toBe('Byline typed in window two');

    await two.getByRole('button', { name: 'Reload the newer version…' }).click();
    await two.getByRole('button', { name: 'Discard my changes and reload' }).click();
    await expect.poll(() => two.getByLabel('Headline').inputValue()).toBe('Headline from window one');
    await expect(two.getByLabel('Byline', { exact: true }).inputValue()).resolves.toBe('');
    expect(storedArticles(dataDir)).toEqual([newer]);
    await expect.poll(() => journalEntries(dataDir)).toEqual([]);

    await two.getByLabel('Byline', { exact: true }).fill('Byline after the reload');
    await waitForSaveStatus(two, 'Saved');
    expect(storedArticles(dataDir)[0]).toMatchObject({
      headline: 'Headline from window one',
      byline: 'Byline after the reload',
      revision: newer.revision + 1,
    });
  });
});
