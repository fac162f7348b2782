import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import { createAndOpen, openApp, queryStore, saveStatus } from './support/open-app';

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

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('versions', () => {
  it('restores an earlier version after showing what changed, and keeps the newer one', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await createAndOpen(page, {
      headline: 'Original headline about the vote',
      bylines: ['Amira Haddad'],
      body: { type: 'doc', content: [paragraph('The council met on Tuesday.')] },
    });
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('editor-notice').textContent()).toMatch(/^Version saved at /);

    await page.locator('#field-headline').fill('Rewritten headline about the vote');
    await page.locator('.body-editor p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' It voted late at night.');
    await saveStatus(page, 'Saved');
    await page.getByRole('button', { name: 'Save version' }).click();
    await expect.poll(() => page.getByTestId('editor-notice').textContent()).toMatch(/^Version saved at /);

    await page.getByRole('tab', { name: 'History' }).click();
    const versions = page.getByRole('list', { name: 'Saved versions' }).getByRole('button');
    await expect.poll(() => versions.count()).toBe(2);
    await expect(versions.first().textContent()).resolves.toContain('Saved version');
    await expect(versions.first().textContent()).resolves.toContain('Amira Haddad');
    await versions.filter({ hasText: 'Original headline about the vote' }).click();

    const compare = page.getByRole('region', { name: /^Version of / });
    const headlineRow = compare.locator('[data-field="headline"]');
    await headlineRow.waitFor();
    await expect(headlineRow.locator('del').allTextContents()).resolves.toEqual(['Original']);
    await expect(headlineRow.locator('ins').allTextContents()).resolves.toEqual(['Rewritten']);
    const bodyRow = compare.locator('[data-field="body"]');
    await expect(bodyRow.locator('ins').allTextContents()).resolves.toEqual(['It voted late at night.']);
    await expect(compare.locator('[data-field="standfirst"]').count()).resolves.toBe(0);
    await expect(compare.getByText(/^Unchanged: Kicker, /).isVisible()).resolves.toBe(true);

    mkdirSync(screenshots, { recursive: true });
    writeFileSync(join(screenshots, 'history.png'), await page.screenshot());

    await compare.getByRole('button', { name: 'Restore this version' }).click();
    await expect.poll(() => page.locator('#field-headline').inputValue()).toBe('Original headline about the vote');
    await expect(page.locator('.body-editor p').allTextContents()).resolves.toEqual(['The council met on Tuesday.']);
    await expect(page.getByTestId('editor-notice').textContent()).resolves.toContain('The version was restored');
    // The restore is itself a version, and the rewritten one is still there to go back to.
    await expect.poll(() => versions.count()).toBe(3);
    await expect(versions.first().textContent()).resolves.toContain('Restored');

    const [article] = queryStore<{ headline: string; body_text: string; revision: number }>(
      dataDir,
      'SELECT headline, body_text, revision FROM articles',
    );
    expect(article).toMatchObject({
      headline: 'Original headline about the vote',
      body_text: 'The council met on Tuesday.',
    });
    expect(
      queryStore<{ reason: string; headline: string }>(dataDir, 'SELECT reason, headline FROM revisions ORDER BY id'),
    ).toEqual([
      { reason: 'manual', headline: 'Original headline about the vote' },
      { reason: 'manual', headline: 'Rewritten headline about the vote' },
      { reason: 'restore', headline: 'Original headline about the vote' },
    ]);
  });
});

describe('workflow and pre-flight', () => {
  it('blocks moving a story without a byline to ready, lists the problem, and the problem leads to the byline field', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await createAndOpen(page, {
      headline: 'Bridge closed after crash',
      body: { type: 'doc', content: [paragraph('The bridge will reopen on Monday.')] },
    });
    const status = page.getByTestId('article-status');
    await expect(status.textContent()).resolves.toBe('Draft');
    await page.getByRole('button', { name: 'Send to edit' }).click();
    await expect.poll(() => status.textContent()).toBe('In edit');

    await page.getByRole('button', { name: 'Mark ready' }).click();
    const report = page.getByRole('region', { name: /^Not moved to ready/ });
    await report.waitFor();
    await expect(report.getByRole('heading').textContent()).resolves.toBe('Not moved to ready: 1 problem to fix.');
    await expect(report.getByRole('listitem').allTextContents()).resolves.toEqual(['Must fix: There is no byline.']);
    await expect(status.textContent()).resolves.toBe('In edit');
    writeFileSync(join(screenshots, 'preflight.png'), await page.screenshot());
    expect(queryStore<{ status: string }>(dataDir, 'SELECT status FROM articles')).toEqual([{ status: 'in_edit' }]);

    await report.getByRole('button', { name: 'There is no byline.' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-byline-0');
    await page.keyboard.type('Ben Walsh');
    await saveStatus(page, 'Saved');

    await page.getByRole('button', { name: 'Mark ready' }).click();
    await expect.poll(() => status.textContent()).toBe('Ready');
    await expect(page.getByRole('region', { name: 'Moved to ready: every check passed.' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.locator('.library-row__meta .status').first().textContent()).resolves.toBe('Ready');

    // Spiked from ready, and unspiked back to ready.
    await page.getByRole('button', { name: 'Spike' }).click();
    await expect.poll(() => status.textContent()).toBe('Spiked');
    await page.getByRole('button', { name: 'Unspike (back to ready)' }).click();
    await expect.poll(() => status.textContent()).toBe('Ready');
    expect(
      queryStore<{ reason: string; note: string }>(
        dataDir,
        "SELECT reason, note FROM revisions WHERE reason = 'status' ORDER BY id",
      ),
    ).toEqual([
      { reason: 'status', note: 'Draft → In edit' },
      { reason: 'status', note: 'In edit → Ready' },
      { reason: 'status', note: 'Ready → Spiked' },
      { reason: 'status', note: 'Spiked → Ready' },
    ]);
  });

  it('sends a warning-only problem to a field in the side panel, switching to its tab', async () => {
    const { page } = await openApp(browser, cleanups);
    await createAndOpen(page, {
      headline: 'Warnings only',
      bylines: ['Desk'],
      altHeadlines: { seo: 's'.repeat(90) },
      body: { type: 'doc', content: [paragraph('Text.')] },
    });
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('button', { name: 'Run checks' }).click();
    const item = page.getByRole('button', { name: 'The SEO headline is 90 characters; the desk limit is 70.' });
    await item.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-alt-seo');
    await expect(page.getByRole('tab', { name: 'Details' }).getAttribute('aria-selected')).resolves.toBe('true');
  });
});
