import { namedBylines, type Article } from '../article';
import { countCharacters } from '../text-counts';
import { bodyHtml } from '../render/body-html';
import { isoTime } from '../render/dates';
import type { RenderAsset } from '../render/render-types';
import type { LinkRelation, RelatedBlockItem } from '../related';
import type { TagKind } from '../tag';

type Json = Record<string, unknown>;

// Latin, Greek, Cyrillic and general punctuation without combining marks: one code unit,
// one grapheme, so the count needs no segmenter (which costs milliseconds per article).
const simpleText = /^[\t\n\r\u0020-\u02ff\u0370-\u0482\u048a-\u0590\u2000-\u200c\u200e-\u20cf\u2100-\u218f]*$/;

/** Characters as a reader counts them (grapheme clusters), quickly for plain text. */
export function charCount(text: string): number {
  if (!simpleText.test(text)) return countCharacters(text);
  let crlf = 0;
  for (let at = text.indexOf('\r\n'); at !== -1; at = text.indexOf('\r\n', at + 2)) crlf++;
  return text.length - crlf;
}

/** An article's id as a ninjs uri; the importer reads it back to find the article. */
export const articleUri = (id: string): string => `urn:uuid:${id}`;
/** An image's uri: its sha256, as Lede keys it. */
export const assetUri = (hash: string): string => `urn:lede:asset:sha256:${hash}`;

const tagFields: Record<TagKind, string> = {
  topic: 'subjects',
  person: 'people',
  organisation: 'organisations',
  place: 'places',
  event: 'events',
};

/** Lede's workflow state as ninjs's publication status: only published copy is usable. */
function pubstatus(status: Article['status']): string {
  if (status === 'published') return 'usable';
  if (status === 'spiked') return 'canceled';
  return 'withheld';
}

export interface NinjsInput {
  article: Article;
  related: readonly RelatedBlockItem[];
  /** Images by hash: `src` goes into the body and the hero rendition (a data URI when embedded). */
  assets: Readonly<Record<string, RenderAsset & { size?: number }>>;
}

/**
 * The article as an IPTC ninjs 2.2 news item: uri, type, version, times, status,
 * embargo, urgency, language, headlines by role, the standfirst as a description, the
 * body as HTML with its counts, by, located, slugline, typed tags as subjects, people,
 * organisations, places and events (with their external ids as uris), the hero image and
 * the related stories as associations, the source line as an infosource, the editor's note.
 */
export function ninjs22({ article, related, assets }: NinjsInput): Json {
  const item: Json = {
    uri: articleUri(article.id),
    type: 'text',
    representationtype: 'full',
    version: String(article.revision),
    firstcreated: isoTime(article.createdAt),
    versioncreated: isoTime(article.updatedAt),
    pubstatus: pubstatus(article.status),
  };
  if (article.embargo) item.embargoed = isoTime(article.embargo.at);
  item.urgency = article.urgency;
  item.language = article.language;
  const headlines = [{ role: 'main', value: article.headline }];
  for (const role of ['web', 'seo', 'social'] as const) {
    const value = article.altHeadlines[role].trim();
    if (value) headlines.push({ role, value });
  }
  if (article.kicker.trim()) headlines.push({ role: 'kicker', value: article.kicker.trim() });
  item.headlines = headlines;
  if (article.standfirst.trim()) item.descriptions = [{ role: 'summary', value: article.standfirst.trim() }];
  item.bodies = [
    {
      role: 'main',
      contenttype: 'text/html',
      charcount: charCount(article.bodyText),
      wordcount: article.wordCount,
      value: bodyHtml(article.body, (hash) => assets[hash]?.src ?? ''),
    },
  ];
  const by = namedBylines(article.bylines);
  if (by.length > 0) item.by = by.join(', ');
  if (article.dateline.trim()) item.located = article.dateline.trim();
  if (article.slug) item.slugline = article.slug;
  for (const tag of article.tags) {
    const field = tagFields[tag.kind];
    const entry: Json = { name: tag.name };
    const uri = tag.externalIds[0];
    if (uri && /^[a-z][a-z0-9+.-]*:/i.test(uri)) entry.uri = uri;
    const list = (item[field] as Json[] | undefined) ?? [];
    list.push(entry);
    item[field] = list;
  }
  const associations: Json[] = [];
  const hero = article.hero ? assets[article.hero.assetId] : undefined;
  if (article.hero && hero) {
    const picture: Json = { name: 'featureimage', uri: assetUri(article.hero.assetId), type: 'picture' };
    if (article.hero.caption.trim()) picture.headlines = [{ value: article.hero.caption.trim() }];
    const descriptions: Json[] = [];
    if (article.hero.caption.trim()) descriptions.push({ role: 'caption', value: article.hero.caption.trim() });
    if (article.hero.alt.trim()) descriptions.push({ role: 'alt', value: article.hero.alt.trim() });
    if (descriptions.length > 0) picture.descriptions = descriptions;
    if (article.hero.credit.trim()) picture.by = article.hero.credit.trim();
    const rendition: Json = {
      name: 'original',
      contenttype: hero.type,
      width: hero.width,
      height: hero.height,
    };
    if (/^(data|https?):/.test(hero.src)) rendition.href = hero.src;
    if (hero.size !== undefined) rendition.sizeinbytes = hero.size;
    picture.renditions = [rendition];
    associations.push(picture);
  }
  related.forEach((story, index) => {
    const association: Json = {
      name: `${story.relation}-${index + 1}`,
      uri: articleUri(story.id),
      type: 'text',
      headlines: [{ value: story.headline }],
      versioncreated: isoTime(story.time),
    };
    if (story.excerpt) association.descriptions = [{ role: 'summary', value: story.excerpt }];
    if (story.outlet.trim()) association.infosources = [{ name: story.outlet.trim() }];
    associations.push(association);
  });
  if (associations.length > 0) item.associations = associations;
  if (article.source.trim()) item.infosources = [{ name: article.source.trim(), role: 'source' }];
  if (article.editorsNote.trim()) item.ednote = article.editorsNote.trim();
  return item;
}

/** ninjs 3 renamed its properties to camelCase (and `embargoed` to `embargoedUntil`). */
const renamed3: Record<string, string> = {
  representationtype: 'representationType',
  firstcreated: 'firstCreated',
  versioncreated: 'versionCreated',
  pubstatus: 'pubStatus',
  embargoed: 'embargoedUntil',
  contenttype: 'contentType',
  charcount: 'charCount',
  wordcount: 'wordCount',
  sizeinbytes: 'sizeInBytes',
  infosources: 'infoSources',
  ednote: 'edNote',
  altids: 'altIds',
};

function toVersion3(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toVersion3);
  if (typeof value !== 'object' || value === null) return value;
  // Only property names are renamed; values (a body's HTML among them) pass as they are.
  const out: Json = {};
  for (const [name, entry] of Object.entries(value)) out[renamed3[name] ?? name] = toVersion3(entry);
  return out;
}

/** The same item as ninjs 3.1: camelCase names, a relation on each related association. */
export function ninjs31(input: NinjsInput): Json {
  const item = toVersion3(ninjs22(input)) as Json;
  const associations = item.associations as Json[] | undefined;
  if (associations) {
    for (const association of associations) {
      const relation = /^([a-z_]+)-\d+$/.exec(String(association.name))?.[1] as LinkRelation | undefined;
      if (association.type === 'text' && relation) association.rel = relation;
    }
  }
  return item;
}

/** A ninjs document as a file: two-space JSON and a final newline. */
export const ninjsText = (item: Json): string => `${JSON.stringify(item, null, 2)}\n`;
