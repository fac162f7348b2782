import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import { startTestServer, type TestServer } from './test-server';

export interface OpenApp {
  server: TestServer;
  page: Page;
  dataDir: string;
  /** Requests the page made to anywhere but the test server: must stay empty. */
  outside: string[];
}

/**
 * The built app in a fresh Chromium context over a fresh store. Page errors (CSP
 * violations included) fail the test that caused them; requests leaving the loopback
 * server are recorded, and the page never reaches the network.
 */
export async function openApp(browser: Browser, cleanups: (() => Promise<void> | void)[]): Promise<OpenApp> {
  const temp = makeTempDir();
  const server = await startTestServer(temp.dir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const outside: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  cleanups.push(
    temp.cleanup,
    () => server.close(),
    () => context.close(),
    () => {
      expect(problems).toEqual([]);
      expect(outside).toEqual([]);
    },
  );
  await page.goto(server.url);
  await page.getByRole('button', { name: 'New article' }).first().waitFor();
  return { server, page, dataDir: temp.dir, outside };
}

/** Starts a new article and puts the cursor in its body. */
export async function newArticle(page: Page, headline: string): Promise<void> {
  await page.keyboard.press('Control+n');
  await page.getByLabel('Headline').fill(headline);
  await page.getByRole('textbox', { name: 'Article body' }).click();
}

/** Waits until the save status reads `text` (or starts with it). */
export function saveStatus(page: Page, text: string, timeout = 10_000): Promise<unknown> {
  return page.waitForFunction(
    (expected) => document.querySelector('[data-testid="save-status"]')?.textContent?.startsWith(expected) === true,
    text,
    { timeout },
  );
}

/** Fires a paste into the body with the given clipboard types, as the browser does. */
export async function paste(page: Page, data: Record<string, string>): Promise<void> {
  await page.locator('.body-editor').evaluate((editor, entries) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

export interface ArticleRow {
  id: string;
  headline: string;
  body: string;
  body_text: string;
  revision: number;
  hero: string | null;
}

/** The stored articles, most recently edited first, read with plain SQL. */
export function readArticles(dataDir: string): ArticleRow[] {
  const db = new Database(join(dataDir, 'lede.sqlite'), { readonly: true });
  try {
    return db
      .prepare('SELECT id, headline, body, body_text, revision, hero FROM articles ORDER BY updated_at DESC')
      .all() as ArticleRow[];
  } finally {
    db.close();
  }
}

export interface AssetRow {
  hash: string;
  type: string;
  width: number;
  height: number;
  size: number;
  bytes: Buffer;
}

export function readAssets(dataDir: string): AssetRow[] {
  const db = new Database(join(dataDir, 'lede.sqlite'), { readonly: true });
  try {
    return db
      .prepare('SELECT hash, type, width, height, size, bytes FROM assets ORDER BY created_at')
      .all() as AssetRow[];
  } finally {
    db.close();
  }
}

/** The stored body of the most recent article as JSON. */
export function storedBody(dataDir: string): { type: string; content?: unknown[] } {
  const [row] = readArticles(dataDir);
  if (!row) throw new Error('no article is stored');
  return JSON.parse(row.body) as { type: string; content?: unknown[] };
}
