import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import type { DocNode } from '../../../shared/doc';
import { LedeError } from '../../../shared/errors';
import { snapshotOf } from '../../../shared/revision';
import { openStore } from '../store/open-store';
import { createArticleService, type ArticleService } from './articles';
import { createRevisionStore } from './revision-store';
import { createRevisionService, type RevisionService } from './revisions';
import { createSettingsService, type SettingsService } from './settings';
import { createTagStore } from './tag-store';

let temp: { dir: string; cleanup: () => void };
let db: Database.Database;
let articles: ArticleService;
let revisions: RevisionService;
let settings: SettingsService;
let clock: number;
const now = (): number => clock;

beforeEach(() => {
  temp = makeTempDir('lede-revisions-');
  clock = 1_700_000_000_000;
  db = openStore({ file: join(temp.dir, 'lede.sqlite') }).db;
  settings = createSettingsService(db, now);
  const store = createRevisionStore(db, now, () => settings.get().authorName);
  const tags = createTagStore(db, now);
  articles = createArticleService(db, now, { settings, revisions: store, tags });
  revisions = createRevisionService(db, articles, store, tags);
});

afterEach(() => {
  if (db.open) db.close();
  temp.cleanup();
});

const doc = (...paragraphs: string[]): DocNode => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});
const count = (): number => db.prepare('SELECT count(*) FROM revisions').pluck().get() as number;

function caught(action: () => unknown): LedeError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(LedeError);
    return error as LedeError;
  }
  throw new Error('expected a LedeError');
}

describe('keeping versions', () => {
  it('keeps the stored article with time, author (the byline) and reason', () => {
    const article = articles.create({ headline: 'First', bylines: ['Amira Haddad'], body: doc('One two three.') });
    clock += 5_000;
    const kept = revisions.create(article.id, 'autosave');
    expect(kept).toEqual({
      id: kept.id,
      articleId: article.id,
      articleRevision: 1,
      reason: 'autosave',
      note: '',
      restoredFrom: null,
      author: 'Amira Haddad',
      headline: 'First',
      wordCount: 3,
      createdAt: clock,
    });
    expect(revisions.get(kept.id)).toEqual({ ...kept, snapshot: snapshotOf(article) });
  });

  it('names "your name" from settings as the author when it is set', () => {
    settings.update({ authorName: 'Night desk' });
    const article = articles.create({ headline: 'x', bylines: ['Amira Haddad'] });
    expect(revisions.create(article.id, 'manual').author).toBe('Night desk');
  });

  it('writes nothing new when the latest version already holds this revision', () => {
    const article = articles.create({ headline: 'Same' });
    const first = revisions.create(article.id, 'autosave');
    expect(revisions.create(article.id, 'autosave')).toEqual(first);
    expect(count()).toBe(1);
    // Asking by hand marks that version as saved by hand.
    expect(revisions.create(article.id, 'manual')).toEqual({ ...first, reason: 'manual' });
    expect(revisions.get(first.id).reason).toBe('manual');
    expect(count()).toBe(1);
    articles.update(article.id, 1, { headline: 'Changed' });
    expect(revisions.create(article.id, 'autosave').articleRevision).toBe(2);
    expect(count()).toBe(2);
  });

  it('lists versions newest first, and refuses an unknown article or version', () => {
    const article = articles.create({ headline: 'v1' });
    revisions.create(article.id, 'manual');
    articles.update(article.id, 1, { headline: 'v2' });
    revisions.create(article.id, 'autosave');
    expect(revisions.list(article.id, 50).map((r) => [r.headline, r.reason])).toEqual([
      ['v2', 'autosave'],
      ['v1', 'manual'],
    ]);
    expect(revisions.list(article.id, 1)).toHaveLength(1);
    expect(caught(() => revisions.list('00000000-0000-4000-8000-000000000000', 10)).code).toBe('not_found');
    expect(caught(() => revisions.get(999)).code).toBe('not_found');
  });

  it('goes when its article is deleted', () => {
    const article = articles.create({ headline: 'Doomed' });
    revisions.create(article.id, 'manual');
    articles.remove(article.id);
    expect(count()).toBe(0);
  });
});

describe('restore', () => {
  it('puts an old version back as a new revision and keeps the state before, so nothing is lost', () => {
    const article = articles.create({
      headline: 'Original headline',
      standfirst: 'Original standfirst',
      bylines: ['Amira Haddad'],
      body: doc('The original body.'),
    });
    const original = revisions.create(article.id, 'manual');
    clock += 60_000;
    const edited = articles.update(article.id, 1, {
      headline: 'Rewritten headline',
      body: doc('A new body.', 'With two paragraphs.'),
      language: 'ur',
      embargo: { local: '2026-03-01T09:00', timeZone: 'Asia/Karachi' },
    });
    clock += 60_000;
    const restored = revisions.restore(original.id, article.id, edited.revision);
    expect(restored).toMatchObject({
      headline: 'Original headline',
      standfirst: 'Original standfirst',
      body: doc('The original body.'),
      language: 'en',
      embargo: null,
      slug: 'original-headline',
      revision: edited.revision + 1,
    });
    const list = revisions.list(article.id, 10);
    expect(list.map((r) => [r.reason, r.headline, r.note, r.restoredFrom])).toEqual([
      ['restore', 'Original headline', '', original.id],
      ['autosave', 'Rewritten headline', 'Before a restore', null],
      ['manual', 'Original headline', '', null],
    ]);
    // The rewritten state can itself be restored.
    const back = revisions.restore(list[1]!.id, article.id, restored.revision);
    expect(back).toMatchObject({
      headline: 'Rewritten headline',
      language: 'ur',
      body: doc('A new body.', 'With two paragraphs.'),
    });
  });

  it('leaves the status alone', () => {
    const article = articles.create({ headline: 'Status stays', bylines: ['Desk'], body: doc('x') });
    const draft = revisions.create(article.id, 'manual');
    const moved = articles.setStatus(article.id, 1, 'in_edit');
    expect(revisions.restore(draft.id, article.id, moved.revision).status).toBe('in_edit');
  });

  it('is conflict-checked and changes nothing when stale', () => {
    const article = articles.create({ headline: 'v1' });
    const first = revisions.create(article.id, 'manual');
    articles.update(article.id, 1, { headline: 'v2' });
    const before = db.prepare('SELECT * FROM articles').all();
    const versionsBefore = count();
    expect(caught(() => revisions.restore(first.id, article.id, 1)).code).toBe('conflict');
    expect(db.prepare('SELECT * FROM articles').all()).toEqual(before);
    expect(count()).toBe(versionsBefore);
  });

  it('refuses a version of another article', () => {
    const one = articles.create({ headline: 'One' });
    const two = articles.create({ headline: 'Two' });
    const version = revisions.create(one.id, 'manual');
    expect(caught(() => revisions.restore(version.id, two.id, 1)).code).toBe('not_found');
  });

  it('keeps the current slug when the old one has since gone to another article', () => {
    const article = articles.create({ headline: 'Story' });
    articles.update(article.id, 1, { slug: 'the-story' });
    const old = revisions.create(article.id, 'manual');
    articles.update(article.id, 2, { slug: 'renamed-story' });
    articles.create({ slug: 'the-story', headline: 'Another' });
    expect(revisions.restore(old.id, article.id, 3).slug).toBe('renamed-story');
  });
});
