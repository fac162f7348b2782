import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import { makeJpeg } from '../../../../tests/support/test-images';
import { LedeError } from '../../../shared/errors';
import type { HeroImage } from '../../../shared/hero-image';
import { ArticleFields } from '../../../shared/article';
import { openStore } from '../store/open-store';
import { createArticleService, type ArticleService } from './articles';
import { createAssetService } from './assets';

let temp: { dir: string; cleanup: () => void };
let db: Database.Database;
let articles: ArticleService;
let hero: HeroImage;

beforeEach(() => {
  temp = makeTempDir('lede-hero-');
  db = openStore({ file: join(temp.dir, 'lede.sqlite') }).db;
  articles = createArticleService(db);
  const { hash } = createAssetService(db).add(makeJpeg(64, 40));
  hero = {
    assetId: hash,
    caption: 'Rescuers at the scene on Tuesday.',
    credit: 'Photo: REUTERS',
    alt: 'Rescuers in orange',
  };
});

afterEach(() => {
  if (db.open) db.close();
  temp.cleanup();
});

const storedHero = (id: string): unknown => db.prepare('SELECT hero FROM articles WHERE id = ?').pluck().get(id);

describe('the hero image of an article', () => {
  it('starts as none, is set, kept through other edits, changed and cleared', () => {
    const created = articles.create({ headline: 'Quake' });
    expect(created.hero).toBeNull();

    articles.update(created.id, 1, { hero });
    expect(articles.get(created.id).hero).toEqual(hero);
    expect(JSON.parse(storedHero(created.id) as string)).toEqual(hero);

    articles.update(created.id, 2, { headline: 'Quake: rescuers reach village' });
    expect(articles.get(created.id).hero).toEqual(hero);

    articles.update(created.id, 3, { hero: { ...hero, credit: 'Photo: AP' } });
    expect(articles.get(created.id).hero?.credit).toBe('Photo: AP');

    const cleared = articles.update(created.id, 4, { hero: null });
    expect(cleared.revision).toBe(5);
    expect(articles.get(created.id).hero).toBeNull();
    expect(storedHero(created.id)).toBeNull();
  });

  it('can be given when the article is created', () => {
    expect(articles.create({ hero }).hero).toEqual(hero);
  });

  it('is refused, with nothing changed, when its asset is not in the store', () => {
    const created = articles.create({ headline: 'Before' });
    const before = db.prepare('SELECT * FROM articles').all();
    const missing = { ...hero, assetId: '0'.repeat(64) };
    let caught: unknown;
    try {
      articles.update(created.id, 1, { headline: 'After', hero: missing });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LedeError);
    expect((caught as LedeError).code).toBe('invalid_input');
    expect((caught as LedeError).message).toMatch(/hero image is not in the store/);
    expect(db.prepare('SELECT * FROM articles').all()).toEqual(before);
    expect(() => articles.create({ hero: missing })).toThrow(LedeError);
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
  });

  it('is not written when the base revision is stale', () => {
    const created = articles.create({});
    articles.update(created.id, 1, { headline: 'newer' });
    expect(() => articles.update(created.id, 1, { hero })).toThrow(/changed elsewhere/);
    expect(storedHero(created.id)).toBeNull();
  });

  it('is checked by the contract: a sha256 id, strings within their caps, nothing else', () => {
    expect(ArticleFields.safeParse({ hero }).success).toBe(true);
    expect(ArticleFields.safeParse({ hero: null }).success).toBe(true);
    expect(ArticleFields.safeParse({ hero: { ...hero, assetId: 'javascript:alert(1)' } }).success).toBe(false);
    expect(ArticleFields.safeParse({ hero: { ...hero, src: 'https://tracker.example/p.gif' } }).success).toBe(false);
    expect(ArticleFields.safeParse({ hero: { ...hero, credit: 'x'.repeat(301) } }).success).toBe(false);
    const { alt: _alt, ...withoutAlt } = hero;
    expect(ArticleFields.safeParse({ hero: withoutAlt }).success).toBe(false);
  });
});
