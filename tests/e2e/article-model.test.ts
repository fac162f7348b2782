import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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

const value = (page: Page, selector: string): Promise<string> => page.locator(selector).inputValue();

interface StoredRow {
  kicker: string;
  headline: string;
  headline_web: string;
  headline_seo: string;
  headline_social: string;
  standfirst: string;
  slug: string;
  slug_edited: number;
  bylines: string;
  dateline: string;
  section: string;
  source: string;
  language: string;
  urgency: number;
  editors_note: string;
  embargo_local: string | null;
  embargo_zone: string | null;
  embargo_at: number | null;
  body_text: string;
  status: string;
  revision: number;
}

describe('the article model in the real renderer', () => {
  it('round-trips every metadata field through the store: typed in, reloaded, read back on screen and on disk', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await page.keyboard.press('Control+n');
    await page.locator('#field-headline').waitFor();

    await page.getByLabel('Kicker').fill('Exclusive');
    await page.getByLabel('Headline', { exact: true }).fill('Council passes budget after all-night session');
    await page.getByLabel('Standfirst').fill('Five votes to four, after eleven hours of debate.');
    await page.getByLabel('Byline', { exact: true }).fill('Amira Haddad');
    await page.getByRole('button', { name: 'Add byline' }).click();
    await page.getByLabel('Byline 2', { exact: true }).fill('Ben Walsh');
    await page.getByRole('textbox', { name: 'Article body' }).click();
    await page.keyboard.type('The council met at six in the evening.');

    const details = page.getByRole('tabpanel', { name: 'Details' });
    await details.getByLabel('Web', { exact: true }).fill('Budget passes 5-4');
    await details.getByLabel('SEO', { exact: true }).fill('Council budget 2026 passes');
    await details.getByLabel('Social', { exact: true }).fill('It took all night.');
    await details.getByLabel('Dateline').fill('LEEDS');
    await details.getByLabel('Section').fill('Politics');
    await details.getByLabel('Source line').fill('agencies');
    await details.getByLabel('Language').fill('en-GB');
    await details.getByLabel('Urgency').selectOption('2');
    await details.getByLabel('Embargo date and time').fill('2031-03-01T09:30');
    await details.getByLabel('Embargo time zone').fill('Europe/London');
    await details.getByLabel('Editor’s note').fill('Check the vote count with the clerk.');
    await details.getByLabel('Slug').fill('Budget Vote 2026');
    await details.getByLabel('Slug').blur();
    await expect.poll(() => value(page, '#field-slug')).toBe('budget-vote-2026');
    await saveStatus(page, 'Saved');

    await page.reload();
    await page.getByRole('option', { name: /Council passes budget/ }).click();
    await page.locator('#field-headline').waitFor();
    expect({
      kicker: await value(page, '#field-kicker'),
      headline: await value(page, '#field-headline'),
      standfirst: await value(page, '#field-standfirst'),
      byline1: await value(page, '#field-byline-0'),
      byline2: await value(page, '#field-byline-1'),
      web: await value(page, '#field-alt-web'),
      seo: await value(page, '#field-alt-seo'),
      social: await value(page, '#field-alt-social'),
      slug: await value(page, '#field-slug'),
      dateline: await value(page, '#field-dateline'),
      section: await value(page, '#field-section'),
      source: await value(page, '#field-source'),
      language: await value(page, '#field-language'),
      urgency: await value(page, '#field-urgency'),
      embargo: await value(page, '#field-embargo'),
      zone: await value(page, '#field-embargo-zone'),
      note: await value(page, '#field-editors-note'),
      body: await page.locator('.body-editor p').allTextContents(),
    }).toEqual({
      kicker: 'Exclusive',
      headline: 'Council passes budget after all-night session',
      standfirst: 'Five votes to four, after eleven hours of debate.',
      byline1: 'Amira Haddad',
      byline2: 'Ben Walsh',
      web: 'Budget passes 5-4',
      seo: 'Council budget 2026 passes',
      social: 'It took all night.',
      slug: 'budget-vote-2026',
      dateline: 'LEEDS',
      section: 'Politics',
      source: 'agencies',
      language: 'en-GB',
      urgency: '2',
      embargo: '2031-03-01T09:30',
      zone: 'Europe/London',
      note: 'Check the vote count with the clerk.',
      body: ['The council met at six in the evening.'],
    });
    await expect(page.getByText('Set by hand.').isVisible()).resolves.toBe(true);
    await expect(page.locator('.library-row__meta .status').first().textContent()).resolves.toBe('Draft');

    const [row] = queryStore<StoredRow>(dataDir, 'SELECT * FROM articles');
    expect(row).toMatchObject({
      kicker: 'Exclusive',
      headline: 'Council passes budget after all-night session',
      headline_web: 'Budget passes 5-4',
      headline_seo: 'Council budget 2026 passes',
      headline_social: 'It took all night.',
      standfirst: 'Five votes to four, after eleven hours of debate.',
      slug: 'budget-vote-2026',
      slug_edited: 1,
      bylines: '["Amira Haddad","Ben Walsh"]',
      dateline: 'LEEDS',
      section: 'Politics',
      source: 'agencies',
      language: 'en-GB',
      urgency: 2,
      editors_note: 'Check the vote count with the clerk.',
      embargo_local: '2031-03-01T09:30',
      embargo_zone: 'Europe/London',
      // 1 March is winter time in London: UTC+0.
      embargo_at: Date.UTC(2031, 2, 1, 9, 30),
      body_text: 'The council met at six in the evening.',
      status: 'draft',
    });
  });

  it('refuses a malformed embargo with a clear message on screen and from the API, changing nothing', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    const id = await createAndOpen(page, {
      headline: 'Embargoed story',
      embargo: { local: '2031-03-01T09:30', timeZone: 'Europe/Paris' },
    });
    const before = queryStore(dataDir, 'SELECT * FROM articles');

    await page.getByLabel('Embargo time zone').fill('Mars/Olympus');
    await expect
      .poll(() => page.locator('#embargo-hint').textContent())
      .toBe('Not saved: “Mars/Olympus” is not a time zone; use a name like Europe/London or Asia/Karachi.');
    const message = await page.evaluate(async (articleId) => {
      try {
        await window.lede.articles.update({
          id: articleId,
          baseRevision: 1,
          patch: { embargo: { local: '2031-02-30T09:00', timeZone: 'Europe/Paris' } },
        });
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    }, id);
    expect(message).toBe(
      '[invalid_input] articles.update was refused: patch.embargo: the embargo “2031-02-30T09:00” is not a date and time like 2026-03-01T09:00.',
    );
    // Other edits still save while the bad zone waits on screen.
    await page.getByLabel('Dateline').fill('PARIS');
    await saveStatus(page, 'Saved');
    const [after] = queryStore<Record<string, unknown>>(dataDir, 'SELECT * FROM articles');
    const { dateline, revision, updated_at: _after, ...untouched } = after!;
    const { updated_at: _before, ...original } = before[0] as Record<string, unknown>;
    expect({ dateline, revision }).toEqual({ dateline: 'PARIS', revision: 2 });
    expect({ ...untouched, dateline: original.dateline, revision: original.revision }).toEqual(original);
    expect(untouched).toMatchObject({ embargo_local: '2031-03-01T09:30', embargo_zone: 'Europe/Paris' });
  });

  it('counts characters against the desk limits, says when a field is over in words, and follows the settings', async () => {
    const { page } = await openApp(browser, cleanups);
    await createAndOpen(page, { headline: 'Short headline' });
    const seo = page.getByTestId('count-alt-seo');
    await expect(seo.textContent()).resolves.toBe('SEO headline0 / 7070 left');
    await page.locator('#field-alt-seo').fill('x'.repeat(75));
    await expect.poll(() => seo.textContent()).toBe('SEO headline75 / 705 over the limit');
    await expect(seo.getAttribute('class')).resolves.toContain('counter--over');
    await expect(page.getByTestId('count-headline').textContent()).resolves.toBe('Headline14 / 11096 left');

    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel('SEO headline').fill('80');
    await dialog.getByLabel('Your name').fill('Night desk');
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => seo.textContent()).toBe('SEO headline75 / 805 left');

    await page.reload();
    await page.getByRole('option', { name: /Short headline/ }).click();
    await expect.poll(() => page.getByTestId('count-alt-seo').textContent()).toBe('SEO headline75 / 805 left');
    await expect(page.evaluate(() => window.lede.settings.get())).resolves.toMatchObject({
      authorName: 'Night desk',
      deskLimits: { seo: 80, headline: 110 },
    });
  });

  it('cuts a paste past a field’s hard limit to fit and says so, never silently', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await createAndOpen(page, { headline: 'Paste target' });
    const headline = page.locator('#field-headline');
    await headline.fill('');
    await headline.focus();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'y'.repeat(1_200));
      document
        .getElementById('field-headline')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(async () => (await headline.inputValue()).length).toBe(1_000);
    await expect(page.locator('#field-headline-notice').textContent()).resolves.toContain(
      'The paste was cut to fit: the headline holds at most 1,000 characters, so the last 200 were left out.',
    );
    await saveStatus(page, 'Saved');
    expect(queryStore<{ n: number }>(dataDir, 'SELECT length(headline) AS n FROM articles')[0]?.n).toBe(1_000);
  });

  it('lays out an RTL article right to left in every editor field, from the language', async () => {
    const { page } = await openApp(browser, cleanups);
    await createAndOpen(page, { headline: 'Flood warning', bylines: ['Amira Haddad'] });
    const fields = [
      '#field-kicker',
      '#field-headline',
      '#field-standfirst',
      '#field-byline-0',
      '[data-testid="body-field"]',
    ];
    const directions = () =>
      page.evaluate((selectors) => selectors.map((s) => document.querySelector(s)?.getAttribute('dir')), fields);
    await expect(directions()).resolves.toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);

    await page.getByLabel('Language').fill('ur');
    await expect.poll(directions).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    await expect(page.locator('#language-hint').textContent()).resolves.toBe('Urdu, reads right to left.');
    // The body's editable element inherits it, so typed Urdu runs right to left.
    await expect(page.locator('.body-editor').evaluate((element) => getComputedStyle(element).direction)).resolves.toBe(
      'rtl',
    );
    await saveStatus(page, 'Saved');

    await page.reload();
    await page.getByRole('option', { name: /Flood warning/ }).click();
    await page.locator('#field-headline').waitFor();
    await expect.poll(directions).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    await expect(page.locator('#field-headline').getAttribute('lang')).resolves.toBe('ur');

    // An Arabic article made through the API opens right to left too.
    await createAndOpen(page, { headline: 'عنوان الخبر', language: 'ar' });
    await expect.poll(directions).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
  });
});
