import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../../../tests/support/test-core';
import type { TagKind } from '../../../shared/tag';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

const tag = (kind: TagKind, name: string, externalIds: string[] = []) =>
  t.call('tags.create', { kind, name, externalIds });
const article = (headline: string, tags: number[] = []) => t.call('articles.create', { headline, tags });
const names = (matches: { name: string }[]) => matches.map((match) => match.name);

describe('creating tags', () => {
  it('stores the cleaned name, its folded key, the kind and external ids', () => {
    const created = tag('place', '  Kyïv   city ', ['https://www.wikidata.org/wiki/Q1899']);
    expect(created).toEqual({
      id: created.id,
      kind: 'place',
      name: 'Kyïv city',
      externalIds: ['https://www.wikidata.org/wiki/Q1899'],
    });
    expect(t.raw.prepare('SELECT name, name_key, external_ids, created_at FROM tags').get()).toEqual({
      name: 'Kyïv city',
      name_key: 'kyiv city',
      external_ids: '["https://www.wikidata.org/wiki/Q1899"]',
      created_at: t.clock.now,
    });
  });

  it('refuses the same name in the same kind whatever its case and accents, and allows it in another kind', () => {
    tag('place', 'Kyiv');
    const before = t.dump();
    const error = t.fail('tags.create', { kind: 'place', name: 'KYÏV' });
    expect(error.code).toBe('already_exists');
    expect(error.message).toBe('There is already a tag Kyiv (place). Choose it from the list; nothing was changed.');
    expect(t.dump()).toEqual(before);
    expect(tag('topic', 'Kyiv').kind).toBe('topic');
  });

  it.each([
    ['empty', '', 'a tag needs a name; it is empty or only spaces'],
    ['only white space', ' \t\n  ', 'a tag needs a name; it is empty or only spaces'],
    ['over 200 characters', 'x'.repeat(201), 'a tag name is at most 200 characters'],
    ['far over 200 characters', 'x'.repeat(5_000), 'a tag name is at most 200 characters'],
    ['only punctuation marks', '\u0301\u0301', 'a tag name needs at least one letter or digit'],
  ])('refuses a name that is %s with a clear message, storing nothing', (_, name, message) => {
    const before = t.dump();
    const error = t.fail('tags.create', { kind: 'topic', name });
    expect(error).toEqual({ code: 'invalid_input', message: `tags.create was refused: name: ${message}.` });
    expect(t.dump()).toEqual(before);
  });

  it('accepts exactly 200 characters, counting an emoji as one', () => {
    expect([...tag('topic', `${'x'.repeat(199)}🦊`).name]).toHaveLength(200);
  });

  it('refuses an external id that is not a URI and an unknown kind', () => {
    expect(t.fail('tags.create', { kind: 'topic', name: 'Budget', externalIds: ['not a uri'] }).message).toMatch(
      /externalIds\.0: an external id is a URI/,
    );
    expect(t.fail('tags.create', { kind: 'colour', name: 'Red' }).message).toMatch(/kind: a tag kind is one of/);
    expect(t.dump().tags).toEqual([]);
  });
});

describe('autocomplete', () => {
  beforeEach(() => {
    const ids = [
      tag('place', 'Ukraine'),
      tag('event', 'Ukraine war'),
      tag('person', 'Volodymyr Zelensky'),
      tag('event', 'Istanbul talks'),
      tag('place', 'Istanbul'),
      tag('organisation', 'United Kingdom Independence Party'),
      tag('topic', 'Unkempt gardens'),
    ].map((created) => created.id);
    // Ukraine war is on three articles, Ukraine on one: use breaks ties inside a kind of match.
    article('One', [ids[1]!, ids[0]!]);
    article('Two', [ids[1]!]);
    article('Three', [ids[1]!]);
  });

  it('puts an exact match first, then prefixes by use, then word starts, then letters in order', () => {
    const found = t.call('tags.search', { query: 'ukraine' });
    expect(found.map((match) => [match.name, match.match, match.articleCount])).toEqual([
      ['Ukraine', 'exact', 1],
      ['Ukraine war', 'prefix', 3],
    ]);
    expect(names(t.call('tags.search', { query: 'uk' }))).toEqual(['Ukraine war', 'Ukraine']);
    expect(t.call('tags.search', { query: 'talks' }).map((m) => [m.name, m.match])).toEqual([
      ['Istanbul talks', 'word'],
    ]);
    // Tight matches (two runs: "ukr", "n") before loose ones; then by use.
    expect(t.call('tags.search', { query: 'ukrn' }).map((m) => [m.name, m.match])).toEqual([
      ['Ukraine war', 'fuzzy'],
      ['Ukraine', 'fuzzy'],
      ['Unkempt gardens', 'fuzzy'],
    ]);
    expect(t.call('tags.search', { query: 'ist tal' }).map((m) => m.name)).toEqual(['Istanbul talks']);
    // Two letters match word starts only, never letters scattered through a name.
    expect(t.call('tags.search', { query: 'ta' }).map((m) => [m.name, m.match])).toEqual([['Istanbul talks', 'word']]);
  });

  it('ignores case and accents and shows each match with its kind', () => {
    expect(t.call('tags.search', { query: 'ZELÉNSKY' })).toEqual([
      expect.objectContaining({ name: 'Volodymyr Zelensky', kind: 'person', match: 'word' }),
    ]);
  });

  it('forgives one slip only when nothing else matched', () => {
    expect(t.call('tags.search', { query: 'istnabul' }).map((m) => [m.name, m.match])).toEqual([
      ['Istanbul', 'typo'],
      ['Istanbul talks', 'typo'],
    ]);
    expect(t.call('tags.search', { query: 'zzzz' })).toEqual([]);
  });

  it('filters by kind, leaves out tags already chosen, and stops at the limit', () => {
    expect(names(t.call('tags.search', { query: 'u', kind: 'place' }))).toEqual(['Ukraine']);
    const ukraine = t.call('tags.search', { query: 'ukraine' })[0]!;
    expect(names(t.call('tags.search', { query: 'ukraine', exclude: [ukraine.id] }))).toEqual(['Ukraine war']);
    expect(t.call('tags.search', { query: 'u', limit: 2 })).toHaveLength(2);
  });

  it('counts uses only up to 1,000 while ranking, where the tag manager counts them all', () => {
    const busy = tag('topic', 'Busy topic');
    const writer = new Database(t.raw.name);
    writer.pragma('foreign_keys = ON');
    const insert = writer.prepare("INSERT INTO articles (id, body, created_at, updated_at) VALUES (?, '{}', 0, 0)");
    const link = writer.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)');
    writer.transaction(() => {
      for (let i = 0; i < 1_005; i++) {
        const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
        insert.run(id);
        link.run(id, busy.id);
      }
    })();
    writer.close();
    expect(t.call('tags.search', { query: 'busy' })[0]!.articleCount).toBe(1_000);
    expect(t.call('tags.get', { id: busy.id }).articleCount).toBe(1_005);
  });

  it('treats LIKE wildcards in the query as plain characters', () => {
    tag('topic', '100% renewables');
    tag('topic', '100 days');
    expect(names(t.call('tags.search', { query: '100%' }))).toEqual(['100% renewables']);
    expect(names(t.call('tags.search', { query: '0%r' }))).toEqual(['100% renewables']);
    expect(t.call('tags.search', { query: '_' })).toEqual([]);
    expect(t.call('tags.search', { query: '   ' })).toEqual([]);
  });
});

describe('tags on an article', () => {
  it('are saved with the article in order, dropping repeats, and read back whole', () => {
    const a = tag('place', 'Istanbul');
    const b = tag('event', 'Istanbul talks');
    const created = article('Talks', [b.id, a.id, b.id]);
    expect(created.tags).toEqual([b, a]);
    const summary = t.call('articles.update', { id: created.id, baseRevision: 1, patch: { tags: [a.id] } });
    expect(summary.revision).toBe(2);
    expect(summary).not.toHaveProperty('tags');
    expect(t.call('articles.get', { id: created.id }).tags).toEqual([a]);
  });

  it('refuses a tag that no longer exists and saves nothing of the patch', () => {
    const a = tag('place', 'Istanbul');
    const created = article('Talks', [a.id]);
    const before = t.dump();
    const error = t.fail('articles.update', {
      id: created.id,
      baseRevision: 1,
      patch: { headline: 'Changed', tags: [a.id, 9_999] },
    });
    expect(error.code).toBe('not_found');
    expect(error.message).toMatch(/A tag you chose no longer exists/);
    expect(t.dump()).toEqual(before);
  });

  it('keeps the tags in every version', () => {
    const a = tag('place', 'Istanbul');
    const created = article('Talks', [a.id]);
    const version = t.call('revisions.create', { articleId: created.id, reason: 'manual' });
    expect(t.call('revisions.get', { id: version.id }).snapshot.tags).toEqual([a]);
  });
});
