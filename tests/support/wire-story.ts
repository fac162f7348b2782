import type { Article } from '../../src/shared/article';
import type { DocNode } from '../../src/shared/doc';
import type { RenderInput, RenderAsset } from '../../src/shared/render';
import type { RelatedBlockItem } from '../../src/shared/related';

export const heroHash = 'a'.repeat(64);
export const figureHash = 'b'.repeat(64);
/** 26 Nov 2026 04:00 UTC: the "as of" every rendered test page counts from. */
export const asOf = Date.UTC(2026, 10, 26, 4, 0);

const text = (value: string, marks?: DocNode['marks']): DocNode => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });

/** A wire story as a reader's page shows it: hero, quotes, a quoted social post, a figure, a source line. */
export function wireBody(): DocNode {
  return {
    type: 'doc',
    content: [
      p(
        text('Talks between the two delegations resumed on Tuesday in '),
        text('Istanbul', [{ type: 'bold' }]),
        text('.'),
      ),
      p(text('“We are here to find a way forward,” the lead negotiator told reporters.')),
      { type: 'blockquote', content: [p(text('Nothing is agreed until everything is agreed.'))] },
      { type: 'pullQuote', content: [text('We are here to find a way forward')] },
      {
        type: 'socialPost',
        attrs: {
          author: 'Foreign Ministry',
          handle: '@mfa',
          date: '25 November 2026',
          text: 'Delegations arrive in Istanbul.',
          url: 'https://social.example/mfa/status/1',
        },
      },
      {
        type: 'figure',
        attrs: { assetId: figureHash, caption: 'The venue on the Bosphorus.', credit: 'Photo: AFP', alt: 'A palace' },
      },
      { type: 'heading', attrs: { level: 2 }, content: [text('What comes next')] },
      p(
        text('Read the '),
        text('statement', [{ type: 'link', attrs: { href: 'https://example.org/statement' } }]),
        text(' in full.'),
      ),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('A ceasefire'))] }] },
    ],
  };
}

export function wireArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    kicker: 'Diplomacy',
    headline: 'Talks resume in Istanbul',
    altHeadlines: { web: '', seo: 'Istanbul talks resume', social: 'Back at the table in Istanbul' },
    standfirst: 'Negotiators meet for a second round.',
    slug: 'talks-resume-in-istanbul',
    slugEdited: false,
    bylines: ['Ana Costa', 'Jo Lee'],
    dateline: 'ISTANBUL',
    section: 'World',
    source: 'agencies',
    language: 'en',
    urgency: 3,
    editorsNote: 'Updates with quotes.',
    embargo: null,
    tags: [
      { id: 1, kind: 'place', name: 'Istanbul', externalIds: ['http://www.wikidata.org/entity/Q406'] },
      { id: 2, kind: 'topic', name: 'Diplomacy', externalIds: ['http://cv.iptc.org/newscodes/mediatopic/20000565'] },
      { id: 3, kind: 'person', name: 'Ana Costa', externalIds: [] },
      { id: 4, kind: 'organisation', name: 'United Nations', externalIds: [] },
      { id: 5, kind: 'event', name: 'Istanbul talks', externalIds: [] },
    ],
    body: wireBody(),
    bodyText: 'Talks between the two delegations resumed on Tuesday in Istanbul.',
    hero: { assetId: heroHash, caption: 'Delegates arrive.', credit: 'Photo: REUTERS', alt: 'Delegates on steps' },
    wordCount: 60,
    status: 'published',
    statusBeforeSpike: null,
    createdAt: Date.UTC(2026, 10, 25, 20, 0),
    updatedAt: Date.UTC(2026, 10, 26, 1, 0),
    firstPublishedAt: Date.UTC(2026, 10, 25, 22, 0),
    revision: 7,
    ...overrides,
  };
}

export const wireRelated: RelatedBlockItem[] = [
  {
    id: '22222222-2222-4222-8222-222222222222',
    relation: 'related',
    headline: 'First round ends without a deal',
    outlet: 'Reuters',
    time: asOf - 2 * 3_600_000,
    excerpt: 'The first round closed late on Monday.',
  },
];

const asset = (src: string): RenderAsset => ({ src, type: 'image/png', width: 4, height: 3 });

export function wireInput(layout: RenderInput['options']['layout'], overrides: Partial<RenderInput> = {}): RenderInput {
  return {
    article: wireArticle(),
    related: wireRelated,
    assets: { [heroHash]: asset('data:image/png;base64,AAAA'), [figureHash]: asset('data:image/png;base64,BBBB') },
    options: { layout, asOf, outlet: 'The Daily Lede' },
    ...overrides,
  };
}
