import { describe, expect, it } from 'vitest';
import { excerptOf, relatedItemView, storyTime } from './related';
import { relativeTime, timeApart } from './relative-time';

describe('excerptOf', () => {
  it('is the standfirst when there is one, white space tidied', () => {
    expect(excerptOf('  Delegations meet\nfor the first time.  ', 'Body text.')).toBe(
      'Delegations meet for the first time.',
    );
  });

  it('is the first sentences of the body that fit otherwise', () => {
    const body = 'Negotiators arrived on Tuesday. They met at noon. ' + 'A long sentence follows here. '.repeat(10);
    expect(excerptOf('', body, 60)).toBe('Negotiators arrived on Tuesday. They met at noon.');
    expect(excerptOf('', 'Short body without a full stop', 60)).toBe('Short body without a full stop');
  });

  it('cuts a first sentence that alone is too long at a word, with an ellipsis', () => {
    const excerpt = excerptOf('', `${'word '.repeat(100)}end.`, 40);
    expect(excerpt).toBe('word word word word word word word…');
    expect(excerpt.length).toBeLessThanOrEqual(40);
    expect(excerptOf('x'.repeat(300), '', 50)).toBe(`${'x'.repeat(49)}…`);
  });

  it('is empty for an empty story', () => {
    expect(excerptOf(' ', ' \n ')).toBe('');
  });
});

describe('times', () => {
  const now = Date.UTC(2026, 2, 1, 12);
  it('a story runs at its first publication, else its creation', () => {
    expect(storyTime({ firstPublishedAt: 5, createdAt: 1 })).toBe(5);
    expect(storyTime({ firstPublishedAt: null, createdAt: 1 })).toBe(1);
  });

  it('says how long ago against the now it is given, never the clock', () => {
    expect(relativeTime(now - 2 * 3_600_000, now)).toBe('2 hours ago');
    expect(relativeTime(now - 30_000, now)).toBe('just now');
    expect(relativeTime(now - 86_400_000, now)).toBe('yesterday');
    const item = {
      id: 'x',
      relation: 'related' as const,
      headline: 'H',
      outlet: 'Reuters',
      time: now - 3 * 3_600_000,
      excerpt: 'E',
    };
    expect(relatedItemView(item, now)).toEqual({ ...item, when: '3 hours ago' });
  });

  it('says how far apart two stories are', () => {
    expect(timeApart(now, now - 3 * 3_600_000)).toBe('3 hours apart');
    expect(timeApart(now - 3 * 3_600_000, now)).toBe('3 hours apart');
    expect(timeApart(now, now - 20 * 60_000)).toBe('minutes apart');
    expect(timeApart(now, now - 86_400_000)).toBe('1 day apart');
    expect(timeApart(now, now - 9 * 86_400_000)).toBe('9 days apart');
  });
});
