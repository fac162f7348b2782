import { z } from 'zod';
import { ArticleFields, ArticleId, articleStatuses, type Article } from '../article';
import { AssetHash, imageTypes, type Asset } from '../asset';
import { EmbargoSchema } from '../embargo';
import { linkRelations, linkLimits, type LinkRelation } from '../related';
import { ExternalIds, TagKindSchema, TagName, tagLimits } from '../tag';
import { base64ToBytes, bytesToBase64 } from '../render/base64';

/** The native format's name and version: a file saying anything else is refused, not guessed at. */
export const ledeFormat = { format: 'lede.article', version: 1 } as const;

/** A related link as the file carries it: the target by id, so it survives a new headline. */
export interface LedeJsonLink {
  id: string;
  relation: LinkRelation;
  note: string;
}

/** An image: always described; its bytes as base64 when embedded, else left out (referenced by hash). */
export interface LedeJsonAsset {
  hash: string;
  type: Asset['type'];
  width: number;
  height: number;
  size: number;
  data?: string;
}

/**
 * The native file, version 1. Every article field (the derived body text and word count
 * excepted: they follow from the body), tags by kind and name with their external ids,
 * related links by article id in order, images embedded or referenced. Keys are written in
 * this order, so exporting what was imported gives the same bytes.
 */
export function ledeJson(
  article: Article,
  links: readonly LedeJsonLink[],
  assets: readonly (Asset & { bytes?: Uint8Array })[],
): string {
  const file = {
    format: ledeFormat.format,
    version: ledeFormat.version,
    article: {
      id: article.id,
      kicker: article.kicker,
      headline: article.headline,
      altHeadlines: {
        web: article.altHeadlines.web,
        seo: article.altHeadlines.seo,
        social: article.altHeadlines.social,
      },
      standfirst: article.standfirst,
      slug: article.slug,
      slugEdited: article.slugEdited,
      bylines: article.bylines,
      dateline: article.dateline,
      section: article.section,
      source: article.source,
      language: article.language,
      urgency: article.urgency,
      editorsNote: article.editorsNote,
      embargo: article.embargo ? { local: article.embargo.local, timeZone: article.embargo.timeZone } : null,
      status: article.status,
      statusBeforeSpike: article.statusBeforeSpike,
      createdAt: article.createdAt,
      updatedAt: article.updatedAt,
      firstPublishedAt: article.firstPublishedAt,
      revision: article.revision,
      hero: article.hero
        ? {
            assetId: article.hero.assetId,
            caption: article.hero.caption,
            credit: article.hero.credit,
            alt: article.hero.alt,
          }
        : null,
      body: article.body,
    },
    tags: article.tags.map((tag) => ({ kind: tag.kind, name: tag.name, externalIds: tag.externalIds })),
    related: links.map((link) => ({ id: link.id, relation: link.relation, note: link.note })),
    assets: assets.map((asset) => ({
      hash: asset.hash,
      type: asset.type,
      width: asset.width,
      height: asset.height,
      size: asset.size,
      ...(asset.bytes ? { data: bytesToBase64(asset.bytes) } : {}),
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const Time = z.number().int().nonnegative().max(8.64e15);
const fields = ArticleFields;

/** What a native file must hold; checked whole before anything is written. */
export const LedeJsonFile = z
  .object({
    format: z.literal(ledeFormat.format),
    version: z.literal(ledeFormat.version),
    article: z
      .object({
        id: ArticleId,
        kicker: fields.shape.kicker.unwrap(),
        headline: fields.shape.headline.unwrap(),
        altHeadlines: z
          .object({
            web: fields.shape.headline.unwrap(),
            seo: fields.shape.headline.unwrap(),
            social: fields.shape.headline.unwrap(),
          })
          .strict(),
        standfirst: fields.shape.standfirst.unwrap(),
        slug: fields.shape.slug.unwrap(),
        slugEdited: z.boolean(),
        bylines: fields.shape.bylines.unwrap(),
        dateline: fields.shape.dateline.unwrap(),
        section: fields.shape.section.unwrap(),
        source: fields.shape.source.unwrap(),
        language: fields.shape.language.unwrap(),
        urgency: fields.shape.urgency.unwrap(),
        editorsNote: fields.shape.editorsNote.unwrap(),
        embargo: EmbargoSchema.nullable(),
        status: z.enum(articleStatuses),
        statusBeforeSpike: z.enum(articleStatuses).nullable(),
        createdAt: Time,
        updatedAt: Time,
        firstPublishedAt: Time.nullable(),
        revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
        hero: fields.shape.hero.unwrap(),
        body: fields.shape.body.unwrap(),
      })
      .strict(),
    tags: z
      .array(z.object({ kind: TagKindSchema, name: TagName, externalIds: ExternalIds }).strict())
      .max(tagLimits.perArticle),
    related: z
      .array(
        z.object({ id: ArticleId, relation: z.enum(linkRelations), note: z.string().max(linkLimits.note) }).strict(),
      )
      .max(linkLimits.perArticle),
    assets: z
      .array(
        z
          .object({
            hash: AssetHash,
            type: z.enum(imageTypes),
            width: z.number().int().positive(),
            height: z.number().int().positive(),
            size: z.number().int().positive(),
            data: z.string().optional(),
          })
          .strict(),
      )
      .max(500),
  })
  .strict();
export type LedeJsonFile = z.output<typeof LedeJsonFile>;

/** The bytes of an embedded image, or undefined when the file only references it. */
export function assetBytes(asset: { data?: string }): Uint8Array | undefined {
  return asset.data === undefined ? undefined : base64ToBytes(asset.data);
}
