import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/shared/commands/commands';
import type { ShellEvent, ShellRequest } from '../../src/shared/shell';
import { makeTempDir } from '../support/temp-dir';
import { launchChromium } from './support/browser';
import { createAndOpen, openApp, queryStore, saveStatus } from './support/open-app';

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

interface StagedShell {
  emit(event: ShellEvent): void;
  requests: ShellRequest[];
}

/** What main would send: a menu click, a second launch, the quit handshake. */
function emit(page: Page, event: ShellEvent): Promise<void> {
  return page.evaluate((sent) => (window as unknown as { __ledeShell: StagedShell }).__ledeShell.emit(sent), event);
}
function shellRequests(page: Page): Promise<ShellRequest[]> {
  return page.evaluate(() => [...(window as unknown as { __ledeShell: StagedShell }).__ledeShell.requests]);
}

const screenshots = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

const paper = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('menus and shortcuts', () => {
  it('the shortcuts sheet lists every command from the table, opened by its keys and from Help', async () => {
    const { page } = await openApp(browser, cleanups);
    await page.keyboard.press('Control+/');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    const rows = await sheet.locator('[data-command]').evaluateAll((elements) =>
      elements.map((element) => ({
        id: element.getAttribute('data-command'),
        text: element.textContent,
      })),
    );
    expect(rows.map((row) => row.id).sort()).toEqual(commands.map((command) => command.id).sort());
    expect(rows.find((row) => row.id === 'article.new')?.text).toBe('New articleCtrl+N');
    expect(rows.find((row) => row.id === 'palette.open')?.text).toBe('Command palette…Ctrl+K');
    // Every command in the table works in this build: none is marked as coming.
    expect(rows.filter((row) => row.text?.includes('(coming)'))).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'shortcuts.png') });
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });
    // The Help menu item sends the same command through the shell event.
    await emit(page, { type: 'command', command: 'help.shortcuts' });
    await sheet.waitFor();
  });

  it('menu commands reach the page: new article, save version, panels, tags, open in a window', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await emit(page, { type: 'command', command: 'article.new' });
    await page.getByLabel('Headline').fill('From the menu');
    await saveStatus(page, 'Saved');
    await emit(page, { type: 'command', command: 'article.saveVersion' });
    await expect
      .poll(() => queryStore<{ reason: string }>(dataDir, "SELECT reason FROM revisions WHERE reason = 'manual'"))
      .toHaveLength(1);
    await emit(page, { type: 'command', command: 'view.history' });
    await expect.poll(() => page.getByRole('tab', { name: 'History' }).getAttribute('aria-selected')).toBe('true');
    // The side panel toggles from its keys, and the choice is kept across a reload.
    await page.keyboard.press('Control+Shift+Backslash');
    await expect.poll(() => page.locator('.side-panel').isVisible()).toBe(false);
    await page.keyboard.press('Control+Backslash');
    await expect.poll(() => page.getByRole('complementary', { name: 'Library' }).isVisible()).toBe(false);
    await page.reload();
    await page.getByRole('button', { name: 'New article' }).first().waitFor({ state: 'attached' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.library)).toBe('hidden');
    await page.keyboard.press('Control+Backslash');
    await expect.poll(() => page.getByRole('complementary', { name: 'Library' }).isVisible()).toBe(true);
    await page.getByRole('option', { name: /From the menu/ }).click();
    await page.locator('#field-headline').waitFor();
    await expect.poll(() => page.locator('.side-panel').isVisible()).toBe(false);
    await page.keyboard.press('Control+Shift+1');
    await expect.poll(() => page.getByRole('tab', { name: 'Details' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator('.side-panel').isVisible()).toBe(true);
    // Open in its own window: the page asks main, with the article's id.
    const [article] = queryStore<{ id: string }>(dataDir, 'SELECT id FROM articles');
    await page.keyboard.press('Control+Shift+N');
    await expect.poll(() => shellRequests(page)).toContainEqual({ type: 'openArticleWindow', id: article!.id });
    await page.keyboard.press('Control+Shift+T');
    await page.getByRole('heading', { name: 'Tags' }).first().waitFor();
  });

  it('the palette, export and preview-layout commands run from their keys and the menu', async () => {
    const { page } = await openApp(browser, cleanups);
    await createAndOpen(page, { headline: 'Keys for everything' });
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: /command/i });
    await palette.waitFor();
    await page.keyboard.press('Escape');
    await palette.waitFor({ state: 'hidden' });
    // Switch preview layout: opens the pane on the next layout, and the next one after that.
    const layout = page.getByRole('region', { name: 'Preview' }).getByLabel('Layout');
    await page.keyboard.press('Control+Shift+L');
    await expect.poll(() => layout.inputValue()).toBe('mobile');
    await emit(page, { type: 'command', command: 'preview.layout' });
    await expect.poll(() => layout.inputValue()).toBe('print');
    // Export: the pane's export button takes the focus, ready for Enter.
    await page.keyboard.press('Control+e');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.preview-pane') !== null)).toBe(true);
  });

  it('a .json file opened from the desktop, once main has imported it, opens; a failed one says why', async () => {
    const { page } = await openApp(browser, cleanups);
    const id = await page.evaluate(
      async () => (await window.lede.articles.create({ headline: 'Imported by main' })).id,
    );
    await emit(page, { type: 'imported', path: '/home/desk/wire.json', articleId: id });
    await expect.poll(() => page.locator('#field-headline').inputValue()).toBe('Imported by main');
    await emit(page, { type: 'imported', path: '/home/desk/broken.json', error: 'it is not JSON.' });
    await page
      .getByRole('alert')
      .filter({ hasText: '/home/desk/broken.json was not imported: it is not JSON.' })
      .waitFor();
  });

  it('a window opened for one article starts on it; a second launch opens the article it names', async () => {
    const { page, server } = await openApp(browser, cleanups);
    const first = await createAndOpen(page, { headline: 'The first story' });
    const second = await page.evaluate(async () => (await window.lede.articles.create({ headline: 'Second' })).id);
    await page.goto(`${server.url}#article=${first}`);
    await expect.poll(() => page.locator('#field-headline').inputValue()).toBe('The first story');
    await emit(page, { type: 'openArticle', id: second });
    await expect.poll(() => page.locator('#field-headline').inputValue()).toBe('Second');
  });

  it('the quit handshake: the page saves what is pending, then answers with the token', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await createAndOpen(page, { headline: 'Before quitting' });
    await page.getByRole('textbox', { name: 'Article body' }).click();
    await page.keyboard.type('Typed just before the quit');
    // No waiting for autosave: the flush must save it.
    await emit(page, { type: 'flush', token: 7 });
    await expect.poll(() => shellRequests(page)).toContainEqual({ type: 'flushed', token: 7 });
    const [row] = queryStore<{ body_text: string }>(dataDir, 'SELECT body_text FROM articles');
    expect(row?.body_text).toContain('Typed just before the quit');
  });
});

describe('settings', () => {
  it('round-trips every field through the store, and new articles take the default byline and section', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await page.keyboard.press('Control+,');
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.waitFor();
    await dialog.getByLabel('Your name').fill('Sam Okafor');
    await dialog.getByLabel('Default byline').fill('Sam Okafor, Lagos');
    await dialog.getByLabel('Default section').fill('Business');
    await dialog.getByLabel('SEO headline').fill('65');
    await dialog.getByLabel('Editor text size (pixels)').fill('22');
    await dialog.getByLabel('Spellcheck languages').fill('en_gb, FR');
    await dialog.getByLabel('Default export folder').fill('/home/desk/exports');
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const stored = Object.fromEntries(
      queryStore<{ key: string; value: string }>(dataDir, 'SELECT key, value FROM settings').map((row) => [
        row.key,
        JSON.parse(row.value) as unknown,
      ]),
    );
    expect(stored).toMatchObject({
      authorName: 'Sam Okafor',
      defaultByline: 'Sam Okafor, Lagos',
      defaultSection: 'Business',
      editorFontSize: 22,
      spellcheckLanguages: ['en-GB', 'fr'],
      exportFolder: '/home/desk/exports',
    });
    expect((stored.deskLimits as { seo: number }).seo).toBe(65);

    await page.reload();
    await page.getByRole('button', { name: 'New article' }).first().click();
    await page.locator('#field-headline').waitFor();
    await expect(page.getByLabel('Byline', { exact: true }).inputValue()).resolves.toBe('Sam Okafor, Lagos');
    await expect
      .poll(() => page.locator('.body-editor').evaluate((element) => getComputedStyle(element).fontSize))
      .toBe('22px');
    await page.keyboard.press('Control+,');
    await expect(dialog.getByLabel('Default section').inputValue()).resolves.toBe('Business');
    await expect(dialog.getByLabel('Spellcheck languages').inputValue()).resolves.toBe('en-GB, fr');
    // A value out of range is refused in words, and nothing is stored.
    await dialog.getByLabel('Editor text size (pixels)').fill('90');
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toBe(
      'Not saved: the editor font size must be at most 28.',
    );
  });

  it('switches the theme live, keeps it across a reload, and follows the system when asked', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await paper(page);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByRole('radio', { name: 'Dark' }).check();
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => paper(page)).not.toBe(light);
    const dark = await paper(page);
    expect(dark).toBe('rgb(27, 26, 24)');
    expect(queryStore(dataDir, "SELECT value FROM settings WHERE key = 'theme'")).toEqual([{ value: '"dark"' }]);
    await page.reload();
    await page.getByRole('button', { name: 'New article' }).first().waitFor();
    expect(await paper(page)).toBe(dark);
    await createAndOpen(page, {
      headline: 'Night desk: the late edition goes to press',
      standfirst: 'The dark theme keeps the page calm after hours.',
      bylines: ['Amira Haddad'],
    });
    await page.screenshot({ path: join(screenshots, 'dark-theme.png') });
    // Follow the system: the page changes with it, with no reload.
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await dialog.getByRole('radio', { name: 'Follow the system' }).check();
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => paper(page)).toBe(light);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => paper(page)).toBe(dark);
  });

  it('moves the store: warns first, copies and checks, then works from the new folder', async () => {
    const { page, server, dataDir } = await openApp(browser, cleanups);
    await createAndOpen(page, { headline: 'Moving with the store' });
    const target = makeTempDir('lede-moved-');
    cleanups.push(target.cleanup);
    const into = join(target.dir, 'store');
    mkdirSync(into);
    server.chooseFolder(into);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect(dialog.getByTestId('data-folder').textContent()).resolves.toBe(dataDir);
    await dialog.getByRole('button', { name: 'Move the store…' }).click();
    await expect(dialog.getByRole('group', { name: /Moving the store/ }).textContent()).resolves.toContain(
      'nothing is deleted',
    );
    await dialog.getByRole('button', { name: 'Choose folder and move' }).click();
    await expect
      .poll(() => queryStore<{ headline: string }>(into, 'SELECT headline FROM articles'))
      .toEqual([{ headline: 'Moving with the store' }]);
    const status = await page.evaluate(() => window.lede.app.status());
    expect(status).toMatchObject({ state: 'ready', dataDir: into });
  });
});

describe('no layout jump while saving', () => {
  it('the headline and body stay where they are while the status goes Edited, Saving, Saved', async () => {
    const { page } = await openApp(browser, cleanups);
    await createAndOpen(page, { headline: 'Steady' });
    const places = async () =>
      page.evaluate(() =>
        ['#field-headline', '.body-editor', '.workflow'].map((selector) => {
          const rect = document.querySelector(selector)!.getBoundingClientRect();
          return [rect.x, rect.y, rect.width];
        }),
      );
    // Clicking into the body may scroll the workspace; the places are taken after that.
    await page.getByRole('textbox', { name: 'Article body' }).click();
    const before = await places();
    const seen = new Set<string>();
    await page.exposeFunction('__recordPlaces', (state: string, rects: number[][]) => {
      seen.add(`${state}:${JSON.stringify(rects)}`);
    });
    // Record the places on every change of the save status, as the browser lays them out.
    await page.evaluate(() => {
      const status = document.querySelector('[data-testid="save-status"]')!;
      new MutationObserver(() => {
        const rects = ['#field-headline', '.body-editor', '.workflow'].map((selector) => {
          const rect = document.querySelector(selector)!.getBoundingClientRect();
          return [rect.x, rect.y, rect.width];
        });
        void (window as unknown as { __recordPlaces: (s: string, r: number[][]) => void }).__recordPlaces(
          status.textContent ?? '',
          rects,
        );
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await page.keyboard.type('A few words.');
    await saveStatus(page, 'Saved');
    const states = [...seen].map((entry) => entry.slice(0, entry.indexOf(':')));
    expect(states).toEqual(expect.arrayContaining(['Edited', 'Saved']));
    for (const entry of seen) expect(entry.slice(entry.indexOf(':') + 1)).toBe(JSON.stringify(before));
  });
});
