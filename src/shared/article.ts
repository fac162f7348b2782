import { z } from 'zod';
import type { ArticleStatus } from './article-status';
import { DocSchema, type DocNode } from './doc';
import { EmbargoSchema, type Embargo } from './embargo';
import { canonicalLanguage, maxLanguageTagLength } from './language';
import { isSlug, maxSlugLength } from './slug';
import { HeroImage } from './hero-image';
import { ArticleTagIds, type Tag } from './tag';

export { articleStatuses, statusLabels, type ArticleStatus } from './article-status';

/**
 * Hard caps (the contract refuses more): far beyond any real article, low enough that one
 * payload cannot swamp the store. The desk's own, much lower limits are settings.
 */
export const articleLimits = {
  headline: 1_000,
  altHeadline: 1_000,
  standfirst: 5_000,
  kicker: 200,
  slug: maxSlugLength,
  byline: 500,
  bylines: 20,
  dateline: 200,
  section: 200,
  source: 500,
  editorsNote: 5_000,
  /** Serialised body JSON, in bytes (UTF-8). */
  bodyBytes: 5 * 1024 * 1024,
} as const;

/** The roles an alternative headline can have: the web page, search engines, social posts. */
export const altHeadlineRoles = ['web', 'seo', 'social'] as const;
export type AltHeadlineRole = (typeof altHeadlineRoles)[number];
export type AltHeadlines = Record<AltHeadlineRole, string>;
export const altHeadlineLabels: Record<AltHeadlineRole, string> = { web: 'Web', seo: 'SEO', social: 'Social' };

/** Urgency as news agencies grade it: 1 is a flash, 9 the least urgent. */
export const urgencyRange = { min: 1, max: 9, default: 5 } as const;
export const defaultLanguage = 'en';

export interface Article {
  id: string;
  /** The small line above the headline ("EXCLUSIVE", "Analysis"). */
  kicker: string;
  headline: string;
  altHeadlines: AltHeadlines;
  standfirst: string;
  /** Unique across the store; follows the headline until someone edits it. */
  slug: string;
  slugEdited: boolean;
  bylines: string[];
  /** The place the story was filed from ("ISTANBUL"). */
  dateline: string;
  section: string;
  /** The source or agency line ("agencies", "Reuters"). */
  source: string;
  /** BCP 47 tag; it also sets the direction the text runs (see textDirection). */
  language: string;
  urgency: number;
  editorsNote: string;
  embargo: Embargo | null;
  /** Topics, people, organisations, places and events, in the editor's order. */
  tags: Tag[];
  body: DocNode;
  bodyText: string;
  /** The photo above the article, or null for none. */
  hero: HeroImage | null;
  wordCount: number;
  status: ArticleStatus;
  /** The state a spiked article returns to; null unless spiked. */
  statusBeforeSpike: ArticleStatus | null;
  /** Milliseconds since the epoch, UTC. */
  createdAt: number;
  updatedAt: number;
  /** Set the first time the article moves to published; never cleared. */
  firstPublishedAt: number | null;
  /** Goes up by one with every accepted write; updates name the revision they were based on. */
  revision: number;
}

/** What the library lists and a save returns: no body, no hero and no tags (the article has them). */
export type ArticleSummary = Omit<Article, 'body' | 'bodyText' | 'hero' | 'tags'>;

export const ArticleId = z.uuid({ error: 'the article id must be a UUID' });

const text = (what: string, max: number) => z.string().max(max, `the ${what} is over ${max} characters`);

export const LanguageTag = z
  .string()
  .max(maxLanguageTagLength, `the language tag is over ${maxLanguageTagLength} characters`)
  .refine((tag) => canonicalLanguage(tag) !== null, {
    error: (issue) => `“${String(issue.input).slice(0, 40)}” is not a language tag like en, en-GB, ar or ur`,
  })
  // Canonicalising twice gives the same tag, so main and the core may both parse it.
  .transform((tag) => canonicalLanguage(tag)!);

/** A slug as typed; empty means "derive it from the headline again". */
export const SlugInput = z
  .string()
  .max(maxSlugLength, `the slug is over ${maxSlugLength} characters`)
  .refine((slug) => slug === '' || isSlug(slug), {
    error: 'a slug is lower-case words joined by hyphens, like council-votes-on-budget',
  });

/** Every field the editor writes; each is optional in a patch. */
export const ArticleFields = z
  .object({
    kicker: text('kicker', articleLimits.kicker),
    headline: text('headline', articleLimits.headline),
    altHeadlines: z
      .object({
        web: text('web headline', articleLimits.altHeadline),
        seo: text('SEO headline', articleLimits.altHeadline),
        social: text('social headline', articleLimits.altHeadline),
      })
      .partial()
      .strict(),
    standfirst: text('standfirst', articleLimits.standfirst),
    slug: SlugInput,
    bylines: z
      .array(text('byline', articleLimits.byline))
      .max(articleLimits.bylines, `an article has at most ${articleLimits.bylines} bylines`),
    dateline: text('dateline', articleLimits.dateline),
    section: text('section', articleLimits.section),
    source: text('source line', articleLimits.source),
    language: LanguageTag,
    urgency: z
      .number()
      .int('urgency is a whole number from 1 to 9')
      .min(urgencyRange.min, 'urgency is a whole number from 1 to 9')
      .max(urgencyRange.max, 'urgency is a whole number from 1 to 9'),
    editorsNote: text("editor's note", articleLimits.editorsNote),
    embargo: EmbargoSchema.nullable(),
    /** Tag ids in order; the whole list is replaced. */
    tags: ArticleTagIds,
    body: DocSchema,
    hero: HeroImage.nullable(),
  })
  .partial()
  .strict();
export type ArticleFields = z.input<typeof ArticleFields>;
export type ArticlePatch = z.output<typeof ArticleFields>;

/** Where a page of the list starts: after this (updatedAt, id). */
export const ListCursor = z.object({ updatedAt: z.number().int().nonnegative(), id: ArticleId }).strict();
export type ListCursor = z.infer<typeof ListCursor>;

/** The bylines that name someone, trimmed: what lists and checks read. */
export function namedBylines(bylines: readonly string[]): string[] {
  return bylines.map((byline) => byline.trim()).filter((byline) => byline !== '');
}
