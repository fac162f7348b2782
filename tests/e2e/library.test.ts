import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { launchChromium } from './support/browser';
import { startTestServer, type TestServer } from './support/test-server';

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

interface Seed {
  headline: string;
  text: string;
  section?: string;
}

const stories: Seed[] = [
  { headline: 'Harbour strike ends after nine days', text: 'Dockers voted to return on Monday.', section: 'Business' },
  { headline: 'Trams return to Zürich old town', text: 'The city council approved the new line.', section: 'News' },
  { headline: 'Council budget passes at midnight', text: 'Taxes rise by two per cent in Zürich.', section: 'Politics' },
  { headline: 'Cup final goes to penalties', text: 'The keeper saved three.', section: 'Sport' },
];

/** The app on a fresh store holding `stories`, written through the page's own bridge. */
async function openApp(): Promise<{ server: TestServer; page: Page }> {
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
    () => expect(problems).toEqual([]),
  );
  await page.goto(server.url);
  await page.getByRole('button', { name: 'New article' }).first().waitFor();
  await page.evaluate(async (seeds) => {
    for (const { headline, text, section } of seeds) {
      await window.lede.articles.create({
        headline,
        section,
        body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
      });
    }
  }, stories);
  await page.reload();
  await page.getByRole('option', { name: /Harbour strike ends/ }).waitFor();
  return { server, page };
}

const screenshots = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the library' });
const headlines = (page: Page) => page.locator('.library-row .article-list__headline').allTextContents();
const editorHeadline = (page: Page) => page.getByLabel('Headline', { exact: true });

describe('the library in the real renderer', () => {
  it('searches, opens a result with the keyboard, and runs palette commands', async () => {
    const { page } = await openApp();
    await searchBox(page).click();
    await page.keyboard.type('zurich');
    await expect
      .poll(() => headlines(page))
      .toEqual(['Trams return to Zürich old town', 'Council budget passes at midnight']);
    await expect(page.locator('.library-row').first().locator('mark').allTextContents()).resolves.toEqual(['Zürich']);
    await expect(page.getByTestId('library-count').textContent()).resolves.toMatch(/^2 matches/);
    writeFileSync(join(screenshots, 'library.png'), await page.screenshot());

    // The first result is active; the arrow moves to the second and Enter opens it.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => editorHeadline(page).inputValue()).toBe('Council budget passes at midnight');

    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.waitFor();
    await page.keyboard.type('trash');
    await palette.getByRole('option', { name: 'Open the trash' }).waitFor();
    await page.keyboard.press('Enter');
    await palette.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('button', { name: /^Trash/ }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('listbox', { name: 'Spiked stories' }).waitFor();

    // A story by its headline, from anywhere.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('harb');
    await palette.getByRole('option', { name: /Harbour strike ends/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => editorHeadline(page).inputValue()).toBe('Harbour strike ends after nine days');

    // The tag manager and the backups, each from its command.
    for (const [words, command, heading] of [
      ['tag man', 'Open the tag manager', 'Tags'],
      ['backups', 'Open backups', 'Backups'],
    ] as const) {
      await page.keyboard.press('Control+k');
      await palette.waitFor();
      await page.keyboard.type(words);
      await palette.getByRole('option', { name: command }).waitFor();
      await page.keyboard.press('Enter');
      await palette.waitFor({ state: 'detached' });
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    }
  });

  it('spikes a story into the trash, restores it, and empties the trash after naming how many go', async () => {
    const { page } = await openApp();
    for (const name of [/Cup final/, /Harbour strike/]) {
      await page.getByRole('option', { name }).click();
      await page.getByRole('button', { name: 'Spike' }).click();
      await expect.poll(() => page.getByTestId('article-status').textContent()).toBe('Spiked');
    }
    await expect.poll(() => headlines(page)).toHaveLength(2);

    await page.getByRole('button', { name: /^Trash/ }).click();
    await expect
      .poll(async () => (await headlines(page)).sort())
      .toEqual(['Cup final goes to penalties', 'Harbour strike ends after nine days']);
    await page.getByRole('listbox', { name: 'Spiked stories' }).focus();
    await page.keyboard.press('End');
    await page.getByRole('button', { name: 'Restore to draft' }).click();
    await expect.poll(() => headlines(page)).toHaveLength(1);

    await page.getByRole('button', { name: 'Empty trash…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Empty the trash?' });
    await expect(confirm.textContent()).resolves.toContain('1 story and all its versions will be deleted for good');
    await confirm.getByRole('button', { name: 'Delete 1 story' }).click();
    await expect.poll(() => headlines(page)).toEqual([]);
    await page.getByRole('button', { name: /^Library/ }).click();
    await expect.poll(() => headlines(page)).toHaveLength(3);
  });

  it('filters by section, saves the search, and re-runs it on stories written since', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByLabel('Section').selectOption('Politics');
    await expect.poll(() => headlines(page)).toEqual(['Council budget passes at midnight']);
    await page.getByRole('button', { name: 'Save this search…' }).click();
    await page.getByLabel('Name').fill('Politics desk');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = page.getByRole('button', { name: 'Politics desk', exact: true });
    await saved.waitFor();

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => headlines(page)).toHaveLength(4);
    await page.evaluate(() => window.lede.articles.create({ headline: 'Coalition talks', section: 'Politics' }));
    await saved.click();
    await expect
      .poll(async () => (await headlines(page)).sort())
      .toEqual(['Coalition talks', 'Council budget passes at midnight']);
  });

  it('duplicates the open story as a new draft', async () => {
    const { page } = await openApp();
    await page.getByRole('option', { name: /Council budget/ }).click();
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await expect
      .poll(async () => (await headlines(page)).filter((h) => h.startsWith('Council budget')))
      .toHaveLength(2);
    await expect.poll(() => page.getByLabel('Slug').inputValue()).toBe('council-budget-passes-at-midnight-2');
  });
});
