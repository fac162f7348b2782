import { z } from 'zod';
import { articleLimits, articleStatuses, type ArticleStatus } from './article';

/** Where the list looks: every story but the spiked ones, or only those (the trash). */
export const libraryViews = ['library', 'trash'] as const;
export type LibraryView = (typeof libraryViews)[number];

/**
 * How the list is ordered. `relevance` needs search words (without them it reads as
 * `updated`); `created` is newest first; `headline` A to Z; `status` in workflow order.
 */
export const librarySorts = ['relevance', 'updated', 'created', 'headline', 'status'] as const;
export type LibrarySort = (typeof librarySorts)[number];

export const librarySortLabels: Record<LibrarySort, string> = {
  relevance: 'Best match',
  updated: 'Last edited',
  created: 'Newest',
  headline: 'Headline A–Z',
  status: 'Status',
};

/** Longest search text accepted; far more than anyone types, bounded so a paste cannot swamp the core. */
export const maxSearchText = 20_000;

const Time = z.number().int().min(0).max(8_640_000_000_000_000);

/**
 * Narrowing the list. Within a field any value matches (sections: News or World); across
 * fields all must (News and by Amira Haddad). Tags are the exception: a story must have
 * every tag named.
 */
export const LibraryFilters = z
  .object({
    statuses: z.array(z.enum(articleStatuses)).max(articleStatuses.length),
    sections: z.array(z.string().max(articleLimits.section)).max(50),
    tagIds: z.array(z.number().int().min(1).max(Number.MAX_SAFE_INTEGER)).max(20),
    authors: z.array(z.string().max(articleLimits.byline)).max(20),
    languages: z.array(z.string().max(35)).max(20),
    /** Which time `from` and `to` bound. */
    dateField: z.enum(['updated', 'created']),
    /** Inclusive, ms since the epoch. */
    from: Time,
    /** Exclusive, ms since the epoch. */
    to: Time,
    /** true: only stories under embargo; false: only stories without one. */
    embargoed: z.boolean(),
  })
  .partial()
  .strict();
export type LibraryFilters = z.infer<typeof LibraryFilters>;

/** What the list shows: a view, search words, filters and an order. */
export const LibraryQuery = z
  .object({
    view: z.enum(libraryViews).default('library'),
    text: z.string().max(maxSearchText, `search text is limited to ${maxSearchText} characters`).default(''),
    filters: LibraryFilters.default({}),
    sort: z.enum(librarySorts).default('updated'),
  })
  .strict();
export type LibraryQueryInput = z.input<typeof LibraryQuery>;
export type LibraryQuery = z.output<typeof LibraryQuery>;

/** A highlighted passage: text runs, the matching ones marked. */
export type Highlighted = { text: string; match: boolean }[];

/** One row of the list: what the library shows of a story. */
export interface LibraryRow {
  id: string;
  kicker: string;
  headline: string;
  status: ArticleStatus;
  statusBeforeSpike: ArticleStatus | null;
  section: string;
  bylines: string[];
  language: string;
  wordCount: number;
  createdAt: number;
  updatedAt: number;
  embargoAt: number | null;
  revision: number;
  /** With search words: the headline with its matches marked. */
  headlineMatch?: Highlighted;
  /** With search words: the passage of the body (or standfirst) that matched. */
  snippet?: Highlighted;
}

export interface LibraryPage {
  offset: number;
  rows: LibraryRow[];
}

/** How many stories a query finds, and per status. */
export interface LibraryCount {
  total: number;
  /** The count stopped at `total`: there are more (a search matching much of the archive). */
  capped: boolean;
  byStatus: Record<ArticleStatus, number>;
  /** The per-status counts stopped early too: each is at least what it says. */
  byStatusCapped: boolean;
  /**
   * For a search matching more stories than are ranked: how many of the newest matches
   * were ranked by relevance; the rest follow, newest first. Otherwise null.
   */
  rankedNewest: number | null;
  /** The words searched for, as understood; empty without search words. */
  terms: string[];
}

export const PageInput = z
  .object({
    query: LibraryQuery,
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

/** Choices for the filter controls, most used first. */
export interface LibraryFacets {
  sections: { name: string; count: number }[];
  authors: { name: string; count: number }[];
  languages: { tag: string; count: number }[];
}

/** A tag offered to the filter, with how many stories carry it. */
export interface TagOption {
  id: number;
  kind: string;
  name: string;
  count: number;
}

/** A story found by its headline, for the command palette. */
export interface HeadlineHit {
  id: string;
  headline: string;
  status: ArticleStatus;
  section: string;
  updatedAt: number;
  headlineMatch: Highlighted;
}
