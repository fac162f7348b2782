import { relativeTime } from '../relative-time';
import { bodyHtml } from './body-html';
import { isoTime, printedTime } from './dates';
import { escapeAttribute as attr, escapeHtml as html } from './escape';
import { layoutStyles, newsletterStyles as s } from './layout-styles';
import {
  articleHeader,
  bylineText,
  documentEnd,
  documentHead,
  heroFigure,
  pageHeadline,
  relatedBlock,
  sourceLine,
} from './page-parts';
import type { RenderInput } from './render-types';

const body = (input: RenderInput): string => bodyHtml(input.article.body, (hash) => input.assets[hash]?.src ?? '');

/** The web article: header, hero, body, source line, related block. */
export function webPage(input: RenderInput, style: string = layoutStyles.web): string {
  return (
    documentHead(input, style) +
    '<main><article>' +
    articleHeader(input) +
    heroFigure(input) +
    `<div class="body">${body(input)}</div>` +
    sourceLine(input) +
    relatedBlock(input) +
    '</article></main>' +
    documentEnd
  );
}

/** The same article set for a phone: one narrow column, the photo edge to edge. */
export function mobilePage(input: RenderInput): string {
  return webPage(input, layoutStyles.mobile);
}

/** A newspaper page: headline and photo across, the text in three justified columns, print CSS. */
export function printPage(input: RenderInput): string {
  return (
    documentHead(input, layoutStyles.print) +
    '<main><article>' +
    articleHeader(input) +
    heroFigure(input) +
    `<div class="columns">${body(input)}${sourceLine(input)}</div>` +
    relatedBlock(input) +
    '</article></main>' +
    documentEnd
  );
}

// The body's own markup is a closed set (Lede's schema through the static renderer, every
// text and attribute escaped, so a "<" is always a tag), which lets the newsletter give
// each tag its inline style with one pass.
const tagStyles: Record<string, string> = {
  p: s.block,
  h2: s.block,
  h3: s.block,
  h4: s.block,
  ul: s.block,
  ol: s.block,
  figure: s.block,
  blockquote: s.quote,
  aside: s.quote,
  img: s.image,
  figcaption: s.caption,
  a: s.link,
};

function inlineStyled(markup: string): string {
  return markup.replace(
    /<(p|h2|h3|h4|ul|ol|figure|blockquote|aside|img|figcaption|a)(?=[\s/>])/g,
    (tag, name: string) => `${tag} style="${tagStyles[name]!}"`,
  );
}

/** An email: a 600px table, every style inline, nothing that loads but embedded images. */
export function newsletterPage(input: RenderInput): string {
  const { article, options } = input;
  const kicker = article.kicker.trim();
  const standfirst = article.standfirst.trim();
  const byline = bylineText(article.bylines);
  const time = article.firstPublishedAt ?? article.updatedAt;
  const hero = article.hero ? input.assets[article.hero.assetId] : undefined;
  const heroCaption = article.hero
    ? [article.hero.caption.trim(), article.hero.credit.trim()].filter(Boolean).join(' ')
    : '';
  const related = input.related
    .map(
      (item) =>
        `<p style="${s.block}"><strong>${html(item.headline.trim() || 'Untitled')}</strong><br>` +
        `<span style="${s.small}">${item.outlet.trim() ? `${html(item.outlet.trim())} · ` : ''}${html(relativeTime(item.time, options.asOf))}</span>` +
        (item.excerpt ? `<br>${html(item.excerpt)}` : '') +
        '</p>',
    )
    .join('');
  const source = article.source.trim();
  return (
    documentHead(input, layoutStyles.newsletter) +
    `<div style="${s.outer}"><table role="presentation" width="600" cellpadding="0" cellspacing="0" style="${s.table}">` +
    `<tr><td style="${s.masthead}">${html(options.outlet.trim() || 'Newsletter')}</td></tr>` +
    `<tr><td style="${s.cell}">` +
    (kicker ? `<p style="${s.kicker}">${html(kicker)}</p>` : '') +
    `<h1 style="${s.headline}">${html(pageHeadline(input))}</h1>` +
    (standfirst ? `<p style="${s.standfirst}">${html(standfirst)}</p>` : '') +
    `<p style="${s.meta}">${byline ? `${html(byline)} · ` : ''}${article.dateline.trim() ? `${html(article.dateline.trim())} · ` : ''}` +
    `<time datetime="${isoTime(time)}">${html(printedTime(time))}</time></p>` +
    (article.hero && hero
      ? `<img src="${attr(hero.src)}" alt="${attr(article.hero.alt)}" width="536" style="${s.image}">` +
        (heroCaption ? `<p style="${s.caption}">${html(heroCaption)}</p>` : '')
      : '') +
    inlineStyled(body(input)) +
    (source ? `<p style="${s.small}">Source: ${html(source)}</p>` : '') +
    (related ? `<div style="${s.related}"><h2 style="${s.relatedHeading}">Related articles</h2>${related}</div>` : '') +
    '</td></tr></table></div>' +
    documentEnd
  );
}

/** The card a social network shows: 1200×630, the hero photo, the social headline and the outlet. */
export function socialCard(input: RenderInput): string {
  const { article, options } = input;
  const hero = article.hero ? input.assets[article.hero.assetId] : undefined;
  const headline = article.altHeadlines.social.trim() || pageHeadline(input);
  const kicker = article.kicker.trim();
  return (
    documentHead(input, layoutStyles.social) +
    '<div class="card">' +
    (article.hero && hero ? `<img src="${attr(hero.src)}" alt="${attr(article.hero.alt)}">` : '') +
    '<div class="card__shade"></div><div class="card__text">' +
    (kicker ? `<p class="card__kicker">${html(kicker)}</p>` : '') +
    `<h1>${html(headline)}</h1>` +
    `<p class="card__outlet">${html(options.outlet.trim())}</p>` +
    '</div></div>' +
    documentEnd
  );
}
