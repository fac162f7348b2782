import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibraryStore, paragraphs, story, tag, type LibraryStore } from '../../../../tests/support/library-store';

let store: LibraryStore;
beforeEach(() => {
  store = openLibraryStore();
});
afterEach(() => store.close());

describe('duplicating a story', () => {
  it('makes a new draft with the same fields, body and tags, its own slug and no history', () => {
    const id = story(store, {
      kicker: 'Analysis',
      headline: 'Port strike enters second week',
      altHeadlines: { seo: 'Port strike week two' },
      standfirst: 'Dockers stay out.',
      bylines: ['Kemi Adeyemi', 'Luca Rossi'],
      dateline: 'ROTTERDAM',
      section: 'Business',
      source: 'Reuters',
      language: 'nl',
      urgency: 3,
      editorsNote: 'Check the union figures.',
      embargo: { local: '2030-05-01T06:00', timeZone: 'Europe/Amsterdam' },
      body: paragraphs('First paragraph.', 'Second paragraph.'),
    });
    tag(store, id, 'Strikes');
    tag(store, id, 'Rotterdam', 'place');
    store.articles.setStatus(id, 1, 'in_edit');
    store.revisions.create(id, 'manual');

    store.tick();
    const copy = store.duplicates.duplicate(id);
    const original = store.articles.get(id);
    const same = <K extends keyof typeof original>(keys: K[]) =>
      Object.fromEntries(keys.map((key) => [key, original[key]]));
    expect(copy).toMatchObject(
      same([
        'kicker',
        'headline',
        'altHeadlines',
        'standfirst',
        'bylines',
        'dateline',
        'section',
        'source',
        'language',
        'urgency',
        'editorsNote',
        'embargo',
        'body',
        'bodyText',
        'wordCount',
      ]),
    );
    expect(copy.id).not.toBe(id);
    expect(copy).toMatchObject({
      status: 'draft',
      revision: 1,
      slug: 'port-strike-enters-second-week-2',
      createdAt: store.now(),
    });
    const tags = (articleId: string): unknown =>
      store.db
        .prepare(
          'SELECT t.name, at.position FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE article_id = ? ORDER BY position',
        )
        .all(articleId);
    expect(tags(copy.id)).toEqual(tags(id));
    expect(store.revisions.list(copy.id, 10)).toEqual([]);
    expect(store.revisions.list(id, 10).length).toBeGreaterThan(0);
  });

  it('refuses a story that does not exist', () => {
    expect(() => store.duplicates.duplicate('00000000-0000-4000-8000-000000000000')).toThrow(/no longer exists/);
  });
});
