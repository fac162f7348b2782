import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../src/main/core/open-core';
import { createBackupService } from '../../src/main/core/services/backups';
import { openStore } from '../../src/main/core/store/open-store';
import type { BackupInfo } from '../../src/shared/backup';
import { fillDisk, mountSkipReason, readOnlyView, smallDisk } from '../support/mounts';
import { makeTempDir } from '../support/temp-dir';
import { launchChromium } from './support/browser';
import { startTestServer, type TestServer } from './support/test-server';

const screenshots = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const noMounts = mountSkipReason();
if (noMounts) {
  console.log(`SKIPPED: the read-only folder and full-disk browser tests did not run: ${noMounts}.`);
}

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

/** Serves the renderer over a store in `dataDir`; errors in the page fail the test. */
async function openPage(dataDir: string): Promise<{ server: TestServer; page: Page }> {
  const server = await startTestServer(dataDir);
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  cleanups.push(
    () => server.close(),
    () => context.close(),
    () => expect(problems).toEqual([]),
  );
  await page.goto(server.url);
  return { server, page };
}

const temp = (): string => {
  const made = makeTempDir('lede-recovery-');
  cleanups.push(made.cleanup);
  return made.dir;
};

const hash = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

function headlines(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT headline FROM articles ORDER BY headline').pluck().all() as string[];
  } finally {
    db.close();
  }
}

/** A store in `dataDir` with the given articles and a daily backup of it. */
async function storeWithBackup(dataDir: string, titles: string[]): Promise<BackupInfo> {
  const core = openCore({ dataDir });
  try {
    for (const headline of titles) {
      const envelope = core.dispatch('articles.create', { headline });
      if (!envelope.ok) throw new Error(envelope.error.message);
    }
  } finally {
    core.close();
  }
  const { db } = openStore({ file: join(dataDir, 'lede.sqlite') });
  try {
    return await createBackupService({ dataDir, now: () => Date.now() - 3 * 3_600_000 }).create(db, 'daily');
  } finally {
    db.close();
  }
}

function saveStatus(page: Page, text: string, timeout = 10_000): Promise<unknown> {
  return page.waitForFunction(
    (expected) => document.querySelector('[data-testid="save-status"]')?.textContent?.startsWith(expected) === true,
    text,
    { timeout },
  );
}

describe('a store with garbage bytes', () => {
  it('opens to the recovery screen, which restores a backup of that folder; the garbage is moved aside, not deleted', async () => {
    const dataDir = temp();
    const backup = await storeWithBackup(dataDir, ['Rescued from the backup']);
    const file = join(dataDir, 'lede.sqlite');
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    const garbage = Buffer.alloc(16_384);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) & 0xff;
    writeFileSync(file, garbage);
    const before = hash(file);

    const { page } = await openPage(dataDir);
    await page.getByRole('heading', { name: 'This file is not a Lede store' }).waitFor();
    await expect(page.locator('.store-problem__file code').textContent()).resolves.toBe(file);
    for (const name of ['Open another store…', 'Quit Lede']) {
      await expect(page.getByRole('button', { name }).isVisible()).resolves.toBe(true);
    }
    const restore = page.getByRole('button', { name: /^Restore the backup from / });
    await restore.waitFor();
    await expect(page.getByRole('row').count()).resolves.toBe(2); // header + one backup
    await expect(page.getByRole('cell', { name: 'Daily' }).isVisible()).resolves.toBe(true);
    mkdirSync(screenshots, { recursive: true });
    writeFileSync(join(screenshots, 'store-recovery.png'), await page.screenshot({ fullPage: true }));
    expect(hash(file)).toBe(before); // showing the screen touched nothing

    await restore.click();
    const dialog = page.getByRole('dialog', { name: /^Restore the backup from/ });
    await dialog.waitFor();
    const words = await dialog.textContent();
    expect(words).toContain(file);
    expect(words).toContain(join(dataDir, 'replaced'));
    expect(words).toContain('Nothing is deleted');
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();

    await page.getByRole('option', { name: /Rescued from the backup/ }).waitFor();
    const replaced = readdirSync(join(dataDir, 'replaced'));
    expect(replaced).toHaveLength(1);
    expect(hash(join(dataDir, 'replaced', replaced[0]!, 'lede.sqlite'))).toBe(before);
    expect(existsSync(join(dataDir, 'backups', backup.name))).toBe(true);
  });
});

describe.skipIf(noMounts !== undefined)('a store in a read-only folder (a read-only bind mount)', () => {
  it('opens to the recovery screen naming the problem, and another store can be opened from there', async () => {
    const source = temp();
    await storeWithBackup(source, ['Locked away']);
    const view = readOnlyView(source);
    cleanups.push(() => view.release());
    const file = join(view.path, 'lede.sqlite');
    const before = hash(file);

    const { page, server } = await openPage(view.path);
    await page.getByRole('heading', { name: 'Lede cannot write to the store' }).waitFor();
    await expect(page.locator('.store-problem__message').textContent()).resolves.toMatch(/read-only file system/i);

    // A backup cannot be restored into a read-only folder: it says so and changes nothing.
    await page.getByRole('button', { name: /^Restore the backup from / }).click();
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await page.getByText(/Lede cannot write to .* so it cannot restore a backup there; nothing changed/).waitFor();

    const elsewhere = temp();
    server.chooseFolder(elsewhere);
    await page.getByRole('button', { name: 'Open another store…' }).click();
    await page.getByRole('heading', { name: 'Write your first article' }).waitFor();
    await page.keyboard.press('Control+n');
    await page.getByLabel('Headline').fill('Written in the other store');
    await saveStatus(page, 'Saved');
    expect(headlines(join(elsewhere, 'lede.sqlite'))).toEqual(['Written in the other store']);
    expect(hash(file)).toBe(before);
  });
});

describe.skipIf(noMounts !== undefined)('saving to a full disk (a small tmpfs)', () => {
  it('fails visibly, keeps the text, retries, and saves once there is space again', async () => {
    const disk = smallDisk(3_072);
    cleanups.push(() => disk.release());
    const { page, server } = await openPage(disk.path);
    await page.getByRole('button', { name: 'New article' }).first().waitFor();
    // Let the daily backup made at start finish before the disk fills.
    await expect
      .poll(async () => {
        const listed = await server.core.call('backups.list', {});
        return listed.ok ? (listed.value as BackupInfo[]).length : -1;
      })
      .toBe(1);

    await page.keyboard.press('Control+n');
    await page.getByLabel('Headline').waitFor();
    await saveStatus(page, '');
    const filler = join(disk.path, 'filler.bin');
    expect(fillDisk(filler)).toBeGreaterThan(0);

    const text = 'Every word of this survives a full disk';
    await page.getByLabel('Headline').fill(text);
    await saveStatus(page, 'Not saved');
    const status = (await page.getByTestId('save-status').textContent()) ?? '';
    expect(status).toContain('The disk is full');
    expect(status).toContain('Retrying');
    await expect(page.getByLabel('Headline').inputValue()).resolves.toBe(text);
    writeFileSync(join(screenshots, 'disk-full.png'), await page.screenshot());

    rmSync(filler);
    await saveStatus(page, 'Saved', 40_000);
    expect(headlines(join(disk.path, 'lede.sqlite'))).toEqual([text]);
  });
});

describe('the Backups screen', () => {
  it('lists the daily backup made at start and restores it after a confirmation', async () => {
    const dataDir = temp();
    const { page, server } = await openPage(dataDir);
    await page.getByRole('button', { name: 'New article' }).first().waitFor();
    await expect
      .poll(async () => {
        const listed = await server.core.call('backups.list', {});
        return listed.ok ? (listed.value as BackupInfo[]).length : -1;
      })
      .toBe(1);

    await page.keyboard.press('Control+n');
    await page.getByLabel('Headline').fill('Written after the backup');
    await saveStatus(page, 'Saved');

    await page.getByRole('button', { name: 'Backups' }).click();
    await page.getByRole('heading', { name: 'Backups', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'Daily' }).waitFor();
    writeFileSync(join(screenshots, 'backups.png'), await page.screenshot());

    await page.getByRole('button', { name: /^Restore the backup from / }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // Escape cancels: nothing happens.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(headlines(join(dataDir, 'lede.sqlite'))).toEqual(['Written after the backup']);

    await page.getByRole('button', { name: /^Restore the backup from / }).click();
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Restored the backup from' });
    await done.waitFor();
    const replacedDir = /moved to (.+)\.$/.exec((await done.textContent()) ?? '')?.[1];
    expect(replacedDir).toBeDefined();
    expect(headlines(join(replacedDir!, 'lede.sqlite'))).toEqual(['Written after the backup']);
    await expect(page.locator('.article-list__headline').count()).resolves.toBe(0);
    expect(headlines(join(dataDir, 'lede.sqlite'))).toEqual([]);
  });
});
