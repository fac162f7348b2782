import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makePng } from '../support/test-images';
import { newArticle, openApp, paste, readArticles, saveStatus, storedBody } from './support/app';
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

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

type Json = Record<string, unknown>;
const text = (value: string, ...marks: Json[]): Json =>
  marks.length ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const paragraph = (...content: Json[]): Json =>
  content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
const heading = (level: number, value: string): Json => ({ type: 'heading', attrs: { level }, content: [text(value)] });
const bullets = (...items: string[]): Json => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(text(item))] })),
});
const bold = { type: 'bold' };
const italic = { type: 'italic' };
const link = (href: string): Json => ({ type: 'link', attrs: { href } });

/** Pastes into a new article's empty body, waits for the save, returns the stored body's blocks. */
async function pasteIntoNewArticle(page: Page, dataDir: string, data: Record<string, string>): Promise<unknown[]> {
  await newArticle(page, 'Pasted');
  await paste(page, data);
  await saveStatus(page, 'Saved');
  const blocks = storedBody(dataDir).content ?? [];
  // The editor keeps an empty paragraph at the end to type into.
  return blocks.at(-1) && JSON.stringify(blocks.at(-1)) === '{"type":"paragraph"}' ? blocks.slice(0, -1) : blocks;
}

describe('pasting from other programs', () => {
  it('turns Word’s HTML into clean paragraphs, a heading, a list, bold, italic and a link', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    const blocks = await pasteIntoNewArticle(page, dataDir, {
      'text/html': fixture('word-clipboard.html'),
      'text/plain': 'Flood defences to be rebuilt\r\nThe council said on Tuesday…',
    });
    expect(blocks).toEqual([
      heading(2, 'Flood defences to be rebuilt'),
      paragraph(
        text('The council said on '),
        text('Tuesday', bold),
        text(' that work on the '),
        text('river wall', italic),
        text(' would begin in March.'),
      ),
      bullets('Phase one: the quay', 'Phase two: the footbridge'),
      paragraph(
        text('“We have listened,” said Ann Lee, who chairs the committee. See '),
        text('the plan', link('https://example.gov/flood-plan')),
        text('.'),
      ),
      paragraph(text('Reporting by Sam Ortiz')),
    ]);
    // Nothing of Word's survives in the page either.
    const markup = await page.locator('.body-editor').innerHTML();
    expect(markup).not.toMatch(/mso-|Mso|o:p|style=|class="Mso|lang=/);
    await expect(page.getByTestId('editor-notice').count()).resolves.toBe(0);
  });

  it('turns Google Docs’ HTML into clean structure: no bold from its wrapper, no fused words, no image', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    const blocks = await pasteIntoNewArticle(page, dataDir, {
      'text/html': fixture('google-docs-clipboard.html'),
      'text/plain': 'Markets rally on rate hopes\nShares rose sharply on Friday…',
    });
    expect(blocks).toEqual([
      heading(2, 'Markets rally on rate hopes'),
      paragraph(
        text('Shares rose '),
        text('sharply', bold),
        text(' on Friday after the '),
        text('central bank', italic),
        text(' signalled a cut.'),
      ),
      bullets('Banks led the gains', 'Oil slipped'),
      paragraph(text('Read '), text('the full report', link('https://example.com/markets/report')), text('.')),
    ]);
    await expect(page.getByTestId('editor-notice').textContent()).resolves.toContain(
      'Pasted as clean text. Left out: 1 image (insert photos from their files).',
    );
  });

  it('turns a web page into clean text: tracking pixels, hidden ads, remote images and embed scripts go, never loaded', async () => {
    const { page, dataDir, outside } = await openApp(browser, cleanups);
    const blocks = await pasteIntoNewArticle(page, dataDir, { 'text/html': fixture('web-page-clipboard.html') });
    expect(blocks).toEqual([
      heading(2, 'Storm closes coastal road'),
      paragraph(text('By Ines Costa')),
      paragraph(text('The road will stay shut until '), text('Thursday', bold), text(', officials said.')),
      paragraph(text('Waves over the sea wall on Monday. Photo: Example News')),
      paragraph(text('Residents'), { type: 'hardBreak' }, text('were told to')),
      paragraph(
        text('stay indoors. Read '),
        text('our live coverage', link('https://example-news.com/live')),
        text('.'),
      ),
      {
        type: 'blockquote',
        content: [
          paragraph(text('Road closed both ways. '), text('pic.twitter.com/abc', link('https://t.co/abc'))),
          paragraph(
            text('— Highways (@highways) '),
            text('March 3, 2025', link('https://twitter.com/highways/status/1')),
          ),
        ],
      },
    ]);
    await expect(page.getByTestId('editor-notice').textContent()).resolves.toContain(
      'Left out: 1 image (insert photos from their files) and 1 script or embedded object.',
    );
    expect(outside).toEqual([]);
  });
});

describe('hostile HTML', () => {
  it('pastes as text: no script runs, no handler or javascript: link survives, nothing is fetched', async () => {
    const { page, dataDir, outside } = await openApp(browser, cleanups);
    const blocks = await pasteIntoNewArticle(page, dataDir, { 'text/html': fixture('hostile-clipboard.html') });
    expect(blocks).toEqual([
      paragraph(text('Click here or there or anywhere.')),
      paragraph(text('Styled '), text('bold', bold), text(' text')),
      paragraph(text('data link and vb link')),
      paragraph(text('More')),
      paragraph(text('Hidden detail')),
      paragraph(text('Last words')),
      paragraph(text('A fine link', link('https://example.org/ok'))),
    ]);
    await expect(page.getByTestId('editor-notice').textContent()).resolves.toContain(
      'Left out: 2 images (insert photos from their files), 5 unsafe links and 6 scripts or embedded objects.',
    );

    // Give anything that might have been planted a moment to run, then look.
    await page.waitForTimeout(300);
    await page.locator('.body-editor p').first().hover();
    await expect(page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).resolves.toBeUndefined();
    const found = await page.locator('.body-editor').evaluate((editor) => ({
      elements: editor.querySelectorAll('script, iframe, svg, object, embed, form, img, video, math, base, link, meta')
        .length,
      handlers: [...editor.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
      ),
      hrefs: [...editor.querySelectorAll('[href]')].map((el) => el.getAttribute('href')),
      styles: editor.querySelectorAll('[style]').length,
    }));
    expect(found).toEqual({ elements: 0, handlers: [], hrefs: ['https://example.org/ok'], styles: 0 });
    expect(readArticles(dataDir)[0]!.body).not.toMatch(/javascript|vbscript|data:text|evil\.example/i);
    expect(outside).toEqual([]);
  });
});

describe('paste shortcuts and limits', () => {
  it('Ctrl+Shift+V pastes the plain text only', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await newArticle(page, 'Plain');
    // The key press, as the keyboard sends it, then the paste the browser fires for it.
    await page.locator('.body-editor').evaluate((editor) =>
      editor.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'V',
          code: 'KeyV',
          ctrlKey: true,
          shiftKey: true,
          bubbles: true,
          cancelable: true,
        }),
      ),
    );
    await paste(page, {
      'text/html': '<h1 style="color:red">Loud <b>heading</b></h1><p><a href="https://example.org">a link</a></p>',
      'text/plain': 'Loud heading\n\na link',
    });
    await saveStatus(page, 'Saved');
    const blocks = storedBody(dataDir).content;
    expect(blocks).toEqual([paragraph(text('Loud heading')), paragraph(text('a link'))]);
  });

  it('refuses a paste that would take the body over 5 MB, says so, and leaves the article unchanged', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await newArticle(page, 'Limit');
    await page.keyboard.type('Existing text.');
    await saveStatus(page, 'Saved');
    const before = readArticles(dataDir);
    const huge = 'word '.repeat(1_100_000); // 5.5 MB
    await paste(page, { 'text/plain': huge });
    await expect
      .poll(() => page.getByTestId('editor-notice').textContent())
      .toContain('Nothing was pasted: the body would be 5.2 MB, over its limit of 5.0 MB.');
    await expect(page.getByTestId('editor-notice').getAttribute('role')).resolves.toBe('alert');
    await expect(page.locator('.body-editor').textContent()).resolves.toBe('Existing text.');
    await expect(page.getByTestId('save-status').textContent()).resolves.toBe('Saved');
    expect(readArticles(dataDir)).toEqual(before);
  });

  it('copies and pastes Lede’s own figure, pull quote and social post within the body', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await newArticle(page, 'Round trip');
    await page
      .getByLabel('Image file to insert')
      .setInputFiles({ name: 'a.png', mimeType: 'image/png', buffer: Buffer.from(makePng(4, 4)) });
    await page.locator('.figure-view').getByLabel('Caption').fill('Copied caption');
    await page.locator('.figure-view').getByLabel('Credit').fill('Photo: AP');
    await page.getByRole('textbox', { name: 'Article body' }).click();
    await page.keyboard.press('Control+End');
    await page.getByRole('button', { name: 'Pull quote' }).click();
    await page.keyboard.type('Never again');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Social post quote' }).click();
    const post = page.locator('.social-post-view');
    await post.getByLabel('Post text').fill('Road closed.');
    await post.getByLabel('Author').fill('Highways');
    await post.getByLabel('Link to the post').fill('https://social.example/p/1');
    await saveStatus(page, 'Saved');
    const original = storedBody(dataDir).content!;

    await page.getByRole('textbox', { name: 'Article body' }).focus();
    await page.keyboard.press('Control+a');
    const copied = await page.locator('.body-editor').evaluate((editor) => {
      const transfer = new DataTransfer();
      editor.dispatchEvent(new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true, cancelable: true }));
      return transfer.getData('text/html');
    });
    expect(copied).toContain('data-lede="social-post"');
    expect(copied).toContain('data-lede="pull-quote"');
    expect(copied).toContain('data-lede="figure"');
    await page.getByRole('button', { name: 'New article' }).first().click();
    await page.getByLabel('Headline').fill('Pasted copy');
    await page.getByRole('textbox', { name: 'Article body' }).click();
    await paste(page, { 'text/html': copied });
    await saveStatus(page, 'Saved');
    const pasted = storedBody(dataDir).content!;
    expect(pasted).toContainEqual(
      expect.objectContaining({ type: 'figure', attrs: expect.objectContaining({ caption: 'Copied caption' }) }),
    );
    const kinds = (blocks: unknown[]) =>
      blocks.map((block) => JSON.stringify(block)).filter((b) => b !== '{"type":"paragraph"}');
    expect(kinds(pasted)).toEqual(kinds(original));
  });
});
