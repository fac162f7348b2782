import { describe, expect, it } from 'vitest';
import { ninjsValidator } from '../../../tests/support/ninjs-validator';
import { figureHash, heroHash, wireArticle, wireRelated } from '../../../tests/support/wire-story';
import { ninjs22, ninjs31 } from './ninjs';

const assets = {
  [heroHash]: { src: 'data:image/png;base64,AAAA', type: 'image/png' as const, width: 4, height: 3, size: 3 },
  [figureHash]: { src: 'data:image/png;base64,BBBB', type: 'image/png' as const, width: 4, height: 3, size: 3 },
};
const input = {
  article: wireArticle({
    embargo: { local: '2026-11-26T09:00', timeZone: 'Europe/Istanbul', at: Date.UTC(2026, 10, 26, 6) },
  }),
  related: wireRelated,
  assets,
};

describe('ninjs export', () => {
  it('validates against the official ninjs 2.2 schema and fills the fields', () => {
    const item = ninjs22(input);
    expect(ninjsValidator('2.2')(item)).toEqual([]);
    expect(item).toMatchObject({
      uri: 'urn:uuid:11111111-1111-4111-8111-111111111111',
      type: 'text',
      version: '7',
      firstcreated: '2026-11-25T20:00:00Z',
      versioncreated: '2026-11-26T01:00:00Z',
      pubstatus: 'usable',
      embargoed: '2026-11-26T06:00:00Z',
      urgency: 3,
      language: 'en',
      headlines: [
        { role: 'main', value: 'Talks resume in Istanbul' },
        { role: 'seo', value: 'Istanbul talks resume' },
        { role: 'social', value: 'Back at the table in Istanbul' },
        { role: 'kicker', value: 'Diplomacy' },
      ],
      descriptions: [{ role: 'summary', value: 'Negotiators meet for a second round.' }],
      by: 'Ana Costa, Jo Lee',
      located: 'ISTANBUL',
      slugline: 'talks-resume-in-istanbul',
      subjects: [{ name: 'Diplomacy', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000565' }],
      people: [{ name: 'Ana Costa' }],
      organisations: [{ name: 'United Nations' }],
      places: [{ name: 'Istanbul', uri: 'http://www.wikidata.org/entity/Q406' }],
      events: [{ name: 'Istanbul talks' }],
      infosources: [{ name: 'agencies', role: 'source' }],
      ednote: 'Updates with quotes.',
    });
    const [body] = item.bodies as { contenttype: string; charcount: number; wordcount: number; value: string }[];
    expect(body!.contenttype).toBe('text/html');
    expect(body!.wordcount).toBe(60);
    expect(body!.value).toContain('<strong>Istanbul</strong>');
    const [hero, story] = item.associations as Record<string, unknown>[];
    expect(hero).toEqual({
      name: 'featureimage',
      uri: `urn:lede:asset:sha256:${heroHash}`,
      type: 'picture',
      headlines: [{ value: 'Delegates arrive.' }],
      descriptions: [
        { role: 'caption', value: 'Delegates arrive.' },
        { role: 'alt', value: 'Delegates on steps' },
      ],
      by: 'Photo: REUTERS',
      renditions: [
        {
          name: 'original',
          contenttype: 'image/png',
          width: 4,
          height: 3,
          href: 'data:image/png;base64,AAAA',
          sizeinbytes: 3,
        },
      ],
    });
    expect(story).toMatchObject({
      name: 'related-1',
      uri: 'urn:uuid:22222222-2222-4222-8222-222222222222',
      type: 'text',
    });
  });

  it('validates against the official ninjs 3.1 schema in camelCase', () => {
    const item = ninjs31(input);
    expect(ninjsValidator('3.1')(item)).toEqual([]);
    expect(item).toMatchObject({
      firstCreated: '2026-11-25T20:00:00Z',
      pubStatus: 'usable',
      embargoedUntil: '2026-11-26T06:00:00Z',
      edNote: 'Updates with quotes.',
    });
    expect((item.associations as Record<string, unknown>[])[1]).toMatchObject({ rel: 'related' });
  });

  it('stays valid for an empty draft and for hostile text', () => {
    const evil = '<script>alert(1)</script>';
    const bare = wireArticle({
      kicker: '',
      standfirst: '',
      bylines: [],
      dateline: '',
      source: '',
      editorsNote: '',
      tags: [],
      hero: null,
      status: 'draft',
      headline: evil,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: evil }] }] },
    });
    for (const item of [ninjs22({ article: bare, related: [], assets: {} })]) {
      expect(ninjsValidator('2.2')(item)).toEqual([]);
      expect(item.pubstatus).toBe('withheld');
      expect(JSON.stringify(item.bodies)).not.toContain('<script>');
    }
    expect(ninjsValidator('3.1')(ninjs31({ article: bare, related: [], assets: {} }))).toEqual([]);
  });
});

describe('charCount', () => {
  it('counts as the grapheme segmenter does, fast for plain text', async () => {
    const { countCharacters } = await import('../text-counts');
    const { charCount } = await import('./ninjs');
    for (const text of [
      'Plain words, “quotes” — and dashes…',
      'Crème brûlée',
      'a\r\nb',
      'e\u0301 combining',
      'emoji 👍🏽 and ZWJ 👩‍👩‍👧',
      'اردو متن',
      'Привет',
    ])
      expect(charCount(text), text).toBe(countCharacters(text));
  });
});
