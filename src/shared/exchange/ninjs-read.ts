import { articleLimits, urgencyRange } from '../article';
import { base64ToBytes } from '../render/base64';
import { linkRelations, type LinkRelation } from '../related';
import { cleanTagName, tagLimits, type TagKind } from '../tag';
import { htmlToDoc } from './html-to-doc';
import type { DocNode } from '../doc';

type Json = Record<string, unknown>;

/** A ninjs item read into what Lede keeps, with what was taken and what was left. */
export interface NinjsArticle {
  version: '2.x' | '3.x';
  uri: string;
  /** The Lede id in the uri (`urn:uuid:…`), if it holds one. */
  id: string | undefined;
  headline: string;
  altHeadlines: { web: string; seo: string; social: string };
  kicker: string;
  standfirst: string;
  body: DocNode;
  bylines: string[];
  dateline: string;
  slug: string;
  language: string | undefined;
  urgency: number;
  editorsNote: string;
  source: string;
  embargoAt: number | undefined;
  createdAt: number | undefined;
  updatedAt: number | undefined;
  tags: { kind: TagKind; name: string; externalIds: string[] }[];
  related: { id: string; relation: LinkRelation }[];
  hero: { bytes: Uint8Array; caption: string; credit: string; alt: string } | undefined;
  mapped: string[];
  dropped: string[];
}

const from3: Record<string, string> = {
  representationType: 'representationtype',
  firstCreated: 'firstcreated',
  versionCreated: 'versioncreated',
  contentCreated: 'contentcreated',
  pubStatus: 'pubstatus',
  embargoedUntil: 'embargoed',
  contentType: 'contenttype',
  charCount: 'charcount',
  wordCount: 'wordcount',
  sizeInBytes: 'sizeinbytes',
  infoSources: 'infosources',
  edNote: 'ednote',
  altIds: 'altids',
  copyrightHolder: 'copyrightholder',
  copyrightNotice: 'copyrightnotice',
  usageTerms: 'usageterms',
};

function toVersion2(value: unknown, depth = 0): unknown {
  if (depth > 32) return undefined;
  if (Array.isArray(value)) return value.map((entry) => toVersion2(entry, depth + 1));
  if (typeof value !== 'object' || value === null) return value;
  const out: Json = {};
  for (const [name, entry] of Object.entries(value)) out[from3[name] ?? name] = toVersion2(entry, depth + 1);
  return out;
}

const str = (value: unknown, max: number): string => (typeof value === 'string' ? value.trim().slice(0, max) : '');
const list = (value: unknown): Json[] =>
  Array.isArray(value) ? value.filter((entry): entry is Json => typeof entry === 'object' && entry !== null) : [];
const time = (value: unknown): number | undefined => {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
};
const uuidIn = (uri: string): string | undefined =>
  /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(uri)?.[1]?.toLowerCase();

const handled = new Set([
  'uri',
  'type',
  'representationtype',
  'version',
  'firstcreated',
  'versioncreated',
  'pubstatus',
  'embargoed',
  'urgency',
  'language',
  'headlines',
  'descriptions',
  'bodies',
  'body_html',
  'body_text',
  'by',
  'located',
  'slugline',
  'subjects',
  'people',
  'organisations',
  'places',
  'events',
  'associations',
  'infosources',
  'ednote',
  'headline',
  'description_text',
  'title',
]);

const tagFields: [string, TagKind][] = [
  ['subjects', 'topic'],
  ['people', 'person'],
  ['organisations', 'organisation'],
  ['places', 'place'],
  ['events', 'event'],
];

/** Whether a parsed JSON object is a ninjs 3 item (camelCase names) rather than 2.x. */
const isVersion3 = (item: Json): boolean =>
  ['versionCreated', 'firstCreated', 'pubStatus', 'embargoedUntil', 'infoSources', 'edNote'].some(
    (key) => key in item,
  ) || /ninjs-schema_3/.test(String(item.$schema ?? ''));

/**
 * Reads a ninjs 2.x or 3.x item: headlines by role, the standfirst, the HTML (or text)
 * body through the editor's schema, bylines, dateline, slugline, typed tags with their
 * uris, related stories from text associations with `urn:uuid:` uris, the hero picture
 * when its rendition is embedded as a data URI, the source line from infosources.
 * Throws an Error with a sentence when the item has no uri.
 */
export function readNinjs(raw: Json): NinjsArticle {
  const version = isVersion3(raw) ? '3.x' : '2.x';
  const item = toVersion2(raw) as Json;
  const uri = str(item.uri, 2_000);
  if (!uri) throw new Error('This ninjs item has no "uri", which ninjs requires; nothing was imported from it.');
  const mapped: string[] = ['uri'];
  const dropped: string[] = [];
  const headlines = list(item.headlines);
  const byRole = (entries: Json[], role: string): string =>
    str(entries.find((entry) => entry.role === role)?.value, articleLimits.headline);
  const main =
    byRole(headlines, 'main') ||
    str(headlines.find((entry) => entry.role === undefined)?.value, articleLimits.headline) ||
    str(headlines[0]?.value, articleLimits.headline) ||
    str(item.headline, articleLimits.headline);
  if (headlines.length || item.headline) mapped.push('headlines');
  const descriptions = list(item.descriptions);
  const standfirst =
    str((descriptions.find((entry) => entry.role === 'summary') ?? descriptions[0])?.value, articleLimits.standfirst) ||
    str(item.description_text, articleLimits.standfirst);
  if (standfirst) mapped.push('descriptions');

  const bodies = list(item.bodies);
  const htmlBody =
    bodies.find((entry) => /html/i.test(String(entry.contenttype ?? ''))) ??
    (typeof item.body_html === 'string' ? { value: item.body_html } : undefined);
  const textBody =
    bodies.find((entry) => !entry.contenttype || /plain/i.test(String(entry.contenttype))) ??
    (typeof item.body_text === 'string' ? { value: item.body_text } : undefined);
  let body: DocNode = { type: 'doc', content: [{ type: 'paragraph' }] };
  if (htmlBody && typeof htmlBody.value === 'string') {
    const converted = htmlToDoc(htmlBody.value);
    body = converted.doc;
    mapped.push('bodies (HTML)');
    const { report, unknownTags } = converted;
    if (report.active) dropped.push(`${report.active} script(s), frame(s) or embedded object(s) in the body`);
    if (report.images) dropped.push(`${report.images} image(s) in the body (import photos from their files)`);
    if (report.unsafeLinks) dropped.push(`${report.unsafeLinks} link(s) that were not http, https or mailto`);
    if (unknownTags.length)
      dropped.push(`markup the editor does not keep: ${unknownTags.map((tag) => `<${tag}>`).join(', ')}`);
  } else if (textBody && typeof textBody.value === 'string') {
    body = {
      type: 'doc',
      content: textBody.value
        .split(/\n\s*\n/)
        .map((text) => text.trim())
        .filter(Boolean)
        .map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    };
    if (body.content!.length === 0) body.content = [{ type: 'paragraph' }];
    mapped.push('bodies (text)');
  }

  const byline = str(item.by, articleLimits.byline * 4);
  const bylines = byline
    ? byline
        .replace(/^by\s+/i, '')
        .split(/\s*(?:,|\band\b|&)\s*/i)
        .map((name) => name.trim().slice(0, articleLimits.byline))
        .filter(Boolean)
        .slice(0, articleLimits.bylines)
    : [];
  if (bylines.length) mapped.push('by');

  const tags: NinjsArticle['tags'] = [];
  for (const [field, kind] of tagFields) {
    for (const entry of list(item[field])) {
      const name = cleanTagName(str(entry.name, tagLimits.name * 2) || str(entry.literal, tagLimits.name * 2)).slice(
        0,
        tagLimits.name,
      );
      if (!name) continue;
      const externalIds =
        typeof entry.uri === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(entry.uri) ? [entry.uri.slice(0, 500)] : [];
      if (
        tags.length < tagLimits.perArticle &&
        !tags.some((tag) => tag.kind === kind && tag.name.toLowerCase() === name.toLowerCase())
      )
        tags.push({ kind, name, externalIds });
    }
    if (list(item[field]).length) mapped.push(field);
  }

  const related: NinjsArticle['related'] = [];
  let hero: NinjsArticle['hero'];
  for (const association of list(item.associations)) {
    const target = uuidIn(str(association.uri, 200));
    if (association.type === 'picture' && !hero) {
      const href = list(association.renditions)
        .map((r) => r.href)
        .find((h): h is string => typeof h === 'string' && /^data:image\/[a-z+]+;base64,/.test(h));
      const descriptions = list(association.descriptions);
      if (href) {
        try {
          hero = {
            bytes: base64ToBytes(href.slice(href.indexOf(',') + 1)),
            caption: str(
              (descriptions.find((d) => d.role === 'caption') ?? list(association.headlines)[0])?.value,
              2_000,
            ),
            credit: str(association.by, 300),
            alt: str(descriptions.find((d) => d.role === 'alt')?.value, 1_000),
          };
          mapped.push('associations (hero picture)');
          continue;
        } catch {
          // fall through to the report
        }
      }
      dropped.push(`picture "${str(association.name, 60)}" (its image is not embedded in the file)`);
    } else if (target && (association.type === 'text' || association.type === undefined)) {
      const named = str(association.rel, 40) || /^([a-z_]+)-\d+$/.exec(str(association.name, 60))?.[1] || 'related';
      const relation = (linkRelations as readonly string[]).includes(named) ? (named as LinkRelation) : 'related';
      if (!related.some((link) => link.id === target)) related.push({ id: target, relation });
    } else {
      dropped.push(`association "${str(association.name, 60) || str(association.uri, 60)}"`);
    }
  }

  const source = str(list(item.infosources)[0]?.name, articleLimits.source);
  if (source) mapped.push('infosources');
  const urgencyValue = typeof item.urgency === 'number' ? Math.round(item.urgency) : urgencyRange.default;
  for (const key of Object.keys(item)) if (!handled.has(key)) dropped.push(key);
  for (const key of [
    'located',
    'slugline',
    'ednote',
    'language',
    'urgency',
    'embargoed',
    'firstcreated',
    'versioncreated',
  ])
    if (item[key] !== undefined) mapped.push(key);

  return {
    version,
    uri,
    id: uuidIn(uri),
    headline: main,
    altHeadlines: { web: byRole(headlines, 'web'), seo: byRole(headlines, 'seo'), social: byRole(headlines, 'social') },
    kicker: str(headlines.find((entry) => entry.role === 'kicker')?.value, articleLimits.kicker),
    standfirst,
    body,
    bylines,
    dateline: str(item.located, articleLimits.dateline),
    slug: str(item.slugline, 200),
    language: typeof item.language === 'string' ? item.language : undefined,
    urgency: Math.min(urgencyRange.max, Math.max(urgencyRange.min, urgencyValue)),
    editorsNote: str(item.ednote, articleLimits.editorsNote),
    source,
    embargoAt: time(item.embargoed),
    createdAt: time(item.firstcreated),
    updatedAt: time(item.versioncreated),
    tags,
    related,
    hero,
    mapped,
    dropped,
  };
}
