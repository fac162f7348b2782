import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../../../tests/support/test-core';
import type { Tag } from '../../../shared/tag';

let t: TestCore;
/** Every call of the hook the search index will use, in order. */
let changed: string[][];
beforeEach(() => {
  changed = [];
  t = openTestCore({ onArticleTagsChanged: (ids) => changed.push([...ids].sort()) });
});
afterEach(() => t.close());

const tag = (kind: Tag['kind'], name: string, externalIds: string[] = []) =>
  t.call('tags.create', { kind, name, externalIds });
const article = (headline: string, tags: Tag[]) => t.call('articles.create', { headline, tags: tags.map((x) => x.id) });
const tagNames = (id: string) => t.call('articles.get', { id }).tags.map((x) => x.name);
const count = (id: number) => t.call('tags.get', { id }).articleCount;
const rowsFor = (tagId: number) =>
  t.raw.prepare('SELECT article_id FROM article_tags WHERE tag_id = ? ORDER BY article_id').pluck().all(tagId);

describe('renaming a tag', () => {
  it('changes the name every article shows, keeps counts and article tags, and tells the index', () => {
    const kiev = tag('place', 'Kiev');
    const talks = tag('event', 'Talks');
    const a = article('A', [kiev, talks]);
    const b = article('B', [kiev]);
    changed.length = 0;
    const renamed = t.call('tags.update', { id: kiev.id, name: 'Kyiv' });
    expect(renamed).toMatchObject({ id: kiev.id, name: 'Kyiv', kind: 'place', articleCount: 2 });
    expect(tagNames(a.id)).toEqual(['Kyiv', 'Talks']);
    expect(tagNames(b.id)).toEqual(['Kyiv']);
    expect(count(talks.id)).toBe(1);
    expect(t.raw.prepare('SELECT name_key FROM tags WHERE id = ?').pluck().get(kiev.id)).toBe('kyiv');
    expect(changed).toEqual([[a.id, b.id].sort()]);
  });

  it('allows a change of case or accents only, and refuses a name the kind has, changing nothing', () => {
    const kyiv = tag('place', 'kyiv');
    tag('place', 'Lviv');
    expect(t.call('tags.update', { id: kyiv.id, name: 'Kyïv' }).name).toBe('Kyïv');
    const before = t.dump();
    const error = t.fail('tags.update', { id: kyiv.id, name: 'LVIV' });
    expect(error).toEqual({
      code: 'already_exists',
      message: 'There is already a tag Lviv (place). Merge the two instead; nothing was changed.',
    });
    expect(t.fail('tags.update', { id: kyiv.id, name: '   ' }).code).toBe('invalid_input');
    expect(t.fail('tags.update', { id: 9_999, name: 'Odesa' }).code).toBe('not_found');
    expect(t.dump()).toEqual(before);
  });

  it('keeps external ids for export and lets them be edited', () => {
    const iptc = 'http://cv.iptc.org/newscodes/mediatopic/11000000';
    const politics = tag('topic', 'Politics', [iptc]);
    const updated = t.call('tags.update', {
      id: politics.id,
      externalIds: [iptc, 'https://www.wikidata.org/wiki/Q7163'],
    });
    expect(updated.externalIds).toEqual([iptc, 'https://www.wikidata.org/wiki/Q7163']);
    expect(article('A', [politics]).tags[0]!.externalIds).toHaveLength(2);
  });
});

describe('merging tags', () => {
  let kiev: Tag, kyiv: Tag, talks: Tag;
  let onlyKiev: string, both: string, onlyKyiv: string, neither: string;
  beforeEach(() => {
    kiev = tag('place', 'Kiev', ['https://www.wikidata.org/wiki/Q1899']);
    kyiv = tag('place', 'Kyiv');
    talks = tag('event', 'Talks');
    onlyKiev = article('Only Kiev', [talks, kiev]).id;
    both = article('Both', [kiev, talks, kyiv]).id;
    onlyKyiv = article('Only Kyiv', [kyiv]).id;
    neither = article('Neither', [talks]).id;
    changed.length = 0;
  });

  it('re-points every article, never duplicates a row, deletes the source and gets the counts right', () => {
    t.clock.now += 60_000;
    const result = t.call('tags.merge', { sourceId: kiev.id, targetId: kyiv.id });
    expect(result.articles).toBe(2);
    expect(result.target).toMatchObject({ id: kyiv.id, name: 'Kyiv', articleCount: 3 });
    // The source's external ids are kept on the target, for export.
    expect(result.target.externalIds).toEqual(['https://www.wikidata.org/wiki/Q1899']);
    expect(t.fail('tags.get', { id: kiev.id }).code).toBe('not_found');
    expect(rowsFor(kyiv.id)).toEqual([onlyKiev, both, onlyKyiv].sort());
    expect(t.raw.prepare('SELECT count(*) FROM article_tags WHERE article_id = ?').pluck().get(both)).toBe(2);
    // The merged tag takes the source's place in the order; an article with both keeps its own.
    expect(tagNames(onlyKiev)).toEqual(['Talks', 'Kyiv']);
    expect(tagNames(both)).toEqual(['Talks', 'Kyiv']);
    expect(tagNames(onlyKyiv)).toEqual(['Kyiv']);
    expect(tagNames(neither)).toEqual(['Talks']);
    expect(count(talks.id)).toBe(3);
    expect(changed).toEqual([[onlyKiev, both].sort()]);
  });

  it('gives each changed article a new revision, without moving it in the library', () => {
    const before = t.call('articles.get', { id: both });
    t.clock.now += 60_000;
    t.call('tags.merge', { sourceId: kiev.id, targetId: kyiv.id });
    const after = t.call('articles.get', { id: both });
    expect(after.revision).toBe(before.revision + 1);
    expect(after.updatedAt).toBe(before.updatedAt);
    expect(t.call('articles.get', { id: onlyKyiv }).revision).toBe(1);
    // A window still on the old revision gets a conflict rather than overwriting the merge.
    expect(t.fail('articles.update', { id: both, baseRevision: before.revision, patch: { headline: 'x' } }).code).toBe(
      'conflict',
    );
  });

  it('is undone through the article history: restoring the version before brings the tag back', () => {
    const result = t.call('tags.merge', { sourceId: kiev.id, targetId: kyiv.id });
    const versions = result.versions.map((id) => t.call('revisions.get', { id }));
    expect(versions.map((v) => v.articleId).sort()).toEqual([onlyKiev, both].sort());
    expect(versions.every((v) => v.note === 'Before merging tag “Kiev” into “Kyiv”')).toBe(true);
    const version = versions.find((v) => v.articleId === both)!;
    expect(version.snapshot.tags!.map((x) => x.name)).toEqual(['Kiev', 'Talks', 'Kyiv']);

    const current = t.call('articles.get', { id: both });
    t.call('revisions.restore', { id: version.id, articleId: both, baseRevision: current.revision });
    expect(tagNames(both)).toEqual(['Kiev', 'Talks', 'Kyiv']);
    const again = t.call('articles.get', { id: both }).tags[0]!;
    expect(again).toMatchObject({ kind: 'place', name: 'Kiev', externalIds: ['https://www.wikidata.org/wiki/Q1899'] });
    expect(count(again.id)).toBe(1);
  });

  it('is undone in one step by putting back the versions’ tags, which makes the source tag once', () => {
    const result = t.call('tags.merge', { sourceId: kiev.id, targetId: kyiv.id });
    t.call('articles.update', {
      id: onlyKiev,
      baseRevision: t.call('articles.get', { id: onlyKiev }).revision,
      patch: { headline: 'Edited after the merge' },
    });
    changed.length = 0;
    expect(t.call('tags.putBack', { revisionIds: result.versions })).toEqual({ articles: 2 });
    expect(tagNames(onlyKiev)).toEqual(['Talks', 'Kiev']);
    expect(tagNames(both)).toEqual(['Kiev', 'Talks', 'Kyiv']);
    // Only the tags went back: the edit made since stays.
    expect(t.call('articles.get', { id: onlyKiev }).headline).toBe('Edited after the merge');
    const kievAgain = t.call('tags.search', { query: 'kiev' });
    expect(kievAgain).toHaveLength(1);
    expect(kievAgain[0]!.articleCount).toBe(2);
    expect(count(kyiv.id)).toBe(2);
    expect(changed.flat().sort()).toEqual([onlyKiev, both].sort());
  });

  it('refuses a merge into itself or with a missing tag, changing nothing', () => {
    const before = t.dump();
    expect(t.fail('tags.merge', { sourceId: kyiv.id, targetId: kyiv.id })).toEqual({
      code: 'invalid_input',
      message:
        'tags.merge was refused: targetId: a tag cannot be merged into itself; choose another tag to merge into.',
    });
    expect(t.fail('tags.merge', { sourceId: kyiv.id, targetId: 9_999 }).code).toBe('not_found');
    expect(t.fail('tags.merge', { sourceId: 9_999, targetId: kyiv.id }).code).toBe('not_found');
    expect(t.dump()).toEqual(before);
    expect(changed).toEqual([]);
  });
});

describe('deleting a tag', () => {
  it('says how many articles it touches, removes it from them, keeps a version of each, and can be put back', () => {
    const budget = tag('topic', 'Budget');
    const council = tag('organisation', 'City council');
    const a = article('A', [budget, council]);
    const b = article('B', [budget]);
    article('C', [council]);
    expect(t.call('tags.get', { id: budget.id }).articleCount).toBe(2);
    changed.length = 0;
    const result = t.call('tags.delete', { id: budget.id });
    expect(result).toMatchObject({ id: budget.id, articles: 2 });
    expect(tagNames(a.id)).toEqual(['City council']);
    expect(tagNames(b.id)).toEqual([]);
    expect(t.raw.prepare('SELECT count(*) FROM article_tags WHERE tag_id = ?').pluck().get(budget.id)).toBe(0);
    expect(changed).toEqual([[a.id, b.id].sort()]);
    t.call('tags.putBack', { revisionIds: result.versions });
    expect(tagNames(a.id)).toEqual(['Budget', 'City council']);
    expect(tagNames(b.id)).toEqual(['Budget']);
  });

  it('refuses a missing tag', () => {
    expect(t.fail('tags.delete', { id: 12 }).code).toBe('not_found');
  });
});

describe('the tag manager list and the library filter', () => {
  it('lists tags by kind, then name, with counts, and pages the articles of a tag', () => {
    const zurich = tag('place', 'Zürich');
    const ann = tag('person', 'Ann Lee');
    const budget = tag('topic', 'Budget');
    const aachen = tag('place', 'Aachen');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      t.clock.now += 1_000;
      ids.push(article(`Story ${i}`, [budget, zurich]).id);
    }
    expect(t.call('tags.list', {}).map((x) => [x.kind, x.name, x.articleCount])).toEqual([
      ['topic', 'Budget', 3],
      ['person', 'Ann Lee', 0],
      ['place', 'Aachen', 0],
      ['place', 'Zürich', 3],
    ]);
    expect(t.call('tags.list', { kind: 'place' }).map((x) => x.name)).toEqual(['Aachen', 'Zürich']);
    const first = t.call('tags.articles', { tagId: budget.id, limit: 2 });
    expect(first.map((x) => x.headline)).toEqual(['Story 2', 'Story 1']);
    const last = first[first.length - 1]!;
    const rest = t.call('tags.articles', {
      tagId: budget.id,
      limit: 2,
      after: { updatedAt: last.updatedAt, id: last.id },
    });
    expect(rest.map((x) => x.headline)).toEqual(['Story 0']);
    expect(t.call('tags.articles', { tagId: ann.id, limit: 10 })).toEqual([]);
    expect(t.call('tags.articles', { tagId: aachen.id })).toEqual([]);
  });
});
