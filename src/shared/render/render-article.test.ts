import { describe, expect, it } from 'vitest';
import { asOf, figureHash, heroHash, wireArticle, wireInput } from '../../../tests/support/wire-story';
import { layouts, renderArticle, type Layout } from '.';

const jsonLdOf = (page: string): Record<string, unknown> => {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page);
  if (!match) throw new Error('the page has no JSON-LD');
  return JSON.parse(match[1]!) as Record<string, unknown>;
};

describe('renderArticle', () => {
  it.each(layouts)('gives the %s layout as one complete document with the policy and the JSON-LD', (layout) => {
    const page = renderArticle(wireInput(layout));
    expect(page.startsWith('<!doctype html><html lang="en" dir="ltr">')).toBe(true);
    expect(page.endsWith('</body></html>')).toBe(true);
    expect(page).toContain(`<body class="layout-${layout}">`);
    expect(page).toContain(
      `content="default-src 'none'; script-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"`,
    );
    expect(jsonLdOf(page)['@type']).toBe('NewsArticle');
    // One input, one page: nothing reads the clock.
    expect(renderArticle(wireInput(layout))).toBe(page);
  });

  it.each(['web', 'mobile', 'print'] as Layout[])('%s shows the whole wire-story page', (layout) => {
    const page = renderArticle(wireInput(layout));
    expect(page).toContain('<p class="kicker">Diplomacy</p><h1>Talks resume in Istanbul</h1>');
    expect(page).toContain('<span class="byline">By Ana Costa and Jo Lee</span>');
    expect(page).toContain('<span class="dateline">ISTANBUL</span>');
    expect(page).toContain('<time datetime="2026-11-25T22:00:00Z">25 Nov 2026, 22:00 UTC</time>');
    expect(page).toContain(
      '<figure class="hero"><img src="data:image/png;base64,AAAA" alt="Delegates on steps" width="4" height="3"><figcaption><span class="figure__caption">Delegates arrive.</span> <span class="figure__credit">Photo: REUTERS</span></figcaption></figure>',
    );
    expect(page).toContain('<img src="data:image/png;base64,BBBB" alt="A palace"/>');
    expect(page).toContain('class="social-post"');
    expect(page).toContain(
      '<aside class="pull-quote" data-lede="pull-quote"><p>We are here to find a way forward</p></aside>',
    );
    expect(page).toContain('<p class="source-line">Source: agencies</p>');
    expect(page).toContain('<h2 id="related-title">Related articles</h2>');
    expect(page).toContain('<p class="related__headline">First round ends without a deal</p>');
    expect(page).toContain(
      '<span class="related__outlet">Reuters</span> · <time datetime="2026-11-26T02:00:00Z">2 hours ago</time>',
    );
    expect(page).toContain('<p class="related__excerpt">The first round closed late on Monday.</p>');
  });

  it('counts relative times from asOf, not from the clock', () => {
    const later = renderArticle(wireInput('web', { options: { layout: 'web', asOf: asOf + 86_400_000, outlet: 'X' } }));
    expect(later).toContain('>yesterday</time>');
  });

  it('sets print in columns with print CSS, the newsletter at 600px with inline styles, the card at 1200×630', () => {
    expect(renderArticle(wireInput('print'))).toMatch(/@page[\s\S]*column-count:3[\s\S]*<div class="columns">/);
    const mail = renderArticle(wireInput('newsletter'));
    expect(mail).toContain('<table role="presentation" width="600"');
    expect(mail).toMatch(/<p style="margin:0 0 16px">Talks between/);
    expect(mail).not.toMatch(/<(p|h2|blockquote|img|a)(?![^>]*style=)[\s>]/);
    const card = renderArticle(wireInput('social'));
    expect(card).toContain('width:1200px;height:630px');
    expect(card).toContain('<h1>Back at the table in Istanbul</h1>');
    expect(card).toContain('<p class="card__outlet">The Daily Lede</p>');
    expect(card).not.toContain('Talks between');
  });

  it('fills the NewsArticle JSON-LD', () => {
    expect(jsonLdOf(renderArticle(wireInput('web')))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Talks resume in Istanbul',
      alternativeHeadline: ['Istanbul talks resume', 'Back at the table in Istanbul'],
      description: 'Negotiators meet for a second round.',
      author: [
        { '@type': 'Person', name: 'Ana Costa' },
        { '@type': 'Person', name: 'Jo Lee' },
      ],
      datePublished: '2026-11-25T22:00:00Z',
      dateCreated: '2026-11-25T20:00:00Z',
      dateModified: '2026-11-26T01:00:00Z',
      dateline: 'ISTANBUL',
      articleSection: 'World',
      keywords: ['Istanbul', 'Diplomacy', 'Ana Costa', 'United Nations', 'Istanbul talks'],
      inLanguage: 'en',
      wordCount: 60,
      image: {
        '@type': 'ImageObject',
        encodingFormat: 'image/png',
        width: 4,
        height: 3,
        caption: 'Delegates arrive.',
        creditText: 'Photo: REUTERS',
        description: 'Delegates on steps',
      },
      publisher: { '@type': 'Organization', name: 'The Daily Lede' },
      sourceOrganization: { '@type': 'Organization', name: 'agencies' },
      isBasedOn: { '@type': 'CreativeWork', provider: { '@type': 'Organization', name: 'agencies' } },
    });
  });

  it('runs right to left for Arabic and leaves out images it has no bytes for', () => {
    const page = renderArticle(wireInput('web', { article: wireArticle({ language: 'ar' }), assets: {} }));
    expect(page.startsWith('<!doctype html><html lang="ar" dir="rtl">')).toBe(true);
    expect(page).not.toContain('class="hero"');
    expect(page).toContain(`data-asset-id="${figureHash}"`);
    expect(page).not.toContain(heroHash);
  });
});

describe('renderArticle with hostile input', () => {
  const evil = '</script><script>alert(1)</script><img src=x onerror=alert(1)>';
  const hostileBody = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: evil }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'js', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
          {
            type: 'text',
            text: 'data',
            marks: [{ type: 'link', attrs: { href: 'data:text/html,<script>alert(1)</script>' } }],
          },
          { type: 'text', text: 'tab', marks: [{ type: 'link', attrs: { href: 'java\tscript:alert(1)' } }] },
          { type: 'text', text: 'odd', marks: [{ type: 'script', attrs: { src: 'https://evil.example/x.js' } }] },
        ],
      },
      { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
      { type: 'iframe', attrs: { src: 'https://evil.example' } },
      {
        type: 'heading',
        attrs: { level: '1><script>alert(1)</script>', onclick: 'alert(1)' },
        content: [{ type: 'text', text: 'H' }],
      },
      {
        type: 'figure',
        attrs: { assetId: 'javascript:alert(1)', caption: evil, credit: evil, alt: '" onerror="alert(1)' },
      },
      { type: 'socialPost', attrs: { author: evil, handle: '', date: 'd', text: evil, url: 'javascript:alert(1)' } },
    ],
  };
  const hostile = wireArticle({
    kicker: evil,
    headline: evil,
    altHeadlines: { web: '', seo: evil, social: evil },
    standfirst: evil,
    bylines: [evil],
    dateline: evil,
    section: evil,
    source: evil,
    language: 'en" onload="alert(1)',
    tags: [{ id: 1, kind: 'topic', name: evil, externalIds: [] }],
    hero: { assetId: heroHash, caption: evil, credit: evil, alt: '" onerror="alert(1)' },
    body: hostileBody,
  });

  it.each(layouts)('the %s page holds no script, handler, frame or unsafe link', (layout) => {
    const page = renderArticle(
      wireInput(layout, {
        article: hostile,
        related: [{ id: 'x', relation: 'related', headline: evil, outlet: evil, time: asOf, excerpt: evil }],
      }),
    );
    const withoutJsonLd = page.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    expect(withoutJsonLd).not.toMatch(/<script/i);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toMatch(/<(iframe|img src=x|svg|math|object|embed)/i);
    expect(page).not.toMatch(/\son[a-z]+="/i);
    expect(page).not.toMatch(/href="(?!https?:|mailto:)/i);
    expect(page).not.toContain('javascript:');
    expect(page).not.toMatch(/data:text/);
    expect(page).not.toContain('evil.example');
    // The JSON-LD carries the text, with no way to close its element.
    expect(jsonLdOf(page).headline).toBe(evil);
  });
});
