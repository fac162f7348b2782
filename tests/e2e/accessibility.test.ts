import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { createAndOpen, openApp, saveStatus } from './support/open-app';

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

async function expectNoSeriousViolations(page: Page, what: string, include?: string): Promise<void> {
  const found = await seriousViolations(page, include);
  expect(found, `${what}: ${JSON.stringify(found, null, 2)}`).toEqual([]);
}

describe('accessibility (axe-core, serious and critical)', () => {
  it('the editor with an article, in light and dark', async () => {
    const { page } = await openApp(browser, cleanups);
    await createAndOpen(page, {
      headline: 'Council votes on the harbour plan',
      standfirst: 'The vote follows a year of hearings.',
      bylines: ['Amira Haddad'],
    });
    await page.getByRole('textbox', { name: 'Article body' }).click();
    await page.keyboard.type('The council met on Tuesday.');
    await saveStatus(page, 'Saved');
    await expectNoSeriousViolations(page, 'editor (light)');
    for (const tab of ['Related', 'History']) {
      await page.getByRole('tab', { name: tab }).click();
      await expectNoSeriousViolations(page, `editor, ${tab} tab`);
    }
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    await page.getByRole('tab', { name: 'Details' }).click();
    await expectNoSeriousViolations(page, 'editor (dark)');
  });

  it('the tag manager, the backups screen, settings and the shortcuts sheet', async () => {
    const { page } = await openApp(browser, cleanups);
    await createAndOpen(page, { headline: 'Tagged story' });
    await page.evaluate(async () => {
      await window.lede.tags.create({ kind: 'place', name: 'Istanbul' });
      await window.lede.tags.create({ kind: 'topic', name: 'Ukraine' });
    });
    await page.getByRole('button', { name: 'Tags', exact: true }).click();
    await page.getByRole('heading', { name: 'Tags' }).first().waitFor();
    await expectNoSeriousViolations(page, 'tag manager');

    await page.getByRole('button', { name: 'Backups', exact: true }).click();
    await page
      .getByRole('heading', { name: /Backups/ })
      .first()
      .waitFor();
    await expectNoSeriousViolations(page, 'backups');

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    await expectNoSeriousViolations(page, 'settings');
    await page.getByRole('button', { name: 'Move the store…' }).click();
    await expectNoSeriousViolations(page, 'settings, move warning');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.keyboard.press('Control+/');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await expectNoSeriousViolations(page, 'shortcuts sheet');
  });

  it('the library with a search, the trash, the command palette, the preview and export/import', async () => {
    const { page } = await openApp(browser, cleanups);
    await createAndOpen(page, { headline: 'Harbour plan passes', standfirst: 'The council voted.' });
    await page.evaluate(async () => {
      await window.lede.articles.create({ headline: 'Harbour ferry timetable changes' });
    });
    await page.getByRole('combobox', { name: 'Search the library' }).fill('harbour');
    await page.getByRole('option', { name: /ferry/ }).waitFor();
    await expectNoSeriousViolations(page, 'library with a search');

    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
    await page.keyboard.type('trash');
    await page
      .getByRole('dialog', { name: 'Command palette' })
      .getByRole('option', { name: 'Open the trash' })
      .waitFor();
    await expectNoSeriousViolations(page, 'command palette');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox', { name: 'Spiked stories' }).waitFor();
    await expectNoSeriousViolations(page, 'trash');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('show the library');
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: /Harbour plan passes/ }).click();

    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await page.getByRole('region', { name: 'Preview' }).waitFor({ state: 'attached' });
    await expectNoSeriousViolations(page, 'preview');

    await page.getByRole('button', { name: 'Export/import' }).click();
    await page.getByRole('heading', { name: 'Export and import' }).waitFor();
    await expectNoSeriousViolations(page, 'export and import');
  });

  it('a right-to-left article: aligned to the right, and the arrow keys move the caret the way the text runs', async () => {
    const { page } = await openApp(browser, cleanups);
    await createAndOpen(page, { headline: 'عنوان', language: 'ar' });
    const body = page.getByRole('textbox', { name: 'Article body' });
    await body.click();
    await page.keyboard.type('مرحبا بالعالم');
    await saveStatus(page, 'Saved');
    const paragraph = body.locator('p').first();
    const style = await paragraph.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { direction: computed.direction, textAlign: computed.textAlign };
    });
    expect(style.direction).toBe('rtl');
    expect(['right', 'start']).toContain(style.textAlign);
    // The caret's logical offset in the text, and where it is drawn.
    const caret = () =>
      page.evaluate(() => {
        const selection = window.getSelection()!;
        const range = selection.getRangeAt(0);
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return { offset: selection.focusOffset, x: rect.x };
      });
    await page.keyboard.press('Home');
    const start = await caret();
    expect(start.offset).toBe(0);
    const box = (await paragraph.boundingBox())!;
    // The start of a right-to-left line is its right edge.
    expect(start.x).toBeGreaterThan(box.x + box.width / 2);
    await page.keyboard.press('ArrowLeft');
    const next = await caret();
    expect(next.offset).toBe(1); // left is forward in Arabic
    expect(next.x).toBeLessThan(start.x);
    await page.keyboard.press('ArrowRight');
    await expect(caret()).resolves.toMatchObject({ offset: 0 });
    await page.keyboard.press('End');
    const end = await caret();
    expect(end.offset).toBe('مرحبا بالعالم'.length);
    // The text runs leftwards from the right edge: its end is drawn left of where it began.
    expect(end.x).toBeLessThan(next.x);
    await expectNoSeriousViolations(page, 'right-to-left editor');
  });

  it('the first screen with no article', async () => {
    const { page } = await openApp(browser, cleanups);
    await expectNoSeriousViolations(page, 'empty library');
  });
});
