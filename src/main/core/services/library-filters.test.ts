import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  count,
  listIds,
  openLibraryStore,
  setStatus,
  story,
  tag,
  type LibraryStore,
} from '../../../../tests/support/library-store';
import type { LibraryQueryInput } from '../../../shared/library';

let store: LibraryStore;
afterEach(() => store.close());

/** Six stories that differ in every field a filter reads; all mention "election". */
function newsroom() {
  store = openLibraryStore();
  const day = 86_400_000;
  const politics = story(store, {
    headline: 'Election night in Paris',
    section: 'Politics',
    bylines: ['Amira Haddad'],
    text: 'The election count went on all night.',
  });
  const sport = story(store, {
    headline: 'Cup final',
    section: 'Sport',
    bylines: ['Ben Walsh'],
    text: 'The election of a new captain.',
  });
  store.tick(10 * day);
  const french = story(store, {
    headline: 'Élection à Lyon',
    section: 'Politics',
    language: 'fr',
    bylines: ['Amira Haddad', 'Chloé Martin'],
    text: 'Le second tour de l’élection.',
  });
  const embargoed = story(store, {
    headline: 'Poll results',
    section: 'Politics',
    bylines: ['Ben Walsh'],
    embargo: { local: '2030-01-01T09:00', timeZone: 'Europe/London' },
    text: 'A poll before the election.',
  });
  const draft = story(store, { headline: 'Notes', section: 'Sport', text: 'Election notes, unfinished.' });
  const spiked = story(store, { headline: 'Spiked election story', section: 'Politics', text: 'Election.' });
  setStatus(store, politics, 'published');
  setStatus(store, sport, 'published');
  setStatus(store, french, 'in_edit');
  setStatus(store, embargoed, 'ready');
  setStatus(store, spiked, 'spiked');
  const climate = tag(store, politics, 'Climate');
  tag(store, french, 'Climate');
  const france = tag(store, french, 'France', 'place');
  tag(store, sport, 'Football');
  return { politics, sport, french, embargoed, draft, spiked, climate, france, cutoff: store.now() - 5 * day };
}

const both = (query: LibraryQueryInput): { list: string[]; search: string[] } => ({
  list: listIds(store, query).sort(),
  search: listIds(store, { ...query, text: 'election ', sort: 'relevance' }).sort(),
});

describe('filters, alone and with search words', () => {
  let s: ReturnType<typeof newsroom>;
  beforeEach(() => {
    s = newsroom();
  });

  const cases: [string, () => LibraryQueryInput, () => string[]][] = [
    [
      'no filter (the spiked story is in the trash only)',
      () => ({}),
      () => [s.politics, s.sport, s.french, s.embargoed, s.draft],
    ],
    ['the trash', () => ({ view: 'trash' }), () => [s.spiked]],
    ['status', () => ({ filters: { statuses: ['published', 'ready'] } }), () => [s.politics, s.sport, s.embargoed]],
    ['spiked is never a status of the library', () => ({ filters: { statuses: ['spiked'] } }), () => []],
    ['section', () => ({ filters: { sections: ['Sport'] } }), () => [s.sport, s.draft]],
    [
      'sections, any of',
      () => ({ filters: { sections: ['Sport', 'Politics'] } }),
      () => [s.politics, s.sport, s.french, s.embargoed, s.draft],
    ],
    ['language', () => ({ filters: { languages: ['fr'] } }), () => [s.french]],
    ['author, whichever byline', () => ({ filters: { authors: ['Amira Haddad'] } }), () => [s.politics, s.french]],
    ['author, ignoring case', () => ({ filters: { authors: ['ben walsh'] } }), () => [s.sport, s.embargoed]],
    ['tag', () => ({ filters: { tagIds: [s.climate] } }), () => [s.politics, s.french]],
    ['tags, all of them', () => ({ filters: { tagIds: [s.climate, s.france] } }), () => [s.french]],
    ['edited since', () => ({ filters: { from: s.cutoff } }), () => [s.french, s.embargoed, s.draft]],
    ['created before', () => ({ filters: { dateField: 'created', to: s.cutoff } }), () => [s.politics, s.sport]],
    ['with an embargo', () => ({ filters: { embargoed: true } }), () => [s.embargoed]],
    ['without an embargo', () => ({ filters: { embargoed: false } }), () => [s.politics, s.sport, s.french, s.draft]],
    [
      'several fields at once',
      () => ({ filters: { sections: ['Politics'], authors: ['Amira Haddad'], from: s.cutoff } }),
      () => [s.french],
    ],
    ['the trash, by section', () => ({ view: 'trash', filters: { sections: ['Sport'] } }), () => []],
  ];

  it.each(cases)('%s', (_name, query, expected) => {
    const want = expected().sort();
    expect(both(query())).toEqual({ list: want, search: want });
    expect(count(store, query()).total).toBe(want.length);
    expect(count(store, { ...query(), text: 'election ', sort: 'relevance' }).total).toBe(want.length);
  });

  it('narrows the search too: words and filters must both match', () => {
    expect(listIds(store, { text: 'captain ', filters: { sections: ['Politics'] } })).toEqual([]);
    expect(listIds(store, { text: 'captain ', filters: { sections: ['Sport'] } })).toEqual([s.sport]);
  });

  it('counts each status, whatever the status filter, and the spiked for the trash', () => {
    expect(count(store, { filters: { statuses: ['draft'] } })).toMatchObject({
      total: 1,
      byStatus: { draft: 1, in_edit: 1, ready: 1, published: 2, spiked: 1 },
      capped: false,
    });
    expect(count(store, { text: 'captain ', sort: 'relevance' }).byStatus).toMatchObject({ published: 1, draft: 0 });
  });
});

describe('orders and pages', () => {
  beforeEach(() => {
    store = openLibraryStore();
  });

  it('lists by last edit, creation, headline and workflow status, with pages that join up', () => {
    const ids: string[] = [];
    const statuses = ['published', 'draft', 'ready', 'in_edit', 'draft', 'published', 'in_edit', 'ready', 'draft'];
    statuses.forEach((status, i) => {
      const id = story(store, { headline: `${String.fromCharCode(105 - i)} story`, text: 'text' });
      setStatus(store, id, status);
      ids.push(id);
    });
    store.tick();
    store.articles.update(ids[3]!, 1, { standfirst: 'edited last' });

    expect(listIds(store, { sort: 'created' })).toEqual([...ids].reverse());
    expect(listIds(store, { sort: 'updated' })).toEqual([ids[3], ...[...ids].reverse().filter((id) => id !== ids[3])]);
    expect(listIds(store, { sort: 'headline' })).toEqual([...ids].reverse());
    const byStatus = listIds(store, { sort: 'status' }, 2);
    const order = ['draft', 'in_edit', 'ready', 'published'];
    const statusOf = (id: string): string => statuses[ids.indexOf(id)]!;
    expect(byStatus.map(statusOf)).toEqual([...statuses].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    // Each status's stories, last edited first.
    expect(byStatus.filter((id) => statusOf(id) === 'in_edit')).toEqual([ids[3], ids[6]]);
  });

  it('reads relevance without search words as last edited', () => {
    const a = story(store, { headline: 'A' });
    const b = story(store, { headline: 'B' });
    expect(listIds(store, { sort: 'relevance' })).toEqual([b, a]);
  });
});

describe('a search matching more than it ranks', () => {
  const bounds = { rankWindow: 4, scanBudget: 8, listCap: 15 };
  let ids: string[];
  beforeEach(() => {
    store = openLibraryStore(bounds);
    ids = [];
    // Twenty stories say "harbour"; the oldest has it in its headline, the best match of all.
    for (let i = 0; i < 20; i++) {
      ids.push(
        story(store, { headline: i === 0 ? 'Harbour' : `Story ${i}`, text: `The harbour${' harbour'.repeat(i % 3)}.` }),
      );
    }
  });

  it('ranks only the newest matches, then lists the rest newest first, up to the cap, without repeats', () => {
    const listed = listIds(store, { text: 'harbour ', sort: 'relevance' }, 3);
    expect(listed).toHaveLength(bounds.listCap);
    expect(new Set(listed).size).toBe(listed.length);
    const newest = [...ids].reverse();
    expect(listed.slice(0, 4).sort()).toEqual(newest.slice(0, 4).sort());
    expect(listed.slice(4)).toEqual(newest.slice(4, bounds.listCap));
    // The headline match is too old to be ranked at this scale: the bound is the point.
    expect(listed).not.toContain(ids[0]);
    expect(count(store, { text: 'harbour ', sort: 'relevance' })).toMatchObject({
      total: bounds.listCap,
      capped: true,
      rankedNewest: 4,
    });
  });

  it('ranks by relevance within the window', () => {
    const listed = listIds(store, { text: 'harbour ', sort: 'relevance' });
    const window = [...ids].reverse().slice(0, 4);
    // More mentions rank higher among equally long stories: i % 3 == 2 has three.
    expect(listed[0]).toBe(window.find((id) => ids.indexOf(id) % 3 === 2));
  });

  it('ranks everything when fewer stories match than it ranks', () => {
    const listed = listIds(store, { text: 'harbour ', sort: 'relevance', filters: { sections: ['none'] } });
    expect(listed).toEqual([]);
    store.close();
    store = openLibraryStore(bounds);
    const plain = story(store, { headline: 'Ships', text: 'The harbour.' });
    const best = story(store, { headline: 'Harbour', text: 'x' });
    expect(listIds(store, { text: 'harbour ', sort: 'relevance' })).toEqual([best, plain]);
    expect(count(store, { text: 'harbour ', sort: 'relevance' }).rankedNewest).toBeNull();
  });

  it('with a filter few matches pass, looks at only the newest matches for ranking, then lists older ones', () => {
    // Only the three oldest are in section Archive: none of the newest `scanBudget` matches pass.
    for (const id of ids.slice(0, 3))
      store.articles.update(id, store.articles.get(id).revision, { section: 'Archive' });
    const query = { text: 'harbour ', sort: 'relevance' as const, filters: { sections: ['Archive'] } };
    expect(listIds(store, query)).toEqual([ids[2], ids[1], ids[0]]);
    expect(count(store, query)).toMatchObject({ total: 3, capped: false, rankedNewest: null });
    // A match within the budget is ranked, ahead of the older ones (the headline match among them).
    store.articles.update(ids[19]!, store.articles.get(ids[19]!).revision, { section: 'Archive' });
    expect(listIds(store, query)).toEqual([ids[19], ids[2], ids[1], ids[0]]);
  });

  it('sorts the newest matches by another order when asked', () => {
    expect(listIds(store, { text: 'harbour ', sort: 'created' })).toEqual([...ids].reverse().slice(0, bounds.listCap));
    expect(listIds(store, { text: 'harbour ', sort: 'headline' })).toHaveLength(bounds.listCap);
  });
});
