import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import { ArticleFields } from '../../../shared/article';
import { LedeError } from '../../../shared/errors';
import { openStore } from '../store/open-store';
import { createArticleService, type ArticleService } from './articles';
import { slugSql } from './slugs';

let temp: { dir: string; cleanup: () => void };
let db: Database.Database;
let articles: ArticleService;
let clock = 1_700_000_000_000;

beforeEach(() => {
  temp = makeTempDir('lede-slugs-');
  db = openStore({ file: join(temp.dir, 'lede.sqlite') }).db;
  articles = createArticleService(db, () => clock);
});

afterEach(() => {
  if (db.open) db.close();
  temp.cleanup();
});

const rowOf = (id: string): unknown => db.prepare('SELECT * FROM articles WHERE id = ?').get(id);

function caught(action: () => unknown): LedeError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(LedeError);
    return error as LedeError;
  }
  throw new Error('expected a LedeError');
}

describe('slugs', () => {
  it('derives a slug from the headline on create, unique across the store', () => {
    expect(articles.create({ headline: 'Council votes on budget' }).slug).toBe('council-votes-on-budget');
    expect(articles.create({ headline: 'Council votes on budget!' }).slug).toBe('council-votes-on-budget-2');
    expect(articles.create({ headline: 'Council Votes On Budget' }).slug).toBe('council-votes-on-budget-3');
    expect(articles.create({}).slug).toBe('untitled');
    expect(articles.create({}).slug).toBe('untitled-2');
    expect(articles.create({ headline: 'وزیر اعظم کا دورہ' }).slug).toBe('وزیر-اعظم-کا-دورہ');
  });

  it('follows the headline while nobody has edited it, keeping its own slug when the headline comes back', () => {
    const article = articles.create({ headline: 'Flood warning' });
    expect(articles.update(article.id, 1, { headline: 'Flood warning issued' }).slug).toBe('flood-warning-issued');
    // Its own old slug is free for it again, not "-2".
    expect(articles.update(article.id, 2, { headline: 'Flood warning' }).slug).toBe('flood-warning');
    // Unrelated edits leave it alone.
    expect(articles.update(article.id, 3, { standfirst: 'Rivers rising' }).slug).toBe('flood-warning');
  });

  it('stops following the headline once edited, and follows again when cleared', () => {
    const article = articles.create({ headline: 'Flood warning' });
    const edited = articles.update(article.id, 1, { slug: 'floods-2026' });
    expect(edited).toMatchObject({ slug: 'floods-2026', slugEdited: true });
    expect(articles.update(article.id, 2, { headline: 'Flood warning lifted' }).slug).toBe('floods-2026');
    const cleared = articles.update(article.id, 3, { slug: '' });
    expect(cleared).toMatchObject({ slug: 'flood-warning-lifted', slugEdited: false });
  });

  it('refuses a slug another article has with a clear message, and changes nothing', () => {
    articles.create({ headline: 'Budget passes' });
    const other = articles.create({ headline: 'Something else', standfirst: 'Before' });
    const before = rowOf(other.id);
    const error = caught(() => articles.update(other.id, 1, { slug: 'budget-passes', standfirst: 'After' }));
    expect(error.code).toBe('slug_taken');
    expect(error.message).toBe(
      'The slug “budget-passes” is already used by “Budget passes”. Choose another slug, or clear it to derive one from the headline.',
    );
    expect(rowOf(other.id)).toEqual(before);
    expect(caught(() => articles.create({ slug: 'budget-passes' })).code).toBe('slug_taken');
  });

  it('lets an article keep its own slug when saving it again', () => {
    const article = articles.create({ headline: 'Kept' });
    expect(articles.update(article.id, 1, { slug: 'kept' })).toMatchObject({ slug: 'kept', slugEdited: true });
  });

  it('answers whether a slug is free, and whose it is when not', () => {
    const owner = articles.create({ headline: 'Budget passes' });
    expect(articles.slugAvailable('budget-passes')).toEqual({
      slug: 'budget-passes',
      available: false,
      usedBy: { id: owner.id, headline: 'Budget passes' },
    });
    expect(articles.slugAvailable('budget-passes', owner.id)).toEqual({ slug: 'budget-passes', available: true });
    expect(articles.slugAvailable('budget-fails')).toEqual({ slug: 'budget-fails', available: true });
  });

  it('keeps a published article’s slug when its headline changes', () => {
    const article = articles.create({ headline: 'Minister resigns', bylines: ['Desk'] });
    let revision = 1;
    for (const status of ['in_edit', 'ready', 'published'] as const) {
      revision = articles.setStatus(article.id, revision, status).revision;
    }
    clock += 1_000;
    expect(articles.update(article.id, revision, { headline: 'Minister resigns after vote' }).slug).toBe(
      'minister-resigns',
    );
  });

  it('refuses a malformed slug in the contract, before the service sees it', () => {
    const result = ArticleFields.safeParse({ slug: 'Not A Slug' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'a slug is lower-case words joined by hyphens, like council-votes-on-budget',
    );
  });
});

describe('slug lookups', () => {
  it('search the slug index rather than scanning the table', () => {
    const plan = (sql: string, ...params: unknown[]): string =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
        .map((row) => row.detail)
        .join(' | ');
    expect(plan(slugSql.startingWith, { base: 'x' })).toBe(
      'SEARCH articles USING INDEX articles_by_slug (slug>? AND slug<?)',
    );
    expect(plan(slugSql.ownerOf, 'x')).toBe('SEARCH articles USING INDEX articles_by_slug (slug=?)');
    // Run on every open: it must not read the whole table once the slugs are filled in.
    expect(plan(slugSql.withoutSlug)).toBe('SCAN articles USING INDEX articles_without_slug');
  });

  it('treat only "base" and "base-…" as taken, not longer words that start the same', () => {
    articles.create({ headline: 'Budget' });
    articles.create({ headline: 'Budgets rise' });
    articles.create({ headline: 'Budget 2' });
    expect(articles.create({ headline: 'Budget' }).slug).toBe('budget-3');
  });
});
