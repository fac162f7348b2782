import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Opens Lede in a new page of `context` and waits until it is ready (store open, sidebar
 * shown). Errors in the page, including CSP violations, are collected in `problems`.
 */
export async function openLedePage(context: BrowserContext, url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(url);
  await page.getByRole('button', { name: 'New article' }).first().waitFor();
  return { page, problems };
}

/** Waits until the save status reads `text` (or starts with it). */
export function waitForSaveStatus(page: Page, text: string, timeout = 10_000): Promise<unknown> {
  return page.waitForFunction(
    (expected) => document.querySelector('[data-testid="save-status"]')?.textContent?.startsWith(expected) === true,
    text,
    { timeout },
  );
}

export interface StoredArticle {
  id: string;
  headline: string;
  standfirst: string;
  /** The bylines joined with ", " (the store keeps a JSON list). */
  byline: string;
  body_text: string;
  revision: number;
}

/** Reads a table of the store file with a separate read-only connection, as another program would. */
function readStore<T>(dataDir: string, sql: string): T[] {
  const db = new Database(join(dataDir, 'lede.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

export const storedArticles = (dataDir: string): StoredArticle[] =>
  readStore<StoredArticle>(
    dataDir,
    `SELECT id, headline, standfirst, (SELECT group_concat(value, ', ') FROM json_each(bylines)) AS byline,
            body_text, revision FROM articles ORDER BY created_at, id`,
  ).map((row) => ({ ...row, byline: row.byline ?? '' }));

export const journalEntries = (dataDir: string): { article_id: string; base_revision: number; fields: string }[] =>
  readStore(dataDir, 'SELECT article_id, base_revision, fields FROM recovery_journal ORDER BY article_id');

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.x A and AA rules) over `selector` in the page and returns the
 * violations as "rule: target" lines; an empty list means none. Evaluated through the
 * DevTools protocol, so the page's CSP stays as strict as in the app.
 */
export async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (scope) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(scope, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${violation.help})`),
    );
  }, selector);
}
