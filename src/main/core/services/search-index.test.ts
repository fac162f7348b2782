import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listIds,
  openLibraryStore,
  paragraphs,
  story,
  tag,
  type LibraryStore,
} from '../../../../tests/support/library-store';
import { bulkLoad, rebuildSearchIndex, reindexArticleTags, searchIndexProblems } from './search-index';

let store: LibraryStore;
beforeEach(() => {
  store = openLibraryStore();
});
afterEach(() => store.close());

const found = (text: string): string[] => listIds(store, { text: `${text} `, sort: 'relevance' }).sort();
const trashFound = (text: string): string[] => listIds(store, { view: 'trash', text: `${text} ` }).sort();
const revisionOf = (id: string): number => store.articles.get(id).revision;
const entry = (id: string): unknown =>
  store.db
    .prepare('SELECT headline, status, section, word_count, revision FROM library_entries WHERE article_id = ?')
    .get(id);

/** The index, the library entries, tag names and bylines all agree with the stories. */
const expectSound = (): void => expect(searchIndexProblems(store.db)).toEqual([]);

describe('every write keeps the index and the list right', () => {
  it('create', () => {
    const id = story(store, {
      headline: 'Lighthouse',
      standfirst: 'Keeper',
      bylines: ['Ines Costa'],
      text: 'Fog horn.',
    });
    expect([found('lighthouse'), found('keeper'), found('costa'), found('fog')]).toEqual([[id], [id], [id], [id]]);
    expectSound();
  });

  it('update of each indexed field, and nothing else is re-indexed', () => {
    const id = story(store, {
      headline: 'Old headline',
      standfirst: 'Old standfirst',
      bylines: ['Old Name'],
      text: 'Old body.',
    });
    store.articles.update(id, 1, { headline: 'Fresh headline' });
    store.articles.update(id, 2, { standfirst: 'Fresh standfirst' });
    store.articles.update(id, 3, { bylines: ['Fresh Name'] });
    store.articles.update(id, 4, { body: paragraphs('Fresh body.') });
    expect(found('old')).toEqual([]);
    expect(found('fresh')).toEqual([id]);
    expect(listIds(store, { filters: { authors: ['Old Name'] } })).toEqual([]);
    expect(listIds(store, { filters: { authors: ['Fresh Name'] } })).toEqual([id]);
    store.articles.update(id, 5, { section: 'Science', language: 'fr' });
    expect(entry(id)).toMatchObject({ headline: 'Fresh headline', section: 'Science', revision: 6 });
    expectSound();
  });

  it('restoring a version', () => {
    const id = story(store, { headline: 'First words', text: 'Original text.' });
    const version = store.revisions.create(id, 'manual');
    store.articles.update(id, revisionOf(id), { headline: 'Second words', body: paragraphs('Rewritten.') });
    expect(found('original')).toEqual([]);
    store.revisions.restore(version.id, id, revisionOf(id));
    expect(found('original')).toEqual([id]);
    expect(found('rewritten')).toEqual([]);
    expect(entry(id)).toMatchObject({ headline: 'First words' });
    expectSound();
  });

  it('spiking and unspiking move the story between the library and the trash', () => {
    const id = story(store, { headline: 'Spike me', text: 'Gone soon.' });
    store.articles.setStatus(id, 1, 'spiked');
    expect(found('spike')).toEqual([]);
    expect(trashFound('spike')).toEqual([id]);
    expect(entry(id)).toMatchObject({ status: 'spiked' });
    store.articles.setStatus(id, revisionOf(id), 'draft');
    expect(found('spike')).toEqual([id]);
    expect(trashFound('spike')).toEqual([]);
    expectSound();
  });

  it('delete', () => {
    const id = story(store, { headline: 'Delete me', bylines: ['Someone'], text: 'Soon deleted.' });
    tag(store, id, 'Temporary');
    store.articles.remove(id);
    expect(found('delete')).toEqual([]);
    expect(store.db.prepare('SELECT count(*) FROM library_entries').pluck().get()).toBe(0);
    expect(store.db.prepare('SELECT count(*) FROM article_bylines').pluck().get()).toBe(0);
    expectSound();
  });

  it('duplicating, with tags', () => {
    const id = story(store, { headline: 'Original piece', text: 'Words.' });
    tag(store, id, 'Harbours');
    const copy = store.duplicates.duplicate(id);
    expect(found('original')).toEqual([id, copy.id].sort());
    expect(found('harbours')).toEqual([id, copy.id].sort());
    expectSound();
  });

  it('emptying the trash', () => {
    const keep = story(store, { headline: 'Keep', text: 'Stays.' });
    const gone = story(store, { headline: 'Gone', text: 'Stays not.' });
    store.articles.setStatus(gone, 1, 'spiked');
    store.trash.empty(1);
    expect(found('stays')).toEqual([keep]);
    expectSound();
  });
});

describe('tag names', () => {
  it('are searchable once re-indexed, and follow a rename and a removal', () => {
    const id = story(store, { headline: 'Floods', text: 'Water everywhere.' });
    const tagId = tag(store, id, 'Severn Valley', 'place');
    expect(found('severn')).toEqual([id]);
    store.db.prepare("UPDATE tags SET name = 'Wye Valley', name_key = 'wye valley' WHERE id = ?").run(tagId);
    expect(searchIndexProblems(store.db)).toEqual(['1 article(s) differ from their library entry']);
    expect(reindexArticleTags(store.db, [id])).toBe(1);
    expect(found('severn')).toEqual([]);
    expect(found('wye')).toEqual([id]);
    store.db.prepare('DELETE FROM article_tags WHERE article_id = ?').run(id);
    reindexArticleTags(store.db, [id]);
    expect(found('wye')).toEqual([]);
    expectSound();
  });

  it('skips stories whose names did not change and ids that are not stories', () => {
    const id = story(store, { headline: 'Quiet', text: 'x' });
    expect(reindexArticleTags(store.db, [id, id, '00000000-0000-4000-8000-000000000000'])).toBe(0);
  });
});

describe('building the index in one go', () => {
  it('bulk loads with the triggers off, then indexes everything and restores the triggers', () => {
    const before = story(store, { headline: 'Before', text: 'Existing story.' });
    const triggers = (): string[] =>
      store.db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'library%' ORDER BY name")
        .pluck()
        .all() as string[];
    const names = triggers();
    bulkLoad(store.db, () => {
      expect(triggers()).toEqual([]);
      store.db
        .prepare(
          `INSERT INTO articles (id, headline, body, body_text, bylines, slug, created_at, updated_at)
           VALUES ('00000000-0000-4000-8000-0000000000aa', 'Bulk', '{}', 'Loaded story.', '["Bulk Writer"]', 'bulk', 1, 1)`,
        )
        .run();
    });
    expect(triggers()).toEqual(names);
    expect(found('story')).toEqual([before, '00000000-0000-4000-8000-0000000000aa'].sort());
    expect(listIds(store, { filters: { authors: ['Bulk Writer'] } })).toHaveLength(1);
    expectSound();
  });

  it('leaves everything as it was when the load fails', () => {
    story(store, { headline: 'Kept', text: 'x' });
    expect(() =>
      bulkLoad(store.db, () => {
        throw new Error('the import broke');
      }),
    ).toThrow('the import broke');
    expect(
      store.db
        .prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'library%'")
        .pluck()
        .get(),
    ).toBe(5);
    story(store, { headline: 'Still indexed', text: 'x' });
    expect(found('still')).toHaveLength(1);
    expectSound();
  });

  it('rebuilds a damaged index', () => {
    const id = story(store, { headline: 'Mended', text: 'x' });
    store.db.exec(`DELETE FROM article_bylines; UPDATE library_entries SET headline = 'wrong';
      INSERT INTO search_index (search_index) VALUES ('delete-all');`);
    expect(found('mended')).toEqual([]);
    expect(searchIndexProblems(store.db)).toHaveLength(2);
    rebuildSearchIndex(store.db);
    expectSound();
    expect(found('mended')).toEqual([id]);
  });
});
