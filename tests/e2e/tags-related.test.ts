import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { launchChromium } from './support/browser';
import { startTestServer } from './support/test-server';

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

/** The app on a fresh store holding `stories` (created through the real core, oldest first). */
async function openApp(
  stories: { headline: string; standfirst?: string; source?: string }[],
): Promise<{ page: Page; dataDir: string; ids: string[] }> {
  const temp = makeTempDir();
  const server = await startTestServer(temp.dir);
  const ids: string[] = [];
  for (const story of stories) {
    const envelope = await server.core.call('articles.create', story);
    if (!envelope.ok) throw new Error(envelope.error.message);
    ids.push((envelope.value as { id: string }).id);
  }
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
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
  return { page, dataDir: temp.dir, ids };
}

function query<T>(dataDir: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(dataDir, 'lede.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

async function open(page: Page, headline: string): Promise<void> {
  await page
    .getByRole('option', { name: new RegExp(headline) })
    .first()
    .click();
  await page.getByLabel('Headline').waitFor();
  await expect.poll(() => page.getByLabel('Headline').inputValue()).toBe(headline);
}

const saved = (page: Page): Promise<unknown> =>
  page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.textContent === 'Saved', null, {
    timeout: 10_000,
  });

describe('tags in the real renderer', () => {
  it('finds tags as you type, creates one inline with the keyboard, and offers it next time', async () => {
    const { page, dataDir, ids } = await openApp([
      { headline: 'Ceasefire talks resume in Istanbul' },
      { headline: 'Delegations arrive for the talks' },
    ]);
    await open(page, 'Ceasefire talks resume in Istanbul');
    const box = page.getByRole('combobox', { name: 'Add a tag' });
    await box.focus();
    await page.keyboard.type('Istanbul talks');
    const options = page.getByRole('listbox', { name: 'Add a tag: suggestions' }).getByRole('option');
    await expect
      .poll(() => options.allTextContents())
      .toEqual([
        'Create “Istanbul talks”as topic',
        'Create “Istanbul talks”as person',
        'Create “Istanbul talks”as organisation',
        'Create “Istanbul talks”as place',
        'Create “Istanbul talks”as event',
      ]);
    // Keyboard only: down to "as event", Enter.
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBe('field-tags-options-option-4');
    await page.keyboard.press('Enter');
    const chips = page.getByRole('list', { name: 'Tags on this article' }).getByRole('listitem');
    await expect.poll(() => chips.allTextContents()).toEqual(['Istanbul talks Event×']);
    await expect(box.inputValue()).resolves.toBe('');
    await saved(page);
    expect(query(dataDir, 'SELECT kind, name FROM tags')).toEqual([{ kind: 'event', name: 'Istanbul talks' }]);
    expect(query(dataDir, 'SELECT article_id FROM article_tags')).toEqual([{ article_id: ids[0] }]);
    writeFileSync(join(screenshots, 'tags.png'), await page.screenshot());

    // On the other story, a fuzzy query finds it, with its kind and count; Enter takes it.
    await open(page, 'Delegations arrive for the talks');
    await box.focus();
    await page.keyboard.type('istlk');
    // The match comes first; creating "istlk" stays on offer below it.
    await expect.poll(async () => (await options.allTextContents())[0]).toBe('Istanbul talksEvent1 article');
    await expect(options.count()).resolves.toBe(6);
    await page.keyboard.press('Enter');
    await expect.poll(() => chips.allTextContents()).toEqual(['Istanbul talks Event×']);
    await saved(page);
    expect(query(dataDir, 'SELECT count(*) AS n FROM tags')).toEqual([{ n: 1 }]);
    expect(query(dataDir, 'SELECT article_id FROM article_tags ORDER BY article_id')).toEqual(
      [...ids].sort().map((id) => ({ article_id: id })),
    );

    // Backspace in the empty box removes the last tag; the store follows.
    await box.focus();
    await page.keyboard.press('Backspace');
    await expect.poll(() => chips.count()).toBe(0);
    await saved(page);
    expect(query(dataDir, 'SELECT article_id FROM article_tags')).toEqual([{ article_id: ids[0] }]);
  });

  it('merges tags in the tag manager after saying how many articles it touches, and filters the library', async () => {
    const { page, dataDir } = await openApp([
      { headline: 'Story one' },
      { headline: 'Story two' },
      { headline: 'Story three' },
    ]);
    const [kiev, kyiv] = await page.evaluate(async () => [
      await window.lede.tags.create({ kind: 'place', name: 'Kiev' }),
      await window.lede.tags.create({ kind: 'place', name: 'Kyiv' }),
    ]);
    await page.evaluate(
      async ({ kiev, kyiv }) => {
        const list = await window.lede.articles.list({});
        const byHeadline = (headline: string) => list.find((a) => a.headline === headline)!;
        const tag = async (headline: string, tags: number[]) => {
          const article = byHeadline(headline);
          await window.lede.articles.update({ id: article.id, baseRevision: article.revision, patch: { tags } });
        };
        await tag('Story one', [kiev]);
        await tag('Story two', [kiev, kyiv]);
        await tag('Story three', [kyiv]);
      },
      { kiev: kiev.id, kyiv: kyiv.id },
    );
    await page.getByRole('button', { name: 'Tags', exact: true }).click();
    await page.getByRole('heading', { name: 'Place (2)' }).waitFor();
    await page.getByRole('button', { name: 'Merge Kiev into another tag' }).click();
    await page.getByRole('combobox', { name: 'Merge “Kiev” into' }).fill('kyi');
    await page.getByRole('option', { name: /Kyiv/ }).click();
    await expect(page.getByRole('group', { name: 'Merge tag Kiev' }).textContent()).resolves.toContain(
      'Its 2 articles will carry “Kyiv” instead',
    );
    await page.getByRole('button', { name: 'Merge into “Kyiv”' }).click();
    await expect
      .poll(() => page.getByTestId('tag-notice').textContent())
      .toContain('Merged “Kiev” into “Kyiv”: 2 articles changed.');
    await expect.poll(() => page.locator('.tag-row .tag-row__name').allTextContents()).toEqual(['Kyiv']);
    expect(query(dataDir, 'SELECT count(*) AS n FROM article_tags')).toEqual([{ n: 3 }]);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.tag-row .tag-row__name').allTextContents()).toEqual(['Kiev', 'Kyiv']);

    await page.getByRole('button', { name: 'Delete Kiev' }).click();
    await expect
      .poll(() => page.getByRole('alertdialog', { name: 'Delete tag Kiev' }).textContent())
      .toContain('It is on 2 articles');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Show articles: the 2 articles tagged Kyiv' }).click();
    await expect
      .poll(async () => (await page.locator('.article-list__headline').allTextContents()).sort())
      .toEqual(['Story three', 'Story two']);
    await page.getByRole('status').filter({ hasText: 'Tagged Kyiv (place)' }).waitFor();
    await page.getByRole('button', { name: 'Show all articles' }).click();
    await expect.poll(() => page.locator('.article-list__headline').count()).toBe(3);
  });
});

describe('bad input from the page', () => {
  it('is refused with a sentence that says what is wrong, and the store is unchanged', async () => {
    const { page, dataDir, ids } = await openApp([{ headline: 'A story' }]);
    const dump = () =>
      query(
        dataDir,
        "SELECT 'tags' AS t, count(*) AS n FROM tags UNION ALL SELECT 'links', count(*) FROM article_links",
      );
    const before = dump();
    const messages = await page.evaluate(async (id) => {
      const attempt = async (call: () => Promise<unknown>) => {
        try {
          await call();
          return 'accepted';
        } catch (error) {
          return (error as Error).message;
        }
      };
      return [
        await attempt(() => window.lede.tags.create({ kind: 'place', name: '   ' })),
        await attempt(() => window.lede.tags.create({ kind: 'place', name: 'x'.repeat(201) })),
        await attempt(() => window.lede.related.add({ sourceId: id, targetId: id })),
        await attempt(() =>
          window.lede.related.add({ sourceId: id, targetId: '00000000-0000-4000-8000-000000000000' }),
        ),
        await attempt(() => window.lede.tags.merge({ sourceId: 1, targetId: 1 })),
      ];
    }, ids[0]!);
    expect(messages).toEqual([
      '[invalid_input] tags.create was refused: name: a tag needs a name; it is empty or only spaces.',
      '[invalid_input] tags.create was refused: name: a tag name is at most 200 characters.',
      '[invalid_input] related.add was refused: targetId: an article cannot link to itself; choose another story.',
      '[not_found] There is no story with the id 00000000-0000-4000-8000-000000000000; it may have been deleted. Search for the story again.',
      '[invalid_input] tags.merge was refused: targetId: a tag cannot be merged into itself; choose another tag to merge into.',
    ]);
    expect(dump()).toEqual(before);
  });
});

describe('related links in the real renderer', () => {
  it('links a story through the picker, shows it in the block, and shows the backlink on the other story', async () => {
    const { page, dataDir, ids } = await openApp([
      {
        headline: 'Talks resume in Istanbul',
        standfirst: 'Delegations meet for the first time in months.',
        source: 'Reuters',
      },
      { headline: 'Council budget passes' },
      { headline: 'Ceasefire agreed' },
    ]);
    const [talks, , ceasefire] = ids;
    await open(page, 'Ceasefire agreed');
    await page.getByRole('tab', { name: 'Related' }).click();
    const picker = page.getByRole('combobox', { name: 'Link a story' });
    await picker.focus();
    await page.keyboard.type('istan');
    const found = page.getByRole('listbox', { name: 'Stories found' }).getByRole('option');
    await expect.poll(() => found.count()).toBe(1);
    await expect(found.first().textContent()).resolves.toMatch(/^Talks resume in IstanbulReutersjust now/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    const links = page.getByRole('list', { name: 'Related links, in order' }).getByRole('listitem');
    await expect.poll(() => links.count()).toBe(1);
    expect(query(dataDir, 'SELECT source_id, target_id, relation FROM article_links')).toEqual([
      { source_id: ceasefire, target_id: talks, relation: 'related' },
    ]);
    const block = page.getByRole('complementary', { name: 'Related articles' });
    await expect
      .poll(() => block.locator('li').allTextContents())
      .toEqual(['Talks resume in IstanbulReutersjust nowDelegations meet for the first time in months.']);
    writeFileSync(join(screenshots, 'related.png'), await page.screenshot());

    await open(page, 'Talks resume in Istanbul');
    await page.getByRole('tab', { name: 'Related' }).click();
    const backlinks = page.getByRole('list', { name: 'Stories linking here' }).getByRole('listitem');
    await expect.poll(() => backlinks.allTextContents()).toEqual(['Related toCeasefire agreedjust now']);
    await backlinks.getByRole('button').click();
    await expect.poll(() => page.getByLabel('Headline').inputValue()).toBe('Ceasefire agreed');
  });

  it('reorders links with the keyboard and by dragging', async () => {
    const { page, dataDir, ids } = await openApp([
      { headline: 'First' },
      { headline: 'Second' },
      { headline: 'Main story' },
    ]);
    const [first, second, main] = ids;
    await page.evaluate(
      async ({ main, first, second }) => {
        await window.lede.related.add({ sourceId: main!, targetId: first! });
        await window.lede.related.add({ sourceId: main!, targetId: second! });
      },
      { main, first, second },
    );
    await open(page, 'Main story');
    await page.getByRole('tab', { name: 'Related' }).click();
    const order = () =>
      query<{ target_id: string }>(dataDir, 'SELECT target_id FROM article_links ORDER BY position').map(
        (r) => r.target_id,
      );
    await page.getByRole('button', { name: 'Move “Second” up' }).click();
    await expect.poll(order).toEqual([second, first]);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Moved' }).textContent())
      .toBe('Moved “Second” to position 1 of 2.');
    // Focus stays on the moved item's button, so the keyboard user can keep going.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move “Second” down');
    await page.keyboard.press('Enter');
    await expect.poll(order).toEqual([first, second]);
    await page.getByRole('listitem', { name: '2 of 2: “Second”' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(order).toEqual([second, first]);
    await page
      .getByRole('listitem', { name: '2 of 2: “First”' })
      .dragTo(page.getByRole('listitem', { name: '1 of 2: “Second”' }));
    await expect.poll(order).toEqual([first, second]);
  });
});
