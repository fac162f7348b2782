import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { launchChromium } from './support/browser';
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

async function openApp(): Promise<{ server: TestServer; page: Page; dataDir: string }> {
  const temp = makeTempDir();
  const server = await startTestServer(temp.dir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  cleanups.push(
    temp.cleanup,
    () => server.close(),
    () => context.close(),
    () => {
      // Errors in the page (including CSP violations) fail the test that caused them.
      expect(problems).toEqual([]);
    },
  );
  await page.goto(server.url);
  // The app is ready (store opened, shortcuts bound) once its sidebar shows.
  await page.getByRole('button', { name: 'New article' }).first().waitFor();
  return { server, page, dataDir: temp.dir };
}

/** Waits until the save status reads `text` (or starts with it). */
function saveStatus(page: Page, text: string, timeout = 10_000): Promise<unknown> {
  return page.waitForFunction(
    (expected) => document.querySelector('[data-testid="save-status"]')?.textContent?.startsWith(expected) === true,
    text,
    { timeout },
  );
}

function readStore(dataDir: string) {
  const db = new Database(join(dataDir, 'lede.sqlite'), { readonly: true });
  try {
    return db
      .prepare(
        'SELECT headline, standfirst, bylines, body, body_text, word_count, revision FROM articles ORDER BY updated_at DESC',
      )
      .all() as {
      headline: string;
      standfirst: string;
      bylines: string;
      body: string;
      body_text: string;
      word_count: number;
      revision: number;
    }[];
  } finally {
    db.close();
  }
}

describe('writing an article in the real renderer', () => {
  it('creates, autosaves, survives a reload and is on disk', async () => {
    const { page, dataDir } = await openApp();
    await expect(page.getByRole('heading', { name: 'Write your first article' }).isVisible()).resolves.toBe(true);

    await page.keyboard.press('Control+n');
    const headline = page.getByLabel('Headline');
    await headline.waitFor();
    await expect.poll(() => headline.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Ceasefire talks resume in Istanbul');
    await page.getByLabel('Standfirst').fill('Delegations meet for the first time in three months.');
    await page.getByLabel('Byline').fill('Amira Haddad');
    await page.getByRole('textbox', { name: 'Article body' }).click();
    await page.keyboard.type('Negotiators arrived on Tuesday morning.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('"We are here to listen," one delegate said.');

    const status = page.getByTestId('save-status');
    await saveStatus(page, 'Saved');
    await expect(status.textContent()).resolves.toBe('Saved');
    mkdirSync(screenshots, { recursive: true });
    writeFileSync(join(screenshots, 'editor.png'), await page.screenshot());

    await page.reload();
    await page.getByRole('option', { name: /Ceasefire talks resume in Istanbul/ }).click();
    await page.getByLabel('Headline').waitFor();
    await expect(page.getByLabel('Headline').inputValue()).resolves.toBe('Ceasefire talks resume in Istanbul');
    await expect(page.getByLabel('Standfirst').inputValue()).resolves.toBe(
      'Delegations meet for the first time in three months.',
    );
    await expect(page.getByLabel('Byline').inputValue()).resolves.toBe('Amira Haddad');
    const paragraphs = await page.locator('.body-editor p').allTextContents();
    expect(paragraphs).toEqual([
      'Negotiators arrived on Tuesday morning.',
      '"We are here to listen," one delegate said.',
    ]);

    const [row] = readStore(dataDir);
    expect(row).toMatchObject({
      headline: 'Ceasefire talks resume in Istanbul',
      standfirst: 'Delegations meet for the first time in three months.',
      bylines: '["Amira Haddad"]',
      body_text: 'Negotiators arrived on Tuesday morning.\n"We are here to listen," one delegate said.',
      word_count: 13,
    });
    expect(JSON.parse(row!.body)).toMatchObject({
      type: 'doc',
      content: [{ type: 'paragraph' }, { type: 'paragraph' }],
    });
  });

  it('lists the most recently edited article first, before and after a reload', async () => {
    const { page } = await openApp();
    for (const title of ['First story', 'Second story']) {
      await page.getByRole('button', { name: 'New article' }).first().click();
      await page.getByLabel('Headline').fill(title);
      await saveStatus(page, 'Saved');
    }
    await page.getByRole('option', { name: /First story/ }).click();
    await page.getByLabel('Headline').fill('First story, updated');
    await saveStatus(page, 'Saved');
    const order = () => page.locator('.article-list__headline').allTextContents();
    await expect(order()).resolves.toEqual(['First story, updated', 'Second story']);
    await page.reload();
    await page.locator('.article-list__headline').first().waitFor();
    await expect(order()).resolves.toEqual(['First story, updated', 'Second story']);
  });

  it('keeps the text on screen when a save fails, says why, retries and then saves', async () => {
    const { page, server, dataDir } = await openApp();
    await page.keyboard.press('Control+n');
    await page.getByLabel('Headline').waitFor();
    await page.getByTestId('save-status').waitFor({ state: 'attached' });
    server.failNext('articles.update', 2, {
      code: 'store_unavailable',
      message: 'The disk is full, so nothing was saved.',
    });
    await page.getByLabel('Headline').fill('Text that must not be lost');
    await saveStatus(page, 'Not saved');
    await expect(page.getByTestId('save-status').textContent()).resolves.toContain('The disk is full');
    await expect(page.getByLabel('Headline').inputValue()).resolves.toBe('Text that must not be lost');
    await saveStatus(page, 'Saved', 15_000);
    expect(readStore(dataDir)[0]?.headline).toBe('Text that must not be lost');
  });

  it('rejects malformed calls from the page with a typed error and changes nothing', async () => {
    const { page, dataDir } = await openApp();
    const before = readStore(dataDir);
    const message = await page.evaluate(async () => {
      try {
        await window.lede.articles.create({ headline: 'x'.repeat(1001) });
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(message).toMatch(
      /^\[invalid_input\] articles\.create was refused: headline: the headline is over 1000 characters/,
    );
    expect(readStore(dataDir)).toEqual(before);
  });
});

describe('a store that cannot be opened', () => {
  it('shows the file and the problem and leaves the file untouched', async () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const file = join(temp.dir, 'lede.sqlite');
    writeFileSync(file, Buffer.from('This is a reporter’s notes file, not a database.\n'.repeat(40)));
    const hash = () => createHash('sha256').update(readFileSync(file)).digest('hex');
    const before = hash();
    const server = await startTestServer(temp.dir);
    cleanups.push(() => server.close());
    const page = await browser.newPage();
    cleanups.push(() => page.close());
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'This file is not a Lede store' }).waitFor();
    await expect(page.locator('.store-problem__file code').textContent()).resolves.toBe(file);
    writeFileSync(join(screenshots, 'store-problem.png'), await page.screenshot());
    expect(hash()).toBe(before);
  });
});
