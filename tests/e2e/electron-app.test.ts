import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { makePng } from '../support/test-images';
import { electronBinary, electronSkipReason, projectRoot } from './support/electron-binary';

const skipReason = electronSkipReason();
if (skipReason) console.log(`SKIPPED: the Electron end-to-end test did not run: ${skipReason}.`);

const running: ElectronApplication[] = [];
afterEach(async () => {
  for (const app of running.splice(0)) await app.close().catch(() => undefined);
});

async function launch(dataDir: string): Promise<{ app: ElectronApplication; window: Page }> {
  const app = await electron.launch({
    executablePath: electronBinary()!,
    args: [projectRoot, '--data-dir', dataDir, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
  });
  running.push(app);
  const window = await app.firstWindow();
  await window.getByRole('button', { name: 'New article' }).first().waitFor();
  return { app, window };
}

describe.skipIf(skipReason !== undefined)('the Electron app', () => {
  it('runs with the security defaults', async () => {
    const temp = makeTempDir();
    try {
      const { app, window: page } = await launch(temp.dir);
      // No Node in the page: the preload's objects stay in its isolated world.
      await expect(
        page.evaluate(() => [
          typeof (window as unknown as { require?: unknown }).require,
          typeof (globalThis as { process?: unknown }).process,
        ]),
      ).resolves.toEqual(['undefined', 'undefined']);
      await expect(page.evaluate(() => window.open('https://example.com/') === null)).resolves.toBe(true);
      expect(app.windows()).toHaveLength(1);
      const url = page.url();
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toBe(url);
    } finally {
      temp.cleanup();
    }
  });

  it('saves an article, quits, and finds it again after a restart', async () => {
    const temp = makeTempDir();
    try {
      const first = await launch(temp.dir);
      await first.window.keyboard.press('Control+n');
      await first.window.getByLabel('Headline').fill('Written in the real app');
      await first.window.getByRole('textbox', { name: 'Article body' }).click();
      await first.window.keyboard.type('Every word survives a restart.');
      await first.window.waitForFunction(
        () => document.querySelector('[data-testid="save-status"]')?.textContent === 'Saved',
      );
      await first.app.close();

      const second = await launch(temp.dir);
      await second.window.getByRole('option', { name: /Written in the real app/ }).click();
      await expect(second.window.getByLabel('Headline').inputValue()).resolves.toBe('Written in the real app');
      await expect(second.window.locator('.body-editor p').allTextContents()).resolves.toEqual([
        'Every word survives a restart.',
      ]);
    } finally {
      temp.cleanup();
    }
  });

  it('stores an image sent over IPC as bytes and shows it through the lede-asset: protocol', async () => {
    const temp = makeTempDir();
    try {
      const { window: page } = await launch(temp.dir);
      const shown = await page.evaluate(
        async (data) => {
          const asset = await window.lede.assets.add({ bytes: new Uint8Array(data) });
          const url = window.lede.assets.url(asset.hash);
          const image = new Image();
          image.src = url;
          await image.decode();
          return { url, width: image.naturalWidth, height: image.naturalHeight, recorded: [asset.width, asset.height] };
        },
        Array.from(makePng(12, 7)),
      );
      expect(shown.url).toMatch(/^lede-asset:\/\/asset\/[0-9a-f]{64}$/);
      expect([shown.width, shown.height]).toEqual([12, 7]);
      expect(shown.recorded).toEqual([12, 7]);
    } finally {
      temp.cleanup();
    }
  });
});
