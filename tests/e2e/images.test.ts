import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assetLimits } from '../../src/shared/asset';
import { makeAvif, makeGif, makeJpeg, makePng, makeWebp } from '../support/test-images';
import { newArticle, openApp, readArticles, readAssets, saveStatus, storedBody } from './support/app';
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

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function insertFile(page: Page, name: string, mimeType: string, bytes: Uint8Array): Promise<void> {
  return page.getByLabel('Image file to insert').setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
}

const notice = (page: Page) => page.getByTestId('editor-notice');

describe('images in the body', () => {
  it('inserts an image with caption, credit and alt text that survive a reload, served by hash with the same bytes', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await newArticle(page, 'Harbour wall breached');
    await page.keyboard.type('Water poured through the gap overnight.');

    const png = makePng(64, 40);
    await insertFile(page, 'harbour.png', 'image/png', png);
    await expect.poll(() => notice(page).textContent()).toMatch(/Inserted “harbour.png” \(64 × 40\)/);
    const figure = page.locator('.figure-view');
    await figure.getByLabel('Caption').fill('The breach seen from the quay on Tuesday.');
    await figure.getByLabel('Credit').fill('Photo: REUTERS');
    await figure.getByLabel('Alt text').fill('Sea water flowing through a gap in a stone wall');
    await saveStatus(page, 'Saved');

    const [asset] = readAssets(dataDir);
    expect(asset).toMatchObject({ hash: sha256(png), type: 'image/png', width: 64, height: 40, size: png.byteLength });
    expect(storedBody(dataDir).content).toContainEqual({
      type: 'figure',
      attrs: {
        assetId: sha256(png),
        caption: 'The breach seen from the quay on Tuesday.',
        credit: 'Photo: REUTERS',
        alt: 'Sea water flowing through a gap in a stone wall',
      },
    });

    await page.reload();
    await page.getByRole('option', { name: /Harbour wall breached/ }).click();
    const again = page.locator('.figure-view');
    await expect(again.getByLabel('Caption').inputValue()).resolves.toBe('The breach seen from the quay on Tuesday.');
    await expect(again.getByLabel('Credit').inputValue()).resolves.toBe('Photo: REUTERS');
    await expect(again.getByLabel('Alt text').inputValue()).resolves.toBe(
      'Sea water flowing through a gap in a stone wall',
    );

    // The image is shown from its asset address (the app's lede-asset: protocol, here the
    // test server's same answer), decoded at its size, and the bytes are the file's own.
    const image = again.locator('img');
    await expect(image.getAttribute('alt')).resolves.toBe('Sea water flowing through a gap in a stone wall');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64);
    const served = await image.evaluate(async (img: HTMLImageElement) => {
      const response = await fetch(img.src);
      return {
        src: img.getAttribute('src'),
        built: window.lede.assets.url(img.closest('[data-asset-id]')!.getAttribute('data-asset-id')!),
        type: response.headers.get('content-type'),
        bytes: Array.from(new Uint8Array(await response.arrayBuffer())),
      };
    });
    expect(served.src).toBe(`/__lede/asset/${sha256(png)}`);
    expect(served.built).toBe(served.src);
    expect(served.type).toBe('image/png');
    expect(sha256(Uint8Array.from(served.bytes))).toBe(sha256(png));
  });

  it('stores the same photo once, however often it is inserted', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await newArticle(page, 'Twice');
    const gif = makeGif(9, 7);
    await insertFile(page, 'a.gif', 'image/gif', gif);
    await expect.poll(() => page.locator('.figure-view').count()).toBe(1);
    await insertFile(page, 'same-bytes-other-name.gif', 'image/gif', gif);
    await expect.poll(() => page.locator('.figure-view').count()).toBe(2);
    await saveStatus(page, 'Saved');
    expect(readAssets(dataDir)).toHaveLength(1);
  });

  it('records width and height of JPEG and WebP files from Chromium’s own encoders', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await newArticle(page, 'Encoded');
    const encoded = await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 123;
      canvas.height = 45;
      const context = canvas.getContext('2d', { alpha: false })!;
      context.fillStyle = '#c33';
      context.fillRect(0, 0, 123, 45);
      context.fillStyle = '#39c';
      context.fillRect(20, 10, 60, 20);
      const encode = (type: string) =>
        new Promise<number[]>((resolve) =>
          canvas.toBlob(async (blob) => resolve(Array.from(new Uint8Array(await blob!.arrayBuffer()))), type, 0.8),
        );
      return { jpeg: await encode('image/jpeg'), webp: await encode('image/webp') };
    });
    const jpeg = Uint8Array.from(encoded.jpeg);
    const webp = Uint8Array.from(encoded.webp);
    expect(Buffer.from(webp).includes('VP8 ')).toBe(true); // lossy, unlike the test images
    await insertFile(page, 'canvas.jpg', 'image/jpeg', jpeg);
    await expect.poll(() => page.locator('.figure-view').count()).toBe(1);
    await insertFile(page, 'canvas.webp', 'image/webp', webp);
    await expect.poll(() => page.locator('.figure-view').count()).toBe(2);
    const assets = readAssets(dataDir).map(({ type, width, height }) => ({ type, width, height }));
    expect(assets).toEqual([
      { type: 'image/jpeg', width: 123, height: 45 },
      { type: 'image/webp', width: 123, height: 45 },
    ]);
  });

  it('inserts an image file pasted from the clipboard', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await newArticle(page, 'Pasted photo');
    const webp = makeWebp(20, 10);
    await page.locator('.body-editor').evaluate((editor, bytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'image.webp', { type: 'image/webp' }));
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, Array.from(webp));
    await expect.poll(() => page.locator('.figure-view').count()).toBe(1);
    expect(readAssets(dataDir)[0]).toMatchObject({ type: 'image/webp', width: 20, height: 10 });
  });

  it('inserts an image file dropped on the body, where it was dropped', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await newArticle(page, 'Dropped photo');
    await page.keyboard.type('First paragraph.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Second paragraph.');
    await saveStatus(page, 'Saved');
    const jpeg = makeJpeg(24, 16);
    const target = page.locator('.body-editor p').nth(1);
    const box = (await target.boundingBox())!;
    await page.locator('.body-editor').evaluate(
      (editor, { bytes, x, y }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], 'drop.jpg', { type: 'image/jpeg' }));
        const init = { dataTransfer: transfer, bubbles: true, cancelable: true, clientX: x, clientY: y };
        editor.dispatchEvent(new DragEvent('dragover', init));
        editor.dispatchEvent(new DragEvent('drop', init));
      },
      { bytes: Array.from(jpeg), x: box.x + 2, y: box.y + 2 },
    );
    await expect.poll(() => page.locator('.figure-view').count()).toBe(1);
    await saveStatus(page, 'Saved');
    const types = (storedBody(dataDir).content as { type: string }[]).map((node) => node.type);
    expect(types.slice(0, 3)).toEqual(['paragraph', 'figure', 'paragraph']);
    expect(readAssets(dataDir)).toHaveLength(1);
  });
});

describe('images that are refused', () => {
  it('refuses a file that is not an image, whatever its name, with a message, and changes nothing', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await newArticle(page, 'Unchanged');
    await page.keyboard.type('Body text.');
    await saveStatus(page, 'Saved');
    const before = readArticles(dataDir);

    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    await insertFile(page, 'photo.png', 'image/png', svg);
    await expect
      .poll(() => notice(page).textContent())
      .toContain(
        '“photo.png” is not a JPEG, PNG, WebP, GIF or AVIF image (Lede checks the contents, not the name). Nothing was inserted.',
      );
    await expect(notice(page).getAttribute('role')).resolves.toBe('alert');
    const bmp = Uint8Array.from([0x42, 0x4d, 0x3a, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 0x28, 0, 0, 0]);
    await insertFile(page, 'scan.bmp', 'image/bmp', bmp);
    await expect
      .poll(() => notice(page).textContent())
      .toContain('“scan.bmp” is not a JPEG, PNG, WebP, GIF or AVIF image');

    await expect(page.locator('.figure-view').count()).resolves.toBe(0);
    await expect(page.getByTestId('save-status').textContent()).resolves.toBe('Saved');
    expect(readArticles(dataDir)).toEqual(before);
    expect(readAssets(dataDir)).toEqual([]);
  });

  it('refuses a file over 25 MB before sending it, with a message, and changes nothing', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await newArticle(page, 'Too big');
    await page.keyboard.type('Body text.');
    await saveStatus(page, 'Saved');
    const before = readArticles(dataDir);

    // Made in the page (copying 25 MB through the test driver is slow) and handed to the
    // file input the way a file dialog does.
    await page.getByLabel('Image file to insert').evaluate(
      (input: HTMLInputElement, { size, head }) => {
        const bytes = new Uint8Array(size);
        bytes.set(head);
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], 'raw-from-camera.jpg', { type: 'image/jpeg' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      { size: assetLimits.maxBytes + 1, head: Array.from(makeJpeg(8, 8)) },
    );
    await expect
      .poll(() => notice(page).textContent())
      .toContain(
        '“raw-from-camera.jpg” is 25 MB; images can be at most 25 MB. Nothing was inserted: make the file smaller and try again.',
      );
    await expect(page.locator('.figure-view').count()).resolves.toBe(0);
    expect(readArticles(dataDir)).toEqual(before);
    expect(readAssets(dataDir)).toEqual([]);
  });

  it('the core refuses the same files when a page sends them anyway', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    const messages = await page.evaluate(async () => {
      const attempt = async (bytes: Uint8Array<ArrayBuffer>) => {
        try {
          await window.lede.assets.add({ bytes });
          return 'stored';
        } catch (error) {
          return (error as Error).message;
        }
      };
      return [
        await attempt(new TextEncoder().encode('<html><script>alert(1)</script></html>')),
        await attempt(new Uint8Array(0)),
      ];
    });
    expect(messages[0]).toMatch(/^\[invalid_input\] This file is not a JPEG, PNG, WebP, GIF or AVIF image/);
    expect(messages[1]).toMatch(/^\[invalid_input\]/);
    expect(readAssets(dataDir)).toEqual([]);
  });
});

describe('the hero image', () => {
  it('is chosen from the body’s figures with its own caption, credit and alt text, and survives a reload', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await newArticle(page, 'Hero from a figure');
    const png = makePng(30, 20);
    await insertFile(page, 'scene.png', 'image/png', png);
    const figure = page.locator('.figure-view');
    await figure.getByLabel('Caption').fill('Body caption');
    await figure.getByLabel('Credit').fill('Photo: AP');

    await page.getByRole('button', { name: 'Use a figure from the article…' }).click();
    await page.getByLabel('Figure to use').selectOption({ label: 'Figure 1: Body caption' });
    await expect(page.getByLabel('Hero caption').inputValue()).resolves.toBe('Body caption');
    await page.getByLabel('Hero caption').fill('Hero caption of its own');
    await page.getByLabel('Hero alt text').fill('A crowd at the harbour');
    await saveStatus(page, 'Saved');

    const stored = JSON.parse(readArticles(dataDir)[0]!.hero!) as unknown;
    expect(stored).toEqual({
      assetId: sha256(png),
      caption: 'Hero caption of its own',
      credit: 'Photo: AP',
      alt: 'A crowd at the harbour',
    });
    // The figure in the body keeps its own words.
    expect(storedBody(dataDir).content).toContainEqual(
      expect.objectContaining({ type: 'figure', attrs: expect.objectContaining({ caption: 'Body caption' }) }),
    );

    await page.reload();
    await page.getByRole('option', { name: /Hero from a figure/ }).click();
    await expect(page.getByLabel('Hero caption').inputValue()).resolves.toBe('Hero caption of its own');
    const heroImage = page.locator('.hero__image');
    await expect.poll(() => heroImage.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(30);

    await page.getByRole('button', { name: 'Remove hero image' }).click();
    await saveStatus(page, 'Saved');
    expect(readArticles(dataDir)[0]!.hero).toBeNull();
  });

  it('is picked from a file, and a file that is no image is refused with the article unchanged', async () => {
    const { page, dataDir } = await openApp(browser, cleanups);
    await newArticle(page, 'Hero from a file');
    await saveStatus(page, 'Saved');
    const before = readArticles(dataDir);
    await page
      .getByLabel('Hero image file')
      .setInputFiles({ name: 'x.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not an image') });
    await expect.poll(() => notice(page).textContent()).toContain('“x.jpg” is not a JPEG');
    expect(readArticles(dataDir)).toEqual(before);

    const avif = makeAvif(1600, 900);
    await page
      .getByLabel('Hero image file')
      .setInputFiles({ name: 'hero.avif', mimeType: 'image/avif', buffer: Buffer.from(avif) });
    await page.getByLabel('Hero credit').fill('Photo: AFP');
    await saveStatus(page, 'Saved');
    expect(JSON.parse(readArticles(dataDir)[0]!.hero!)).toEqual({
      assetId: sha256(avif),
      caption: '',
      credit: 'Photo: AFP',
      alt: '',
    });
    expect(readAssets(dataDir)[0]).toMatchObject({ type: 'image/avif', width: 1600, height: 900 });
  });
});

describe('the test images', () => {
  it('are real: Chromium decodes each at the size the sniffer reads', async () => {
    const page = await browser.newPage();
    cleanups.push(() => page.close());
    const samples = [
      ['image/png', makePng(5, 3), [5, 3]],
      ['image/gif', makeGif(5, 3), [5, 3]],
      ['image/jpeg', makeJpeg(17, 9), [17, 9]],
      ['image/jpeg', makeJpeg(17, 9, 6), [9, 17]],
      ['image/webp', makeWebp(5, 3), [5, 3]],
      ['image/webp', makeWebp(5, 3, true), [5, 3]],
    ] as const;
    for (const [type, bytes, size] of samples) {
      const decoded = await page.evaluate(
        async ({ data, mime }) => {
          const image = new Image();
          image.src = URL.createObjectURL(new Blob([new Uint8Array(data)], { type: mime }));
          await image.decode();
          return [image.naturalWidth, image.naturalHeight];
        },
        { data: Array.from(bytes), mime: type },
      );
      expect(decoded).toEqual(size);
    }
  });
});
