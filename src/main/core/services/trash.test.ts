import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  count,
  listIds,
  openLibraryStore,
  story,
  tag,
  type LibraryStore,
} from '../../../../tests/support/library-store';
import { LedeError } from '../../../shared/errors';

let store: LibraryStore;
beforeEach(() => {
  store = openLibraryStore();
});
afterEach(() => store.close());

const revisionOf = (id: string): number => store.articles.get(id).revision;

describe('the trash', () => {
  it('holds the spiked stories, out of the library, and gives them back to the state they left', () => {
    const live = story(store, { headline: 'Live story', text: 'x' });
    const spiked = story(store, { headline: 'Spiked story', text: 'x' });
    store.articles.setStatus(spiked, 1, 'in_edit');
    store.articles.setStatus(spiked, revisionOf(spiked), 'spiked');
    expect(listIds(store, {})).toEqual([live]);
    expect(listIds(store, { view: 'trash' })).toEqual([spiked]);
    expect(count(store, {}).byStatus).toMatchObject({ in_edit: 0, spiked: 1, draft: 1 });
    expect(store.trash.count()).toBe(1);

    const [row] = store.library.page({ view: 'trash', text: '', filters: {}, sort: 'updated' }, 0, 10).rows;
    expect(row).toMatchObject({ id: spiked, status: 'spiked', statusBeforeSpike: 'in_edit' });
    store.articles.setStatus(spiked, row!.revision, row!.statusBeforeSpike!);
    expect(listIds(store, { view: 'trash' })).toEqual([]);
    expect(listIds(store, {}).sort()).toEqual([live, spiked].sort());
    expect(store.articles.get(spiked).status).toBe('in_edit');
  });

  it('empties for good when the count the user confirmed is still right', () => {
    const keep = story(store, { headline: 'Keep', text: 'x' });
    const gone = [story(store, { headline: 'One', text: 'x' }), story(store, { headline: 'Two', text: 'x' })];
    for (const id of gone) {
      tag(store, id, 'Doomed');
      store.revisions.create(id, 'manual');
      store.articles.setStatus(id, revisionOf(id), 'spiked');
    }
    expect(store.trash.empty(2)).toEqual({ deleted: 2 });
    expect(listIds(store, { view: 'trash' })).toEqual([]);
    expect(listIds(store, {})).toEqual([keep]);
    const left = (table: string): unknown => store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect([left('articles'), left('revisions'), left('article_tags')]).toEqual([1, 0, 0]);
  });

  it('refuses, deleting nothing, when the trash changed since the user was asked', () => {
    const id = story(store, { headline: 'Spiked', text: 'x' });
    store.articles.setStatus(id, 1, 'spiked');
    let caught: unknown;
    try {
      store.trash.empty(2);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LedeError);
    expect(caught).toMatchObject({ code: 'conflict', message: expect.stringContaining('now holds 1 story, not 2') });
    expect(listIds(store, { view: 'trash' })).toEqual([id]);
  });

  it('empties an empty trash as nothing', () => {
    story(store, { headline: 'Live', text: 'x' });
    expect(store.trash.empty(0)).toEqual({ deleted: 0 });
    expect(listIds(store, {})).toHaveLength(1);
  });
});
