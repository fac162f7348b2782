import type { TestCore } from './test-core';
import { makePng } from './test-images';
import { wireBody } from './wire-story';

/** A published wire story with a hero, a figure, five typed tags and a related story, in a test core. */
export function seedWireStory(t: TestCore): { id: string; targetId: string; heroHash: string; figureHash: string } {
  const hero = t.call('assets.add', { bytes: new Uint8Array(makePng(8, 6)) });
  const figure = t.call('assets.add', { bytes: new Uint8Array(makePng(4, 4, [10, 200, 10])) });
  const target = t.call('articles.create', {
    headline: 'First round ends without a deal',
    standfirst: 'The first round closed late on Monday.',
    source: 'Reuters',
  });
  const tags = [
    t.call('tags.create', { kind: 'place', name: 'Istanbul', externalIds: ['http://www.wikidata.org/entity/Q406'] }),
    t.call('tags.create', {
      kind: 'topic',
      name: 'Diplomacy',
      externalIds: ['http://cv.iptc.org/newscodes/mediatopic/20000565'],
    }),
    t.call('tags.create', { kind: 'person', name: 'Ana Costa' }),
    t.call('tags.create', { kind: 'organisation', name: 'United Nations' }),
    t.call('tags.create', { kind: 'event', name: 'Istanbul talks' }),
  ];
  const body = wireBody();
  for (const node of body.content!) if (node.type === 'figure') node.attrs = { ...node.attrs, assetId: figure.hash };
  t.clock.now += 60_000;
  const article = t.call('articles.create', {
    kicker: 'Diplomacy',
    headline: 'Talks resume in Istanbul',
    altHeadlines: { seo: 'Istanbul talks resume', social: 'Back at the table in Istanbul' },
    standfirst: 'Negotiators meet for a second round.',
    bylines: ['Ana Costa', 'Jo Lee'],
    dateline: 'ISTANBUL',
    section: 'World',
    source: 'agencies',
    urgency: 3,
    editorsNote: 'Updates with quotes.',
    embargo: { local: '2026-11-26T09:00', timeZone: 'Europe/Istanbul' },
    tags: tags.map((tag) => tag.id),
    body,
    hero: { assetId: hero.hash, caption: 'Delegates arrive.', credit: 'Photo: REUTERS', alt: 'Delegates on steps' },
  });
  t.call('related.add', { sourceId: article.id, targetId: target.id, relation: 'background', note: 'first round' });
  return { id: article.id, targetId: target.id, heroHash: hero.hash, figureHash: figure.hash };
}
