import { z } from 'zod';

/** What a tag names. Unique by kind and folded name: "Turkey" the place and the topic are two tags. */
export const tagKinds = ['topic', 'person', 'organisation', 'place', 'event'] as const;
export type TagKind = (typeof tagKinds)[number];

export const tagKindLabels: Record<TagKind, string> = {
  topic: 'Topic',
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  event: 'Event',
};

export const tagLimits = {
  /** Characters (code points), as the store's CHECK counts them. */
  name: 200,
  externalIds: 10,
  externalId: 500,
  /** Tags on one article. */
  perArticle: 50,
} as const;

/** A tag as an article carries it. */
export interface Tag {
  id: number;
  kind: TagKind;
  name: string;
  /** URIs naming the same thing elsewhere (IPTC Media Topic, Wikidata), kept for export. */
  externalIds: string[];
}

/** A tag with how many articles carry it: the tag manager's rows. */
export interface TagWithCount extends Tag {
  articleCount: number;
  createdAt: number;
}

/** How a tag matched what was typed, best first. */
export const tagMatchKinds = ['exact', 'prefix', 'word', 'fuzzy', 'typo'] as const;
export type TagMatchKind = (typeof tagMatchKinds)[number];

/** Autocomplete counts a tag's articles only this far; more reads as "1,000+". */
export const tagMatchCountCap = 1_000;

/** One autocomplete suggestion. */
export interface TagMatch extends Tag {
  match: TagMatchKind;
  /** Articles with the tag, counted up to tagMatchCountCap. */
  articleCount: number;
}

/** A name as stored: NFC, trimmed, runs of white space made one space. */
export function cleanTagName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/**
 * The folded name uniqueness and matching use: accents and case gone, spaces collapsed,
 * so "Kyiv", "KYIV" and "Kyïv" are one tag of a kind.
 */
export function tagNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim()
    .replace(/\s+/gu, ' ');
}

/** What is wrong with a cleaned tag name, or null: the page checks before it asks the store. */
export function tagNameProblem(name: string): string | null {
  if (name === '') return 'a tag needs a name; it is empty or only spaces';
  if ([...name].length > tagLimits.name) return `a tag name is at most ${tagLimits.name} characters`;
  if (tagNameKey(name) === '') return 'a tag name needs at least one letter or digit';
  return null;
}

/** A tag name as typed: checked after cleaning, so "   " is empty, not three characters. */
export const TagName = z
  .string({ error: 'a tag name must be text' })
  .max(tagLimits.name * 4, `a tag name is at most ${tagLimits.name} characters`)
  .transform(cleanTagName)
  .superRefine((name, ctx) => {
    const problem = tagNameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const TagKindSchema = z.enum(tagKinds, {
  error: `a tag kind is one of ${tagKinds.join(', ')}`,
});

export const TagId = z
  .number({ error: 'the tag id must be a number' })
  .int('the tag id must be a whole number')
  .min(1, 'the tag id must be positive')
  .max(Number.MAX_SAFE_INTEGER);

/** An absolute URI: a scheme, a colon, and no spaces. */
const uriPattern = /^[a-z][a-z0-9+.-]*:\S+$/i;

export const ExternalIds = z
  .array(
    z
      .string()
      .trim()
      .max(tagLimits.externalId, `an external id is at most ${tagLimits.externalId} characters`)
      .regex(uriPattern, 'an external id is a URI, like http://cv.iptc.org/newscodes/mediatopic/11000000'),
  )
  .max(tagLimits.externalIds, `a tag has at most ${tagLimits.externalIds} external ids`)
  .transform((ids) => [...new Set(ids)]);

export const TagCreateInput = z
  .object({ kind: TagKindSchema, name: TagName, externalIds: ExternalIds.default([]) })
  .strict();

export const TagUpdateInput = z
  .object({ id: TagId, name: TagName.optional(), kind: TagKindSchema.optional(), externalIds: ExternalIds.optional() })
  .strict();

export const TagSearchInput = z
  .object({
    query: z.string().max(tagLimits.name * 4, 'the search is too long'),
    kind: TagKindSchema.optional(),
    /** Tags already chosen, left out of the answer. */
    exclude: z.array(TagId).max(tagLimits.perArticle).default([]),
    limit: z.number().int().min(1).max(50).default(10),
  })
  .strict();

/** The tags of an article in a patch, by id, in the order shown. */
export const ArticleTagIds = z
  .array(TagId)
  .max(tagLimits.perArticle, `an article has at most ${tagLimits.perArticle} tags`);

/** "Kyiv (place)": how a tag reads where its kind matters. */
export function describeTag(tag: Pick<Tag, 'kind' | 'name'>): string {
  return `${tag.name} (${tagKindLabels[tag.kind].toLowerCase()})`;
}
