import { namedBylines } from '../article';
import { relativeTime } from '../relative-time';
import { textDirection } from '../text-direction';
import { renderPolicy } from './content-policy';
import { isoTime, printedTime } from './dates';
import { escapeAttribute as attr, escapeHtml as html, jsonForScript } from './escape';
import { newsArticleJsonLd } from './json-ld';
import type { RenderInput } from './render-types';

/** "By Ana Costa and Jo Lee", or empty. */
export function bylineText(bylines: readonly string[]): string {
  const names = namedBylines(bylines);
  if (names.length === 0) return '';
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
  return `By ${list}`;
}

/** The headline a page shows: the web headline when the desk wrote one. */
export function pageHeadline(input: RenderInput): string {
  return (input.article.altHeadlines.web.trim() || input.article.headline.trim() || 'Untitled').trim();
}

/** True when the page names its images as files beside it rather than embedding them. */
export function imagesBeside(input: RenderInput): boolean {
  return Object.values(input.assets).some((asset) => !asset.src.startsWith('data:'));
}

/** `<!doctype html>` to `<body …>`: language and direction, the policy, the title, the style and the JSON-LD. */
export function documentHead(input: RenderInput, style: string, extraHead = ''): string {
  const { article } = input;
  const lang = article.language || 'en';
  const description = article.standfirst.trim();
  return (
    `<!doctype html><html lang="${attr(lang)}" dir="${textDirection(lang)}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${attr(renderPolicy(imagesBeside(input)))}">` +
    '<meta name="referrer" content="no-referrer">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${html(pageHeadline(input))}</title>` +
    (description ? `<meta name="description" content="${attr(description)}">` : '') +
    extraHead +
    `<style>${style}</style>` +
    `<script type="application/ld+json">${jsonForScript(newsArticleJsonLd(input))}</script>` +
    `</head><body class="layout-${input.options.layout}">`
  );
}

export const documentEnd = '</body></html>';

/** The hero photo as a figure with its caption and credit; empty when there is none or its image is missing. */
export function heroFigure(input: RenderInput, className = 'hero'): string {
  const hero = input.article.hero;
  if (!hero) return '';
  const asset = input.assets[hero.assetId];
  if (!asset) return '';
  const caption = hero.caption.trim();
  const credit = hero.credit.trim();
  const figcaption =
    caption || credit
      ? `<figcaption>${caption ? `<span class="figure__caption">${html(caption)}</span>` : ''}${caption && credit ? ' ' : ''}${credit ? `<span class="figure__credit">${html(credit)}</span>` : ''}</figcaption>`
      : '';
  return `<figure class="${className}"><img src="${attr(asset.src)}" alt="${attr(hero.alt)}" width="${asset.width}" height="${asset.height}">${figcaption}</figure>`;
}

/** Kicker, headline, standfirst, byline, dateline and time: the top of an article. */
export function articleHeader(input: RenderInput): string {
  const { article } = input;
  const kicker = article.kicker.trim();
  const standfirst = article.standfirst.trim();
  const byline = bylineText(article.bylines);
  const dateline = article.dateline.trim();
  const time = article.firstPublishedAt ?? article.updatedAt;
  return (
    '<header class="article-header">' +
    (kicker ? `<p class="kicker">${html(kicker)}</p>` : '') +
    `<h1>${html(pageHeadline(input))}</h1>` +
    (standfirst ? `<p class="standfirst">${html(standfirst)}</p>` : '') +
    '<p class="meta">' +
    (byline ? `<span class="byline">${html(byline)}</span> ` : '') +
    (dateline ? `<span class="dateline">${html(dateline)}</span> ` : '') +
    `<time datetime="${isoTime(time)}">${html(printedTime(time))}</time>` +
    '</p></header>'
  );
}

/** The source line after the body ("agencies"). */
export function sourceLine(input: RenderInput): string {
  const source = input.article.source.trim();
  return source ? `<p class="source-line">Source: ${html(source)}</p>` : '';
}

/** "Related articles": headline, outlet, relative time and excerpt of each, times against `asOf`. */
export function relatedBlock(input: RenderInput): string {
  if (input.related.length === 0) return '';
  const items = input.related
    .map((item) => {
      const outlet = item.outlet.trim();
      const when = relativeTime(item.time, input.options.asOf);
      return (
        '<li class="related__item">' +
        `<p class="related__headline">${html(item.headline.trim() || 'Untitled')}</p>` +
        '<p class="related__meta">' +
        (outlet ? `<span class="related__outlet">${html(outlet)}</span> · ` : '') +
        `<time datetime="${isoTime(item.time)}">${html(when)}</time></p>` +
        (item.excerpt ? `<p class="related__excerpt">${html(item.excerpt)}</p>` : '') +
        '</li>'
      );
    })
    .join('');
  return `<section class="related" aria-labelledby="related-title"><h2 id="related-title">Related articles</h2><ul>${items}</ul></section>`;
}
