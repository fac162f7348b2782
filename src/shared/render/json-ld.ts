import { namedBylines } from '../article';
import { isoTime } from './dates';
import type { RenderInput } from './render-types';

type Json = Record<string, unknown>;

/**
 * schema.org NewsArticle for the page's JSON-LD: headline and alternatives, description,
 * authors, dates, dateline, section, keywords from the tags, language, word count, the
 * hero as an ImageObject with caption and credit, and, for agency copy, the agency as
 * sourceOrganization and isBasedOn. Empty fields are left out rather than sent empty.
 */
export function newsArticleJsonLd({ article, assets, options }: RenderInput): Json {
  const alternatives = [...new Set(Object.values(article.altHeadlines).map((h) => h.trim()))].filter(
    (headline) => headline !== '' && headline !== article.headline.trim(),
  );
  const data: Json = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline.trim(),
  };
  if (alternatives.length === 1) data.alternativeHeadline = alternatives[0];
  else if (alternatives.length > 1) data.alternativeHeadline = alternatives;
  if (article.standfirst.trim()) data.description = article.standfirst.trim();
  const authors = namedBylines(article.bylines);
  if (authors.length > 0) data.author = authors.map((name) => ({ '@type': 'Person', name }));
  if (article.firstPublishedAt !== null) data.datePublished = isoTime(article.firstPublishedAt);
  data.dateCreated = isoTime(article.createdAt);
  data.dateModified = isoTime(article.updatedAt);
  if (article.dateline.trim()) data.dateline = article.dateline.trim();
  if (article.section.trim()) data.articleSection = article.section.trim();
  if (article.tags.length > 0) data.keywords = article.tags.map((tag) => tag.name);
  data.inLanguage = article.language;
  data.wordCount = article.wordCount;
  const hero = article.hero ? assets[article.hero.assetId] : undefined;
  if (article.hero && hero) {
    const image: Json = {
      '@type': 'ImageObject',
      encodingFormat: hero.type,
      width: hero.width,
      height: hero.height,
    };
    // A data URI would double the page; a file beside the page is named.
    if (!hero.src.startsWith('data:')) image.contentUrl = hero.src;
    if (article.hero.caption.trim()) image.caption = article.hero.caption.trim();
    if (article.hero.credit.trim()) image.creditText = article.hero.credit.trim();
    if (article.hero.alt.trim()) image.description = article.hero.alt.trim();
    data.image = image;
  }
  if (options.outlet.trim()) data.publisher = { '@type': 'Organization', name: options.outlet.trim() };
  const source = article.source.trim();
  if (source) {
    const agency = { '@type': 'Organization', name: source };
    data.sourceOrganization = agency;
    data.isBasedOn = { '@type': 'CreativeWork', provider: agency };
  }
  return data;
}
