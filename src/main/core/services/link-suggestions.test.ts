import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../../../tests/support/test-core';
import type { Tag } from '../../../shared/tag';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

const hour = 3_600_000;
const day = 24 * hour;

/** Creates a story `ago` before the open article's time (the clock is moved, then put back). */
function story(ago: number, headline: string, tags: Tag[], standfirst = ''): string {
  const saved = t.clock.now;
  t.clock.now -= ago;
  const id = t.call('articles.create', { headline, standfirst, tags: tags.map((x) => x.id) }).id;
  t.clock.now = saved;
  return id;
}

describe('suggestions', () => {
  let open: string, sharesAll: string, rareTag: string, words: string, commonTag: string;
  let spiked: string, linked: string, unrelated: string;

  beforeEach(() => {
    const talks = t.call('tags.create', { kind: 'event', name: 'Istanbul talks' });
    const europe = t.call('tags.create', { kind: 'topic', name: 'Europe' });
    // Europe is on most stories, so sharing it says little; Istanbul talks is rare.
    for (let i = 0; i < 20; i++) story(20 * day + i * hour, `Council budget ${i} passes after a long night`, [europe]);
    commonTag = story(1 * day, 'Grain exports climb', [europe]);
    rareTag = story(2 * day, 'Prisoner exchange agreed', [talks]);
    words = story(0, 'Ceasefire in Istanbul holds', []);
    sharesAll = story(3 * hour, 'Delegations arrive in Istanbul for ceasefire talks', [talks, europe]);
    spiked = story(hour, 'Ceasefire talks in Istanbul: delegations meet', [talks, europe]);
    linked = story(hour, 'Istanbul talks: what is at stake for delegations', [talks, europe]);
    unrelated = story(0, 'Local bakery wins award', []);
    open = story(
      0,
      'Ceasefire talks resume in Istanbul',
      [europe, talks],
      'Ukrainian and Russian delegations meet for the first time in three months.',
    );
    t.call('articles.setStatus', { id: spiked, baseRevision: 1, status: 'spiked' });
    t.call('related.add', { sourceId: open, targetId: linked });
  });

  it('ranks by rare shared tags, then shared words, then common tags and time', () => {
    const found = t.call('related.suggest', { articleId: open, limit: 4 });
    expect(found.map((s) => s.story.headline)).toEqual([
      'Delegations arrive in Istanbul for ceasefire talks',
      'Prisoner exchange agreed',
      'Ceasefire in Istanbul holds',
      'Grain exports climb',
    ]);
    expect(found.map((s) => s.story.id)).toEqual([sharesAll, rareTag, words, commonTag]);
    const scores = found.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('says why, rarest tag first', () => {
    const [first, second, third, fourth] = t.call('related.suggest', { articleId: open, limit: 4 });
    expect(first!.sharedTags).toEqual(['Istanbul talks', 'Europe']);
    expect(first!.why).toMatch(/^shares Istanbul talks, Europe; also mentions .*; 3 hours apart$/);
    expect(first!.sharedWords).toEqual(expect.arrayContaining(['ceasefire', 'istanbul', 'delegations', 'talks']));
    expect(second!.why).toBe('shares Istanbul talks; 2 days apart');
    expect(third!.why).toBe('mentions ceasefire, istanbul; minutes apart');
    expect(fourth!.why).toBe('shares Europe; 1 day apart');
  });

  it('never suggests the article itself, a story it links already, a spiked story or an unrelated one', () => {
    const ids = t.call('related.suggest', { articleId: open, limit: 20 }).map((s) => s.story.id);
    expect(ids).not.toContain(open);
    expect(ids).not.toContain(linked);
    expect(ids).not.toContain(spiked);
    expect(ids).not.toContain(unrelated);
    expect(ids.slice(0, 4)).toEqual([sharesAll, rareTag, words, commonTag]);
  });

  it('drops a suggestion once it is linked, through the one action that links it', () => {
    const [first] = t.call('related.suggest', { articleId: open, limit: 1 });
    t.call('related.add', { sourceId: open, targetId: first!.story.id });
    expect(t.call('related.suggest', { articleId: open, limit: 1 })[0]!.story.id).toBe(rareTag);
  });

  it('gives the story card: outlet, time and excerpt', () => {
    const [first] = t.call('related.suggest', { articleId: open, limit: 1 });
    expect(first!.story).toMatchObject({ id: sharesAll, status: 'draft', time: t.clock.now - 3 * hour });
  });

  it('refuses a missing article', () => {
    expect(t.fail('related.suggest', { articleId: '00000000-0000-4000-8000-000000000000' }).code).toBe('not_found');
  });
});

describe('the link picker', () => {
  let open: string, inHeadline: string, inStandfirst: string, older: string, spiked: string;
  beforeEach(() => {
    older = story(3 * day, 'Istanbul prepares for summit', []);
    inStandfirst = story(2 * day, 'Delegations arrive', [], 'They flew into Istanbul overnight.');
    inHeadline = story(day, 'Talks resume in Istanbul', []);
    spiked = story(hour, 'Istanbul story that was spiked', []);
    open = story(0, 'Ceasefire agreed in Istanbul', []);
    t.call('articles.setStatus', { id: spiked, baseRevision: 1, status: 'spiked' });
    t.call('related.add', { sourceId: open, targetId: older });
  });

  const search = (query: string) => t.call('related.search', { articleId: open, query });

  it('finds headline matches first, newest first, then standfirst matches, as the user types', () => {
    const found = search('istan');
    expect(found.map((c) => c.story.headline)).toEqual([
      'Istanbul story that was spiked',
      'Talks resume in Istanbul',
      'Istanbul prepares for summit',
      'Delegations arrive',
    ]);
    expect(found.map((c) => [c.linked, c.story.status])).toEqual([
      [false, 'spiked'],
      [false, 'draft'],
      [true, 'draft'],
      [false, 'draft'],
    ]);
    expect(search('talks istan').map((c) => c.story.id)).toEqual([inHeadline]);
    expect(search('OVERNIGHT').map((c) => c.story.id)).toEqual([inStandfirst]);
  });

  it('finds a story by its pasted id, offers recent stories for an empty query, and never the article itself', () => {
    expect(search(`  ${inHeadline.toUpperCase()} `).map((c) => c.story.id)).toEqual([inHeadline]);
    expect(search(open)).toEqual([]);
    // Most recently edited first: the spike was an edit just now.
    expect(search('').map((c) => c.story.id)).toEqual([spiked, inHeadline, inStandfirst, older]);
    expect(search('"').map((c) => c.story.id)).not.toContain(open);
    expect(search('zzzz')).toEqual([]);
  });
});
