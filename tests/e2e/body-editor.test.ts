import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newArticle, openApp, readArticles, saveStatus, storedBody } from './support/app';
import { launchChromium } from './support/browser';

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

describe('links', () => {
  it('refuses a javascript: link in the dialog with a message, and the article is unchanged', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await newArticle(page, 'Links');
    await page.keyboard.type('Read the report today.');
    await saveStatus(page, 'Saved');
    const before = readArticles(dataDir);

    await page.keyboard.press('Control+ArrowLeft');
    await page.keyboard.press('Control+ArrowLeft');
    await page.keyboard.press('Control+Shift+ArrowLeft'); // selects "report "
    await page.keyboard.press('Control+Shift+k');
    const dialog = page.getByRole('dialog', { name: 'Add a link' });
    await dialog.waitFor();
    const address = dialog.getByLabel('Address');
    await expect(address.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await address.fill('javascript:alert(document.cookie)');
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('alert').textContent()).resolves.toBe(
      'Links can only go to web pages (http, https) or email (mailto); a “javascript:” link was refused.',
    );
    await expect(address.getAttribute('aria-invalid')).resolves.toBe('true');
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(page.locator('.body-editor a').count()).resolves.toBe(0);
    await expect(page.getByTestId('save-status').textContent()).resolves.toBe('Saved');
    expect(readArticles(dataDir)).toEqual(before);
  });

  it('links the selection to a web address from the toolbar, and removes it again from the keyboard', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await newArticle(page, 'Links');
    await page.keyboard.type('See the plan');
    await page.keyboard.press('Control+Shift+ArrowLeft'); // "plan"
    await page.getByRole('button', { name: 'Link' }).click();
    await page.getByRole('dialog').getByLabel('Address').fill('example.gov/plan');
    await page.getByRole('dialog').getByRole('button', { name: 'Apply' }).click();
    await saveStatus(page, 'Saved');
    expect(storedBody(dataDir).content![0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'See the ' },
        { type: 'text', text: 'plan', marks: [{ type: 'link', attrs: { href: 'https://example.gov/plan' } }] },
      ],
    });
    await expect(page.locator('.body-editor a').getAttribute('rel')).resolves.toBe('noopener noreferrer');

    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+Shift+k');
    const edit = page.getByRole('dialog', { name: 'Edit link' });
    await expect(edit.getByLabel('Address').inputValue()).resolves.toBe('https://example.gov/plan');
    await edit.getByRole('button', { name: 'Remove link' }).click();
    await saveStatus(page, 'Saved');
    expect(storedBody(dataDir).content![0]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'See the plan' }],
    });
  });
});

describe('find and replace', () => {
  it('opens with Ctrl+F, counts and highlights matches, replaces one and then all, undone in one step', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await newArticle(page, 'Find');
    await page.keyboard.type('The mayor met the Mayor of the next town. A mayor said no.');
    await page.keyboard.press('Control+f');
    const find = page.getByRole('search', { name: 'Find and replace' });
    await find.getByLabel('Find').fill('mayor');
    await expect.poll(() => page.getByTestId('find-status').textContent()).toBe('1 of 3');
    await expect(page.locator('.body-editor .find-match').count()).resolves.toBe(3);
    await expect(page.locator('.body-editor .find-match--current').textContent()).resolves.toBe('mayor');

    await find.getByLabel('Find').press('Enter');
    await expect.poll(() => page.getByTestId('find-status').textContent()).toBe('2 of 3');
    await find.getByLabel('Match case').check();
    await expect.poll(() => page.getByTestId('find-status').textContent()).toMatch(/of 2$/);

    await find.getByLabel('Replace with').fill('president');
    await find.getByRole('button', { name: 'Replace all' }).click();
    await expect.poll(() => page.getByTestId('find-status').textContent()).toBe('No matches');
    await expect(page.locator('.body-editor p').textContent()).resolves.toBe(
      'The president met the Mayor of the next town. A president said no.',
    );
    await find.getByLabel('Find').press('Escape');
    await expect(find.count()).resolves.toBe(0);
    await expect(page.locator('.body-editor .find-match').count()).resolves.toBe(0);

    await page.keyboard.press('Control+z');
    await expect(page.locator('.body-editor p').textContent()).resolves.toBe(
      'The mayor met the Mayor of the next town. A mayor said no.',
    );
    await page.getByRole('button', { name: 'Redo' }).click();
    await saveStatus(page, 'Saved');
    expect(readArticles(dataDir)[0]!.body_text).toBe(
      'The president met the Mayor of the next town. A president said no.',
    );
  });
});

describe('quotes, rules and counts', () => {
  it('adds a pull quote, a social post quoted as text and a rule; the count follows the words', async () => {
    const { page, dataDir, outside } = await openApp(browser, cleanups);
    await newArticle(page, 'Blocks');
    await page.keyboard.type('One two three.');
    await expect.poll(() => page.getByTestId('word-count').textContent()).toBe('3 words');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Pull quote' }).click();
    await page.keyboard.type('We will rebuild');
    await expect(page.getByRole('button', { name: 'Pull quote' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Section break' }).click();
    await page.getByRole('button', { name: 'Social post quote' }).click();
    const post = page.locator('.social-post-view');
    await post.getByLabel('Post text').fill('Crews remain at the scene.');
    await post.getByLabel('Author').fill('City Fire Service');
    await post.getByLabel('Handle').fill('@cityfire');
    await post.getByLabel('Date').fill('12 March 2025');
    await post.getByLabel('Link to the post').fill('javascript:alert(1)');
    await expect(post.getByRole('alert').textContent()).resolves.toMatch(/Only a web address/);
    await post.getByLabel('Link to the post').fill('https://social.example/cityfire/1');
    await expect(post.getByRole('alert').count()).resolves.toBe(0);
    await expect.poll(() => page.getByTestId('word-count').textContent()).toBe('6 words');
    await saveStatus(page, 'Saved');

    const blocks = storedBody(dataDir).content!;
    expect(blocks).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'One two three.' }] },
      { type: 'pullQuote', content: [{ type: 'text', text: 'We will rebuild' }] },
      { type: 'horizontalRule' },
      {
        type: 'socialPost',
        attrs: {
          author: 'City Fire Service',
          handle: '@cityfire',
          date: '12 March 2025',
          text: 'Crews remain at the scene.',
          url: 'https://social.example/cityfire/1',
        },
      },
      { type: 'paragraph' },
    ]);
    // Quoted as text: nothing from the network, no frame, no script.
    await expect(page.locator('.body-editor iframe, .body-editor script').count()).resolves.toBe(0);
    expect(outside).toEqual([]);

    await page.reload();
    await page.getByRole('option', { name: /Blocks/ }).click();
    await expect(page.locator('.social-post-view').getByLabel('Author').inputValue()).resolves.toBe(
      'City Fire Service',
    );
    await expect(page.locator('.body-editor .pull-quote').textContent()).resolves.toBe('We will rebuild');
    await expect(page.getByTestId('word-count').textContent()).resolves.toBe('6 words');
  });
});
