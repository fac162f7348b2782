import { z } from 'zod';
import { DocSchema, type DocNode } from './doc';
import { HeroImage } from './hero-image';

/** Field caps: far beyond any real article, low enough that one payload cannot swamp the store. */
export const articleLimits = {
  headline: 1_000,
  standfirst: 5_000,
  byline: 500,
  /** Serialised body JSON, in bytes (UTF-8). */
  bodyBytes: 5 * 1024 * 1024,
} as const;

export const articleStatuses = ['draft', 'review', 'ready', 'published', 'spiked'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

export interface Article {
  id: string;
  headline: string;
  standfirst: string;
  byline: string;
  body: DocNode;
  bodyText: string;
  /** The photo above the article, or null for none. */
  hero: HeroImage | null;
  wordCount: number;
  status: ArticleStatus;
  /** Milliseconds since the epoch, UTC. */
  createdAt: number;
  updatedAt: number;
  /** Goes up by one with every accepted write; updates name the revision they were based on. */
  revision: number;
}

export type ArticleSummary = Omit<Article, 'body' | 'bodyText' | 'hero'>;

export const ArticleId = z.uuid({ error: 'the article id must be a UUID' });

export const ArticleFields = z
  .object({
    headline: z.string().max(articleLimits.headline, `the headline is over ${articleLimits.headline} characters`),
    standfirst: z
      .string()
      .max(articleLimits.standfirst, `the standfirst is over ${articleLimits.standfirst} characters`),
    byline: z.string().max(articleLimits.byline, `the byline is over ${articleLimits.byline} characters`),
    body: DocSchema,
    hero: HeroImage.nullable(),
    status: z.enum(articleStatuses),
  })
  .partial()
  .strict();
export type ArticleFields = z.infer<typeof ArticleFields>;

/** Where a page of the list starts: after this (updatedAt, id). */
export const ListCursor = z.object({ updatedAt: z.number().int().nonnegative(), id: ArticleId }).strict();
export type ListCursor = z.infer<typeof ListCursor>;
