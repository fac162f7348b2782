import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  count,
  listIds,
  openLibraryStore,
  story,
  tag,
  type LibraryStore,
} from '../../../../tests/support/library-store';
import { LibraryQuery } from '../../../shared/library';

let store: LibraryStore;
beforeEach(() => {
  store = openLibraryStore();
});
afterEach(() => store.close());

const search = (text: string): string[] => listIds(store, { text, sort: 'relevance' });
const marked = (parts: { text: string; match: boolean }[] | undefined): string[] =>
  (parts ?? []).filter((part) => part.match).map((part) => part.text);

describe('ranking', () => {
  it('puts a headline match above a body match, even a body that repeats the word', () => {
    const inBody = story(store, {
      headline: 'Budget talks resume',
      text: 'The harbour was busy. The harbour master said the harbour would stay open.',
    });
    const inHeadline = story(store, { headline: 'Harbour reopens', text: 'Boats came back on Tuesday.' });
    expect(search('harbour ')).toEqual([inHeadline, inBody]);
  });

  it('puts a standfirst match above a body match', () => {
    const inBody = story(store, { headline: 'One', text: 'A note about the ferry timetable.' });
    const inStandfirst = story(store, { headline: 'Two', standfirst: 'The ferry is late again.', text: 'Nothing.' });
    expect(search('ferry ')).toEqual([inStandfirst, inBody]);
  });

  it('finds stories by byline and by tag name', () => {
    const byline = story(store, { headline: 'Markets', bylines: ['Siobhán Ní Bhriain'], text: 'Shares rose.' });
    const tagged = story(store, { headline: 'Weather', text: 'Rain all day.' });
    tag(store, tagged, 'Climate change');
    story(store, { headline: 'Other', text: 'Nothing to see.' });
    expect(search('siobhan ')).toEqual([byline]);
    expect(search('"climate change" ')).toEqual([tagged]);
  });
});

describe('what the search box understands', () => {
  let council: string, councillor: string, cityHall: string, budget: string;
  beforeEach(() => {
    council = story(store, { headline: 'The city council meets', text: 'Members voted on the budget.' });
    councillor = story(store, { headline: 'A councillor resigns', text: 'She left the city hall.' });
    cityHall = story(store, { headline: 'Hall of the city', text: 'An old building, a city landmark.' });
    budget = story(store, { headline: 'Budget day', text: 'Taxes rise; the council agreed.' });
  });

  it('matches the word being typed as a prefix, and a finished word whole', () => {
    expect(search('counc').sort()).toEqual([council, councillor, budget].sort());
    expect(search('counc ')).toEqual([]);
    expect(search('council ').sort()).toEqual([council, budget].sort());
  });

  it('keeps quoted words together and in order', () => {
    expect(search('"city hall"')).toEqual([councillor]);
    expect(search('"hall city"')).toEqual([]);
  });

  it('leaves out stories with a word after a minus', () => {
    expect(search('council -budget ')).toEqual([]);
    expect(search('city -hall ')).toEqual([council]);
    expect(search('city -"city hall" ').sort()).toEqual([council, cityHall].sort());
  });

  it('lists everything but the excluded when only exclusions are typed', () => {
    expect(listIds(store, { text: '-council' }).sort()).toEqual([councillor, cityHall].sort());
  });

  it('accepts either word around OR', () => {
    expect(search('councillor OR landmark ').sort()).toEqual([councillor, cityHall].sort());
  });

  it('marks the matches in the headline and in a passage of the body', () => {
    const [row] = store.library.page(LibraryQuery.parse({ text: 'budget ', sort: 'relevance' }), 0, 1).rows;
    expect(row!.id).toBe(budget);
    expect(marked(row!.headlineMatch)).toEqual(['Budget']);
    const other = store.library
      .page(LibraryQuery.parse({ text: 'voted ', sort: 'relevance' }), 0, 5)
      .rows.find((r) => r.id === council);
    expect(marked(other!.snippet)).toEqual(['voted']);
    expect(other!.snippet!.map((part) => part.text).join('')).toContain('Members voted on the budget.');
  });

  it('says which words it searched for', () => {
    expect(count(store, { text: 'city "city hall" -tax counc' }).terms).toEqual(['city', 'city hall', 'counc']);
  });
});

describe('diacritics', () => {
  it('finds Zürich by zurich, ZURICH and Zürich, and Zurich by Zürich', () => {
    const accented = story(store, { headline: 'Trams in Zürich', text: 'Zürich added lines.' });
    const plain = story(store, { headline: 'Zurich banks', text: 'Banks in Zurich.' });
    for (const text of ['zurich ', 'ZURICH ', 'Zürich ', 'zü']) {
      expect(search(text).sort(), text).toEqual([accented, plain].sort());
    }
  });

  it('folds accents in bylines, and marks the accented word', () => {
    const id = story(store, { headline: 'Café culture', bylines: ['José Núñez'], text: 'The café opened.' });
    expect(search('nunez ')).toEqual([id]);
    const [row] = store.library.page(LibraryQuery.parse({ text: 'cafe ', sort: 'relevance' }), 0, 1).rows;
    expect(marked(row!.headlineMatch)).toEqual(['Café']);
  });

  it('keeps Arabic and Hindi words whole, vowel marks and all', () => {
    const arabic = story(store, { headline: 'مَرْحَبًا بالعالم', language: 'ar', text: 'نص' });
    const hindi = story(store, { headline: 'मराठी भाषा', language: 'hi', text: 'पाठ' });
    expect(search('مَرْحَبًا ')).toEqual([arabic]);
    expect(search('मराठी ')).toEqual([hindi]);
    // A single letter of the Arabic word is not a word of its own.
    expect(search('م ')).toEqual([]);
  });
});

describe('any input is a valid search', () => {
  const inputs = [
    '"',
    '""',
    'unbalanced "quote',
    'quote" unbalanced',
    '*',
    'coun*',
    '-',
    '--budget',
    '-"',
    'a:b',
    'headline:council',
    '(',
    ')',
    '(council OR',
    'NEAR',
    'NEAR(council budget)',
    'AND',
    'council AND',
    'OR',
    'NOT council',
    'council NOT',
    '^council',
    '+council',
    '{headline}: council',
    '!@#$%^&*()_+-=[]{};:\'",.<>/?\\|`~',
    '...',
    '🎉🚀',
    'council 🎉',
    '\u0000\u0001',
    '\ud800',
    'x'.repeat(10_000),
    'council budget '.repeat(700),
  ];
  it.each(inputs.map((input) => [input.length > 30 ? `${input.slice(0, 15)}… (${input.length} chars)` : input, input]))(
    '%s',
    (_label, text) => {
      story(store, { headline: 'Council budget (draft): a:b', text: 'Near the council, not the budget.' });
      for (const sort of ['relevance', 'created', 'updated', 'headline', 'status'] as const) {
        const query = LibraryQuery.parse({ text, sort });
        expect(() => store.library.page(query, 0, 20)).not.toThrow();
        expect(() => store.library.count(query)).not.toThrow();
      }
      expect(() => store.library.headlines(text, 10)).not.toThrow();
    },
  );

  it('treats punctuation and emoji alone as no search words: the whole list shows', () => {
    const id = story(store, { headline: 'Anything', text: 'At all.' });
    expect(listIds(store, { text: '🎉 !!! ...' })).toEqual([id]);
    expect(count(store, { text: '🎉' })).toMatchObject({ total: 1, terms: [] });
  });
});

describe('headlines for the palette', () => {
  it('finds stories by headline words only, best first, and marks them', () => {
    const a = story(store, { headline: 'Council budget approved', text: 'x' });
    story(store, { headline: 'Weather', text: 'The council budget was not mentioned in the headline.' });
    const hits = store.library.headlines('council bud', 10);
    expect(hits.map((hit) => hit.id)).toEqual([a]);
    expect(marked(hits[0]!.headlineMatch)).toEqual(['Council', 'budget']);
  });

  it('lists the most recently edited stories when nothing is typed', () => {
    const older = story(store, { headline: 'Older' });
    const newer = story(store, { headline: 'Newer' });
    expect(store.library.headlines('', 10).map((hit) => hit.id)).toEqual([newer, older]);
  });
});
