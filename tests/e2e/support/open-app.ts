import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import { startTestServer, type TestServer } from './test-server';

export interface OpenedApp {
  server: TestServer;
  page: Page;
  dataDir: string;
}

/**
 * Starts a test server on a fresh store and opens the app in a new browser context. The
 * returned cleanups close everything; the last one fails the test if the page logged an
 * error (a CSP violation, an uncaught exception).
 */
export async function openApp(
  browser: Browser,
  cleanups: (() => Promise<void> | void)[],
  dataDir?: string,
  viewport = { width: 1400, height: 900 },
): Promise<OpenedApp> {
  const temp = dataDir ? undefined : makeTempDir();
  const dir = dataDir ?? temp!.dir;
  const server = await startTestServer(dir);
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  // Confirm dialogs (delete) are accepted; alerts would be a failure surfaced as a problem.
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'confirm') void dialog.accept();
    else {
      problems.push(`unexpected ${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    }
  });
  cleanups.push(
    ...(temp ? [temp.cleanup] : []),
    () => server.close(),
    () => context.close(),
    () => expect(problems).toEqual([]),
  );
  await page.goto(server.url);
  await page.getByRole('button', { name: 'New article' }).first().waitFor();
  return { server, page, dataDir: dir };
}

/** Waits until the save status reads `text` (or starts with it). */
export function saveStatus(page: Page, text: string, timeout = 10_000): Promise<unknown> {
  return page.waitForFunction(
    (expected) => document.querySelector('[data-testid="save-status"]')?.textContent?.startsWith(expected) === true,
    text,
    { timeout },
  );
}

/** Rows of `sql` read from the store file through a separate read-only connection. */
export function queryStore<T>(dataDir: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(dataDir, 'lede.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Creates an article through the page's own API and opens it. */
export async function createAndOpen(page: Page, fields: Record<string, unknown>): Promise<string> {
  const id = await page.evaluate(async (input) => (await window.lede.articles.create(input)).id, fields);
  await page.reload();
  const headline = typeof fields.headline === 'string' && fields.headline ? fields.headline : 'Untitled';
  await page
    .getByRole('option', { name: new RegExp(headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    .first()
    .click();
  await page.locator('#field-headline').waitFor();
  return id;
}
