import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import { articleLimits, type Article } from '../../../shared/article';
import { emptyDoc, type DocNode } from '../../../shared/doc';
import { LedeError } from '../../../shared/errors';
import { openStore } from '../store/open-store';
import { createArticleService, type ArticleService } from './articles';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const missingId = '00000000-0000-4000-8000-000000000000';

let temp: { dir: string; cleanup: () => void };
let file: string;
let db: Database.Database;
let articles: ArticleService;
/** The injected clock: tests move it by hand. */
let clock: number;
const now = (): number => clock;

beforeEach(() => {
  temp = makeTempDir('lede-articles-');
  file = join(temp.dir, 'lede.sqlite');
  clock = 1_700_000_000_000;
  db = openStore({ file, now }).db;
  articles = createArticleService(db, now);
});

afterEach(() => {
  if (db.open) db.close();
  temp.cleanup();
});

const paragraph = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });

/** The stored row, read with plain SQL rather than through the service. */
const rowOf = (id: string): unknown => db.prepare('SELECT * FROM articles WHERE id = ?').get(id);
const allRows = (): unknown[] => db.prepare('SELECT * FROM articles ORDER BY id').all();

function expectLedeError(action: () => unknown, code: LedeError['code']): LedeError {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(LedeError);
  expect((caught as LedeError).code).toBe(code);
  return caught as LedeError;
}

/** A body whose serialised JSON is exactly `bytes` bytes long (ASCII text). */
function bodyOfBytes(bytes: number): DocNode {
  const overhead = JSON.stringify(doc(paragraph(''))).length;
  return doc(paragraph('x'.repeat(bytes - overhead)));
}

describe('create', () => {
  it('fills in defaults: empty fields, an empty document, draft, revision 1, the clock time', () => {
    const created = articles.create({});
    expect(created.id).toMatch(uuidV4);
    expect(created).toEqual({
      id: created.id,
      kicker: '',
      headline: '',
      altHeadlines: { web: '', seo: '', social: '' },
      standfirst: '',
      slug: 'untitled',
      slugEdited: false,
      bylines: [],
      dateline: '',
      section: '',
      source: '',
      language: 'en',
      urgency: 5,
      editorsNote: '',
      embargo: null,
      tags: [],
      body: emptyDoc(),
      bodyText: '',
      hero: null,
      wordCount: 0,
      status: 'draft',
      statusBeforeSpike: null,
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
      firstPublishedAt: null,
      revision: 1,
    } satisfies Article);
    expect(rowOf(created.id)).toEqual({
      id: created.id,
      kicker: '',
      headline: '',
      headline_web: '',
      headline_seo: '',
      headline_social: '',
      standfirst: '',
      slug: 'untitled',
      slug_edited: 0,
      bylines: '[]',
      dateline: '',
      section: '',
      source: '',
      language: 'en',
      urgency: 5,
      editors_note: '',
      embargo_local: null,
      embargo_zone: null,
      embargo_at: null,
      body: JSON.stringify(emptyDoc()),
      body_text: '',
      word_count: 0,
      status: 'draft',
      status_before_spike: null,
      created_at: 1_700_000_000_000,
      updated_at: 1_700_000_000_000,
      first_published_at: null,
      revision: 1,
      hero: null,
    });
  });

  it('stores the given fields and derives the body text and word count from the body', () => {
    const body = doc(
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Flood warning' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Rivers rose ' },
          { type: 'text', text: 'overnight', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' across the valley.' },
        ],
      },
      paragraph('Residents were told to move upstairs.'),
    );
    const created = articles.create({
      headline: 'Valley floods',
      standfirst: 'Hundreds evacuated',
      bylines: ['Sam Lee'],
      body,
    });
    expect(created).toMatchObject({
      headline: 'Valley floods',
      standfirst: 'Hundreds evacuated',
      bylines: ['Sam Lee'],
      slug: 'valley-floods',
      status: 'draft',
      body,
      bodyText: 'Flood warning\nRivers rose overnight across the valley.\nResidents were told to move upstairs.',
      wordCount: 14,
      revision: 1,
    });
    expect(rowOf(created.id)).toMatchObject({
      body: JSON.stringify(body),
      body_text: created.bodyText,
      word_count: 14,
      bylines: '["Sam Lee"]',
      status: 'draft',
    });
  });

  it('gives every article its own id', () => {
    const ids = new Set(Array.from({ length: 20 }, () => articles.create({}).id));
    expect(ids.size).toBe(20);
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(20);
  });

  it('accepts a body of exactly the size limit', () => {
    const body = bodyOfBytes(articleLimits.bodyBytes);
    expect(JSON.stringify(body).length).toBe(articleLimits.bodyBytes);
    const created = articles.create({ body });
    expect(created.wordCount).toBe(1);
    expect(db.prepare('SELECT length(body) FROM articles WHERE id = ?').pluck().get(created.id)).toBe(
      articleLimits.bodyBytes,
    );
  });

  it('refuses a body over 5 MB with too_large and stores nothing', () => {
    articles.create({ headline: 'Already here' });
    const before = allRows();
    const error = expectLedeError(
      () => articles.create({ body: bodyOfBytes(articleLimits.bodyBytes + 1) }),
      'too_large',
    );
    expect(error.message).toMatch(/limit is 5 MB/);
    expect(allRows()).toEqual(before);
  });

  it('measures the limit in UTF-8 bytes, not characters', () => {
    // 2 bytes per "é": under the limit in characters, over it in bytes.
    const chars = Math.ceil(articleLimits.bodyBytes / 2) + 10;
    expect(chars).toBeLessThan(articleLimits.bodyBytes);
    expectLedeError(() => articles.create({ body: doc(paragraph('é'.repeat(chars))) }), 'too_large');
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(0);
  });
});

describe('get', () => {
  it('returns the whole article as created', () => {
    const created = articles.create({ headline: 'One', body: doc(paragraph('Two words')) });
    clock += 5_000;
    expect(articles.get(created.id)).toEqual(created);
  });

  it('throws not_found for an id that was never stored', () => {
    articles.create({});
    const error = expectLedeError(() => articles.get(missingId), 'not_found');
    expect(error.message).toMatch(/no longer exists/);
  });
});

describe('list', () => {
  it('returns summaries (no body) most recently edited first, and pages with a cursor', () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      clock = 1_000 + i * 10;
      ids.push(articles.create({ headline: `Article ${i}` }).id);
    }
    // Two more at the same moment as article 6: the id breaks the tie.
    const twins = [articles.create({ headline: 'Twin A' }).id, articles.create({ headline: 'Twin B' }).id];

    const expected = db.prepare('SELECT id FROM articles ORDER BY updated_at DESC, id DESC').pluck().all() as string[];
    expect(expected).toHaveLength(9);
    expect(expected.slice(-6)).toEqual(ids.slice(0, 6).reverse());
    expect(new Set(expected.slice(0, 3))).toEqual(new Set([ids[6], ...twins]));

    // Pages of 2: the first page ends inside the group of three tied at the same time.
    const first = articles.list(2);
    expect(first).toHaveLength(2);
    expect(first[0]).not.toHaveProperty('body');
    expect(first[0]).not.toHaveProperty('bodyText');
    expect(Object.keys(first[0]!).sort()).toEqual(
      [
        'altHeadlines',
        'bylines',
        'createdAt',
        'dateline',
        'editorsNote',
        'embargo',
        'firstPublishedAt',
        'headline',
        'id',
        'kicker',
        'language',
        'revision',
        'section',
        'slug',
        'slugEdited',
        'source',
        'standfirst',
        'status',
        'statusBeforeSpike',
        'updatedAt',
        'urgency',
        'wordCount',
      ].sort(),
    );

    const seen: string[] = [];
    let page = first;
    let pages = 0;
    while (page.length > 0 && pages < 20) {
      pages++;
      seen.push(...page.map((a) => a.id));
      const last = page[page.length - 1]!;
      page = articles.list(2, { updatedAt: last.updatedAt, id: last.id });
    }
    expect(pages).toBe(5); // 2 + 2 + 2 + 2 + 1
    expect(seen).toEqual(expected);
  });

  it('moves an article to the top when it is edited', () => {
    clock = 1_000;
    const older = articles.create({ headline: 'Older' });
    clock = 2_000;
    const newer = articles.create({ headline: 'Newer' });
    expect(articles.list(10).map((a) => a.id)).toEqual([newer.id, older.id]);
    clock = 3_000;
    articles.update(older.id, 1, { headline: 'Older, edited' });
    const listed = articles.list(10);
    expect(listed.map((a) => a.id)).toEqual([older.id, newer.id]);
    expect(listed[0]).toMatchObject({ headline: 'Older, edited', updatedAt: 3_000, revision: 2 });
  });

  it('returns nothing for an empty store and respects the limit', () => {
    expect(articles.list(50)).toEqual([]);
    for (let i = 0; i < 3; i++) articles.create({});
    expect(articles.list(2)).toHaveLength(2);
    expect(articles.list(1)).toHaveLength(1);
  });
});

describe('update', () => {
  it('with the current base revision: bumps the revision and changes only the patched fields', () => {
    const created = articles.create({
      headline: 'Old headline',
      standfirst: 'Standfirst stays',
      bylines: ['Byline stays'],
      body: doc(paragraph('Body stays as it was')),
    });
    clock += 60_000;
    const summary = articles.update(created.id, 1, { headline: 'New headline' });
    const { body: _body, bodyText: _text, hero: _hero, tags: _tags, ...createdSummary } = created;
    expect(summary).toEqual({
      ...createdSummary,
      headline: 'New headline',
      slug: 'new-headline',
      updatedAt: created.createdAt + 60_000,
      revision: 2,
    });
    expect(articles.get(created.id)).toEqual({
      ...created,
      headline: 'New headline',
      slug: 'new-headline',
      updatedAt: created.createdAt + 60_000,
      revision: 2,
    });
  });

  it('stores every metadata field and reads it back, leaving the others as they were', () => {
    const created = articles.create({ headline: 'Budget vote', bylines: ['A. Reporter'] });
    const patch = {
      kicker: 'Analysis',
      altHeadlines: { web: 'Council passes budget', seo: 'City budget 2026 vote', social: 'It passed 5-4' },
      standfirst: 'A narrow vote.',
      bylines: ['A. Reporter', 'B. Writer'],
      dateline: 'LEEDS',
      section: 'Politics',
      source: 'agencies',
      language: 'en-GB',
      urgency: 2,
      editorsNote: 'Check the figures with the finance desk.',
      embargo: { local: '2026-03-01T09:00', timeZone: 'Europe/London' },
    };
    const summary = articles.update(created.id, 1, patch);
    expect(summary).toMatchObject({
      ...patch,
      embargo: { ...patch.embargo, at: Date.UTC(2026, 2, 1, 9, 0) },
      headline: 'Budget vote',
      revision: 2,
    });
    expect(articles.get(created.id)).toMatchObject({ ...summary, body: created.body });
    // A partial alternative-headline patch changes only that role; null clears the embargo.
    articles.update(created.id, 2, { altHeadlines: { seo: 'Shorter' }, embargo: null });
    expect(articles.get(created.id)).toMatchObject({
      altHeadlines: { web: 'Council passes budget', seo: 'Shorter', social: 'It passed 5-4' },
      embargo: null,
      urgency: 2,
    });
    expect(rowOf(created.id)).toMatchObject({ embargo_local: null, embargo_zone: null, embargo_at: null });
  });

  it('works out the embargo instant in the zone given, across daylight-saving time', () => {
    const created = articles.create({ embargo: { local: '2026-07-01T09:00', timeZone: 'Asia/Karachi' } });
    expect(created.embargo).toEqual({
      local: '2026-07-01T09:00',
      timeZone: 'Asia/Karachi',
      at: Date.UTC(2026, 6, 1, 4, 0),
    });
    articles.update(created.id, 1, { embargo: { local: '2026-07-01T09:00', timeZone: 'Europe/Paris' } });
    expect(articles.get(created.id).embargo?.at).toBe(Date.UTC(2026, 6, 1, 7, 0));
  });

  it('re-derives body text and word count when the body changes', () => {
    const created = articles.create({ body: doc(paragraph('one two')) });
    const body = doc(paragraph('one two three'), { type: 'blockquote', content: [paragraph('four')] });
    const summary = articles.update(created.id, 1, { body });
    expect(summary.wordCount).toBe(4);
    const stored = articles.get(created.id);
    expect(stored.body).toEqual(body);
    expect(stored.bodyText).toBe('one two three\nfour');
    expect(rowOf(created.id)).toMatchObject({
      body: JSON.stringify(body),
      body_text: 'one two three\nfour',
      word_count: 4,
    });
  });

  it('can set a field to the empty string', () => {
    const created = articles.create({ headline: 'Will be cleared', bylines: ['Someone'] });
    articles.update(created.id, 1, { headline: '', bylines: [] });
    expect(articles.get(created.id)).toMatchObject({
      headline: '',
      bylines: [],
      slug: 'untitled',
      revision: 2,
    });
  });

  it('chains revisions: each update is based on the one before', () => {
    const created = articles.create({});
    for (let base = 1; base <= 5; base++) {
      clock += 1;
      expect(articles.update(created.id, base, { headline: `v${base + 1}` }).revision).toBe(base + 1);
    }
    expect(articles.get(created.id)).toMatchObject({ headline: 'v6', revision: 6 });
  });

  it('never moves updatedAt backwards when the clock does', () => {
    const created = articles.create({});
    clock -= 10_000;
    const summary = articles.update(created.id, 1, { headline: 'later edit, earlier clock' });
    expect(summary.updatedAt).toBe(created.updatedAt);
    expect(summary.revision).toBe(2);
  });

  it('refuses a stale base revision with conflict and leaves the row exactly as it was', () => {
    const created = articles.create({ headline: 'First' });
    articles.update(created.id, 1, { headline: 'Second' });
    const before = rowOf(created.id);
    clock += 1_000;
    const error = expectLedeError(
      () => articles.update(created.id, 1, { headline: 'Stale overwrite', body: doc(paragraph('stale')) }),
      'conflict',
    );
    expect(error.message).toContain('revision 2');
    expect(error.message).toContain('based on 1');
    expect(rowOf(created.id)).toEqual(before);
    expect(articles.get(created.id).headline).toBe('Second');
  });

  it('refuses a base revision from the future with conflict', () => {
    const created = articles.create({});
    const before = rowOf(created.id);
    expectLedeError(() => articles.update(created.id, 7, { headline: 'x' }), 'conflict');
    expect(rowOf(created.id)).toEqual(before);
  });

  it('throws not_found for a missing id and writes nothing', () => {
    articles.create({});
    const before = allRows();
    expectLedeError(() => articles.update(missingId, 1, { headline: 'ghost' }), 'not_found');
    expect(allRows()).toEqual(before);
  });

  it('refuses a body over 5 MB with too_large and changes nothing', () => {
    const created = articles.create({ headline: 'Small', body: doc(paragraph('small body')) });
    const before = rowOf(created.id);
    clock += 1_000;
    expectLedeError(
      () => articles.update(created.id, 1, { headline: 'Big', body: bodyOfBytes(articleLimits.bodyBytes + 1) }),
      'too_large',
    );
    expect(rowOf(created.id)).toEqual(before);
    // The revision did not move, so the same base still works.
    expect(articles.update(created.id, 1, { headline: 'Fine' }).revision).toBe(2);
  });
});

describe('remove', () => {
  it('deletes the article for good and leaves the others', () => {
    const keep = articles.create({ headline: 'Keep' });
    const gone = articles.create({ headline: 'Gone' });
    expect(articles.remove(gone.id)).toEqual({ id: gone.id });
    expect(rowOf(gone.id)).toBeUndefined();
    expectLedeError(() => articles.get(gone.id), 'not_found');
    expect(articles.list(10).map((a) => a.id)).toEqual([keep.id]);
    expect(articles.get(keep.id)).toEqual(keep);
  });

  it('throws not_found when there is nothing to delete', () => {
    const created = articles.create({});
    articles.remove(created.id);
    expectLedeError(() => articles.remove(created.id), 'not_found');
    expectLedeError(() => articles.remove(missingId), 'not_found');
  });

  it('makes a later update of the deleted article not_found rather than conflict', () => {
    const created = articles.create({});
    articles.remove(created.id);
    expectLedeError(() => articles.update(created.id, 1, { headline: 'too late' }), 'not_found');
  });
});

describe('on disk', () => {
  it('reads the same articles back after the store is closed and opened again', () => {
    const rich = articles.create({
      headline: 'Unicode “quotes” — and emoji 📰',
      standfirst: 'Line one\nLine two',
      bylines: ['Zoë Ångström'],
      body: doc(
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Título' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'A link', marks: [{ type: 'link', attrs: { href: 'https://example.com/a?b=c' } }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'after\u00a0a break' },
          ],
        },
      ),
    });
    clock += 10;
    articles.update(rich.id, 1, { language: 'ur', urgency: 1 });
    clock += 10;
    const plain = articles.create({ headline: 'Plain' });
    const richBefore = articles.get(rich.id);
    const plainBefore = articles.get(plain.id);
    const listBefore = articles.list(10);

    db.close();
    db = openStore({ file, now }).db;
    const reopened = createArticleService(db, now);

    expect(reopened.get(rich.id)).toEqual(richBefore);
    expect(reopened.get(plain.id)).toEqual(plainBefore);
    expect(reopened.list(10)).toEqual(listBefore);
    expect(richBefore).toMatchObject({
      language: 'ur',
      urgency: 1,
      revision: 2,
      bodyText: 'Título\nA link\nafter\u00a0a break',
      wordCount: 6,
    });
  });
});
