import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import type { ArticleStatus } from '../../../shared/article';
import type { DocNode } from '../../../shared/doc';
import { LedeError } from '../../../shared/errors';
import { openStore } from '../store/open-store';
import { createArticleService, type ArticleService } from './articles';
import { createSettingsService } from './settings';

let temp: { dir: string; cleanup: () => void };
let db: Database.Database;
let articles: ArticleService;
let clock: number;

beforeEach(() => {
  temp = makeTempDir('lede-workflow-');
  clock = Date.UTC(2026, 2, 1, 12, 0);
  db = openStore({ file: join(temp.dir, 'lede.sqlite') }).db;
  articles = createArticleService(db, () => clock);
});

afterEach(() => {
  if (db.open) db.close();
  temp.cleanup();
});

const body: DocNode = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Five to four.' }] }],
};
const rowOf = (id: string): unknown => db.prepare('SELECT * FROM articles WHERE id = ?').get(id);
const versions = (id: string) =>
  db.prepare('SELECT reason, note, article_revision FROM revisions WHERE article_id = ? ORDER BY id').all(id);

function caught(action: () => unknown): LedeError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(LedeError);
    return error as LedeError;
  }
  throw new Error('expected a LedeError');
}

/** Moves through `steps`, each based on the revision the last returned. */
function walk(id: string, steps: ArticleStatus[], from = 1): number {
  let revision = from;
  for (const status of steps) {
    clock += 1_000;
    revision = articles.setStatus(id, revision, status).revision;
  }
  return revision;
}

describe('setStatus', () => {
  it('runs draft → in edit → ready → published, setting first published once', () => {
    const article = articles.create({ headline: 'Council votes', bylines: ['A. Reporter'], body });
    const publishedAt = clock + 3_000;
    let revision = walk(article.id, ['in_edit', 'ready', 'published']);
    expect(articles.get(article.id)).toMatchObject({ status: 'published', firstPublishedAt: publishedAt, revision: 4 });
    revision = walk(article.id, ['in_edit', 'ready', 'published'], revision);
    expect(articles.get(article.id)).toMatchObject({ status: 'published', firstPublishedAt: publishedAt, revision: 7 });
    expect(versions(article.id).map((v) => (v as { note: string }).note)).toEqual([
      'Draft → In edit',
      'In edit → Ready',
      'Ready → Published',
      'Published → In edit',
      'In edit → Ready',
      'Ready → Published',
    ]);
    expect(revision).toBe(7);
  });

  it('keeps a version on every status change, holding the article as it is after the move', () => {
    const article = articles.create({ headline: 'Versioned', bylines: ['Desk'], body });
    walk(article.id, ['in_edit']);
    expect(versions(article.id)).toEqual([{ reason: 'status', note: 'Draft → In edit', article_revision: 2 }]);
    const snapshot = JSON.parse(
      db.prepare('SELECT snapshot FROM revisions WHERE article_id = ?').pluck().get(article.id) as string,
    ) as { status: string; headline: string; body: DocNode };
    expect(snapshot).toMatchObject({ status: 'in_edit', headline: 'Versioned', body });
  });

  it('refuses a move the workflow does not allow, with words, changing nothing', () => {
    const article = articles.create({ headline: 'Skip ahead', bylines: ['Desk'], body });
    const before = rowOf(article.id);
    const error = caught(() => articles.setStatus(article.id, 1, 'published'));
    expect(error.code).toBe('transition_not_allowed');
    expect(error.message).toBe('An article that is draft cannot move to published; it can move to in edit or spiked.');
    expect(rowOf(article.id)).toEqual(before);
    expect(versions(article.id)).toEqual([]);
  });

  it('spikes from any state and unspikes back to the state before', () => {
    for (const path of [
      [],
      ['in_edit'],
      ['in_edit', 'ready'],
      ['in_edit', 'ready', 'published'],
    ] as ArticleStatus[][]) {
      const article = articles.create({ headline: 'Spike me', bylines: ['Desk'], body });
      let revision = walk(article.id, path);
      const before = path[path.length - 1] ?? 'draft';
      revision = walk(article.id, ['spiked'], revision);
      expect(articles.get(article.id)).toMatchObject({ status: 'spiked', statusBeforeSpike: before });
      const wrong = before === 'draft' ? 'in_edit' : 'draft';
      expect(caught(() => articles.setStatus(article.id, revision, wrong)).code).toBe('transition_not_allowed');
      walk(article.id, [before], revision);
      expect(articles.get(article.id)).toMatchObject({ status: before, statusBeforeSpike: null });
    }
  });

  it('blocks a move to ready without a byline, listing the problem, and changes nothing', () => {
    const article = articles.create({ headline: 'No byline', body });
    const revision = walk(article.id, ['in_edit']);
    const before = rowOf(article.id);
    const error = caught(() => articles.setStatus(article.id, revision, 'ready'));
    expect(error.code).toBe('preflight_failed');
    expect(error.message).toBe('This story cannot move to ready yet: There is no byline.');
    expect(rowOf(article.id)).toEqual(before);
    expect(versions(article.id)).toHaveLength(1);
  });

  it('lists every blocking problem, ignores warnings, and uses the desk limits from settings', () => {
    const article = articles.create({ headline: 'x'.repeat(90), standfirst: 'y'.repeat(400), body });
    const revision = walk(article.id, ['in_edit']);
    createSettingsService(db).update({
      deskLimits: { headline: 80, standfirst: 250, web: 110, seo: 70, social: 100 },
    });
    expect(caught(() => articles.setStatus(article.id, revision, 'ready')).message).toBe(
      'This story cannot move to ready yet: The headline is 90 characters; the desk limit is 80; There is no byline.',
    );
    const fixed = articles.update(article.id, revision, { headline: 'Short', bylines: ['Desk'] });
    // The over-long standfirst is only a warning.
    expect(articles.setStatus(article.id, fixed.revision, 'ready').status).toBe('ready');
  });

  it('checks again on publish, with the clock, so an embargo passing is only a warning', () => {
    const article = articles.create({
      headline: 'Embargoed',
      bylines: ['Desk'],
      body,
      embargo: { local: '2026-03-01T13:00', timeZone: 'UTC' },
    });
    const revision = walk(article.id, ['in_edit', 'ready']);
    clock = Date.UTC(2026, 2, 2);
    expect(articles.setStatus(article.id, revision, 'published').status).toBe('published');
  });

  it('is conflict-checked like every write', () => {
    const article = articles.create({ headline: 'Raced', bylines: ['Desk'], body });
    articles.update(article.id, 1, { standfirst: 'Edited elsewhere' });
    const before = rowOf(article.id);
    expect(caught(() => articles.setStatus(article.id, 1, 'in_edit')).code).toBe('conflict');
    expect(rowOf(article.id)).toEqual(before);
    expect(caught(() => articles.setStatus('00000000-0000-4000-8000-000000000000', 1, 'in_edit')).code).toBe(
      'not_found',
    );
  });
});
