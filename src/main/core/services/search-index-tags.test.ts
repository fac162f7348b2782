import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore } from '../../../../tests/support/test-core';
import { listIds, openLibraryStore, story, type LibraryStore } from '../../../../tests/support/library-store';
import { searchIndexProblems } from './search-index';

let store: LibraryStore;
beforeEach(() => {
  store = openLibraryStore();
});
afterEach(() => store.close());

const found = (text: string): string[] => listIds(store, { text: `${text} `, sort: 'relevance' }).sort();
const revisionOf = (id: string): number => store.articles.get(id).revision;
const expectSound = (): void => expect(searchIndexProblems(store.db)).toEqual([]);
const newTag = (name: string, kind: 'topic' | 'place' = 'topic'): number =>
  store.services.tags.create({ kind, name, externalIds: [] }).id;

// Every way the tag services change what tags a story shows, through the services as the
// core builds them: the search index hears of each through the tag store's hook.
describe('tag changes keep the search index right', () => {
  it('tags given when a story is created, then changed by an update', () => {
    const floods = newTag('Floods');
    const id = store.articles.create({ headline: 'Rain', tags: [floods] }).id;
    expect(found('floods')).toEqual([id]);
    const drought = newTag('Drought');
    store.articles.update(id, revisionOf(id), { tags: [drought] });
    expect(found('floods')).toEqual([]);
    expect(found('drought')).toEqual([id]);
    store.articles.update(id, revisionOf(id), { tags: [] });
    expect(found('drought')).toEqual([]);
    expectSound();
  });

  it('a tag renamed in the tag manager', () => {
    const tagId = newTag('Severn Valley', 'place');
    const id = store.articles.create({ headline: 'Floods', tags: [tagId] }).id;
    store.services.tags.update({ id: tagId, name: 'Wye Valley' });
    expect(found('severn')).toEqual([]);
    expect(found('wye')).toEqual([id]);
    expectSound();
  });

  it('a tag merged into another, and the merge undone', () => {
    const kiev = newTag('Kiev', 'place');
    const kyiv = newTag('Kyiv', 'place');
    const one = store.articles.create({ headline: 'One', tags: [kiev] }).id;
    const two = store.articles.create({ headline: 'Two', tags: [kyiv] }).id;
    const merged = store.services.tags.merge(kiev, kyiv);
    expect(found('kiev')).toEqual([]);
    expect(found('kyiv')).toEqual([one, two].sort());
    store.services.tags.putBack(merged.versions);
    expect(found('kiev')).toEqual([one]);
    expect(found('kyiv')).toEqual([two]);
    expectSound();
  });

  it('a tag deleted', () => {
    const tagId = newTag('Ephemeral');
    const id = store.articles.create({ headline: 'Story', tags: [tagId] }).id;
    expect(found('ephemeral')).toEqual([id]);
    store.services.tags.remove(tagId);
    expect(found('ephemeral')).toEqual([]);
    expectSound();
  });

  it('a version restored brings its tags back into the index', () => {
    const old = newTag('Harbours');
    const id = store.articles.create({ headline: 'Port', tags: [old] }).id;
    const version = store.revisions.create(id, 'manual');
    store.articles.update(id, revisionOf(id), { tags: [] });
    expect(found('harbours')).toEqual([]);
    store.revisions.restore(version.id, id, revisionOf(id));
    expect(found('harbours')).toEqual([id]);
    expectSound();
  });

  it('a story duplicated with its tags and links', () => {
    const tagId = newTag('Strikes');
    const target = story(store, { headline: 'Background piece' });
    const id = store.articles.create({ headline: 'Walkout', tags: [tagId] }).id;
    store.services.related.add({ sourceId: id, targetId: target, relation: 'background', note: 'why' });
    const copy = store.duplicates.duplicate(id);
    expect(found('strikes')).toEqual([id, copy.id].sort());
    expect(store.services.related.of(copy.id).links.map((link) => [link.story.id, link.relation, link.note])).toEqual([
      [target, 'background', 'why'],
    ]);
    expectSound();
  });
});

describe('the core wiring', () => {
  it('re-indexes tag names and still tells a listener passed in the core options', () => {
    const heard: string[][] = [];
    const core = openTestCore({ onArticleTagsChanged: (ids) => heard.push([...ids]) });
    try {
      const tag = core.call('tags.create', { kind: 'topic', name: 'Lighthouses', externalIds: [] });
      const article = core.call('articles.create', { headline: 'Keeper', tags: [tag.id] });
      expect(heard).toEqual([[article.id]]);
      core.call('tags.update', { id: tag.id, name: 'Beacons' });
      const hits = core.call('library.page', { query: { text: 'beacons' }, offset: 0, limit: 10 });
      expect(hits.rows.map((row) => row.id)).toEqual([article.id]);
      expect(heard).toHaveLength(2);
    } finally {
      core.close();
    }
  });
});
