import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../../../tests/support/test-core';
import type { ArticleStatus } from '../../../shared/article';
import type { DocNode } from '../../../shared/doc';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

const paragraphs = (...texts: string[]): DocNode => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});
const story = (headline: string, extra: { standfirst?: string; source?: string; body?: DocNode } = {}) =>
  t.call('articles.create', { headline, ...extra }).id;
const link = (
  sourceId: string,
  targetId: string,
  extra: { relation?: 'background' | 'follow_up_of'; note?: string } = {},
) => t.call('related.add', { sourceId, targetId, ...extra });
const targets = (id: string) => t.call('related.list', { articleId: id }).links.map((l) => l.story.headline);
const move = (id: string, status: ArticleStatus) =>
  t.call('articles.setStatus', { id, baseRevision: t.call('articles.get', { id }).revision, status });
const missing = '00000000-0000-4000-8000-000000000000';

let main: string, talks: string, background: string, other: string;
beforeEach(() => {
  main = story('Ceasefire agreed in Istanbul');
  talks = story('Talks resume in Istanbul', { standfirst: 'Delegations meet for the first time.', source: 'Reuters' });
  background = story('How the war began', {
    source: 'agencies',
    body: paragraphs('It started in February. Troops crossed the border at dawn. Nobody expected it.'),
  });
  other = story('Council budget passes');
});

describe('linking', () => {
  it('adds links in order with relation and note, and shows them on the target as backlinks', () => {
    link(main, talks, { relation: 'follow_up_of', note: '  the day before  ' });
    const result = link(main, background, { relation: 'background' });
    expect(result.links.map((l) => [l.story.headline, l.relation, l.note, l.position])).toEqual([
      ['Talks resume in Istanbul', 'follow_up_of', 'the day before', 0],
      ['How the war began', 'background', '', 1],
    ]);
    expect(result.links[0]!.story).toMatchObject({
      id: talks,
      source: 'Reuters',
      status: 'draft',
      excerpt: 'Delegations meet for the first time.',
    });
    expect(result.links[1]!.story.excerpt).toBe(
      'It started in February. Troops crossed the border at dawn. Nobody expected it.',
    );
    expect(t.call('related.list', { articleId: talks }).backlinks).toEqual([
      expect.objectContaining({
        relation: 'follow_up_of',
        note: 'the day before',
        story: expect.objectContaining({ id: main }),
      }),
    ]);
    expect(t.call('related.list', { articleId: other })).toEqual({ links: [], backlinks: [] });
  });

  it('keeps a link when the target gets a new headline, since it points by id', () => {
    link(main, talks);
    t.call('articles.update', { id: talks, baseRevision: 1, patch: { headline: 'Talks resume, with hope' } });
    expect(targets(main)).toEqual(['Talks resume, with hope']);
  });

  it('changes relation and note, removes, and reorders', () => {
    link(main, talks);
    link(main, background);
    link(main, other);
    t.call('related.update', { sourceId: main, targetId: talks, relation: 'correction_of', note: 'fixes the date' });
    expect(t.call('related.list', { articleId: main }).links[0]).toMatchObject({
      relation: 'correction_of',
      note: 'fixes the date',
    });
    expect(
      t.call('related.reorder', { sourceId: main, targetIds: [other, talks, background] }).links.map((l) => l.story.id),
    ).toEqual([other, talks, background]);
    t.call('related.remove', { sourceId: main, targetId: talks });
    expect(targets(main)).toEqual(['Council budget passes', 'How the war began']);
    // A new link goes to the end of the edited order.
    link(main, talks);
    expect(targets(main)).toEqual(['Council budget passes', 'How the war began', 'Talks resume in Istanbul']);
  });
});

describe('bad input leaves the store as it was', () => {
  beforeEach(() => {
    link(main, talks);
  });

  it.each([
    [
      'a link to the article itself',
      () => ({ sourceId: main, targetId: main }),
      'invalid_input',
      /targetId: an article cannot link to itself/,
    ],
    [
      'a link to a missing id',
      () => ({ sourceId: main, targetId: missing }),
      'not_found',
      /There is no story with the id 00000000-0000-4000-8000-000000000000/,
    ],
    [
      'a duplicate link',
      () => ({ sourceId: main, targetId: talks }),
      'already_exists',
      /“Talks resume in Istanbul” is already linked from this story/,
    ],
    [
      'a link from a missing article',
      () => ({ sourceId: missing, targetId: talks }),
      'not_found',
      /That article no longer exists/,
    ],
    [
      'an id that is not an id',
      () => ({ sourceId: main, targetId: 'talks' }),
      'invalid_input',
      /targetId: the article id must be a UUID/,
    ],
    [
      'an unknown relation',
      () => ({ sourceId: main, targetId: other, relation: 'sequel' }),
      'invalid_input',
      /relation: a relation is one of Related, Follow-up of/,
    ],
    [
      'a note over 500 characters',
      () => ({ sourceId: main, targetId: other, note: 'x'.repeat(501) }),
      'invalid_input',
      /note: a link note is at most 500 characters/,
    ],
  ])('refuses %s with a clear message', (_, input, code, message) => {
    const before = t.dump();
    const error = t.fail('related.add', input());
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(t.dump()).toEqual(before);
  });

  it('refuses a reorder that does not name each link once, a change to a missing link, and a link to a spiked story', () => {
    link(main, background);
    move(other, 'spiked');
    const before = t.dump();
    for (const targetIds of [[talks], [talks, talks], [talks, background, other], [background, other]]) {
      expect(t.fail('related.reorder', { sourceId: main, targetIds }).message).toMatch(
        /must list each linked story exactly once/,
      );
    }
    expect(t.fail('related.update', { sourceId: main, targetId: other, note: 'x' }).code).toBe('not_found');
    expect(t.fail('related.remove', { sourceId: main, targetId: other }).code).toBe('not_found');
    expect(t.fail('related.add', { sourceId: main, targetId: other }).message).toBe(
      '“Council budget passes” is spiked; restore it before linking to it.',
    );
    expect(t.dump()).toEqual(before);
  });
});

describe('link integrity', () => {
  it('keeps a link through spike and restore: shown as spiked, left out of the block, back in place after', () => {
    link(main, talks);
    link(main, background);
    link(main, other);
    const block = () => t.call('related.block', { articleId: main }).map((item) => item.headline);
    expect(block()).toEqual(['Talks resume in Istanbul', 'How the war began', 'Council budget passes']);

    move(background, 'spiked');
    const during = t.call('related.list', { articleId: main }).links;
    expect(during.map((l) => [l.story.headline, l.story.status, l.position])).toEqual([
      ['Talks resume in Istanbul', 'draft', 0],
      ['How the war began', 'spiked', 1],
      ['Council budget passes', 'draft', 2],
    ]);
    expect(block()).toEqual(['Talks resume in Istanbul', 'Council budget passes']);
    // Its own links and backlinks stay too.
    expect(t.call('related.list', { articleId: background }).backlinks.map((b) => b.story.id)).toEqual([main]);

    move(background, 'draft');
    expect(block()).toEqual(['Talks resume in Istanbul', 'How the war began', 'Council budget passes']);
    expect(t.call('related.list', { articleId: main }).links[1]).toMatchObject({ position: 1, relation: 'related' });
  });

  it('keeps links when a version of either article is restored', () => {
    link(main, talks);
    const version = t.call('revisions.create', { articleId: talks, reason: 'manual' });
    t.call('articles.update', { id: talks, baseRevision: 1, patch: { headline: 'Changed' } });
    t.call('revisions.restore', { id: version.id, articleId: talks, baseRevision: 2 });
    expect(targets(main)).toEqual(['Talks resume in Istanbul']);
  });

  it('deletes the links, both ways, with an article, leaving no dangling rows', () => {
    link(main, talks);
    link(talks, background);
    link(other, talks);
    t.call('articles.delete', { id: talks });
    expect(t.raw.prepare('SELECT count(*) FROM article_links').pluck().get()).toBe(0);
    expect(t.raw.pragma('foreign_key_check')).toEqual([]);
    expect(t.call('related.list', { articleId: main }).links).toEqual([]);
  });

  it('refuses rows that would dangle even when written around the service', () => {
    const writer = new Database(t.raw.name);
    writer.pragma('foreign_keys = ON');
    expect(() =>
      writer
        .prepare('INSERT INTO article_links (source_id, target_id, position, created_at) VALUES (?, ?, 0, 0)')
        .run(main, missing),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(() =>
      writer
        .prepare('INSERT INTO article_links (source_id, target_id, position, created_at) VALUES (?, ?, 0, 0)')
        .run(main, main),
    ).toThrow(/CHECK constraint failed/);
    writer.close();
  });
});

describe('the related block', () => {
  it('gives headline, outlet, time and excerpt in the editor’s order, with the relation', () => {
    t.clock.now += 7_200_000;
    link(main, background, { relation: 'background' });
    link(main, talks);
    const created = t.call('articles.get', { id: talks }).createdAt;
    expect(t.call('related.block', { articleId: main })).toEqual([
      {
        id: background,
        relation: 'background',
        headline: 'How the war began',
        outlet: 'agencies',
        time: created,
        excerpt: 'It started in February. Troops crossed the border at dawn. Nobody expected it.',
      },
      {
        id: talks,
        relation: 'related',
        headline: 'Talks resume in Istanbul',
        outlet: 'Reuters',
        time: created,
        excerpt: 'Delegations meet for the first time.',
      },
    ]);
    expect(t.fail('related.block', { articleId: missing }).code).toBe('not_found');
  });

  it('uses the first publication time once a story is published', () => {
    const published = story('Published story', { standfirst: 'It ran.' });
    t.clock.now += 3_600_000;
    const publishedAt = t.clock.now;
    const body = paragraphs('Text.');
    t.call('articles.update', { id: published, baseRevision: 1, patch: { body, bylines: ['A. Reporter'] } });
    for (const status of ['in_edit', 'ready', 'published'] as const) move(published, status);
    link(main, published);
    expect(t.call('related.block', { articleId: main })[0]!.time).toBe(publishedAt);
  });
});
