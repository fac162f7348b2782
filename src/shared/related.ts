import { z } from 'zod';
import { ArticleId, type ArticleStatus } from './article';
import { relativeTime } from './relative-time';

/** How a linked story relates to the one that links it. */
export const linkRelations = ['related', 'follow_up_of', 'background', 'correction_of'] as const;
export type LinkRelation = (typeof linkRelations)[number];

/** The relation as the linking story's editor reads it: "Follow-up of" the target. */
export const relationLabels: Record<LinkRelation, string> = {
  related: 'Related',
  follow_up_of: 'Follow-up of',
  background: 'Background',
  correction_of: 'Correction of',
};

/** The same relation seen from the target ("Linked from"): it is "Followed up by" the source. */
export const backlinkLabels: Record<LinkRelation, string> = {
  related: 'Related to',
  follow_up_of: 'Followed up by',
  background: 'Background for',
  correction_of: 'Corrected by',
};

export const linkLimits = { note: 500, perArticle: 50, query: 200 } as const;

/** A story as a link, a backlink, a picker row or a suggestion shows it. */
export interface LinkedStory {
  id: string;
  headline: string;
  /** The outlet line: the article's source or agency field ("Reuters", "agencies"). */
  source: string;
  status: ArticleStatus;
  /** When the story ran: first publication, else creation (see storyTime). */
  time: number;
  /** The standfirst, or the first sentences of the body. */
  excerpt: string;
}

export interface RelatedLink {
  story: LinkedStory;
  relation: LinkRelation;
  note: string;
  position: number;
}

export interface Backlink {
  story: LinkedStory;
  relation: LinkRelation;
  note: string;
}

/** An article's links in the editor's order, and the stories that link to it. */
export interface RelatedLinks {
  links: RelatedLink[];
  backlinks: Backlink[];
}

/** One item of the related block as previews and exports print it (never a spiked story). */
export interface RelatedBlockItem {
  id: string;
  relation: LinkRelation;
  headline: string;
  outlet: string;
  time: number;
  excerpt: string;
}

/** A picker row: a story that matched what was typed, and whether it is linked already. */
export interface LinkCandidate {
  story: LinkedStory;
  linked: boolean;
}

/** A story worth linking, with the reasons in words. */
export interface Suggestion {
  story: LinkedStory;
  /** 0..1, for ordering; the words say why. */
  score: number;
  /** Shared tag names, rarest first. */
  sharedTags: string[];
  /** Telling words both headlines or standfirsts use, rarest first. */
  sharedWords: string[];
  /** "3 hours apart". */
  apart: string;
  /** "shares Ukraine, Istanbul talks; 3 hours apart". */
  why: string;
}

/** When a story ran, for relative times and recency: its first publication, else its creation. */
export function storyTime(article: { firstPublishedAt: number | null; createdAt: number }): number {
  return article.firstPublishedAt ?? article.createdAt;
}

export const excerptLength = 220;

let sentences: Intl.Segmenter | undefined;

/**
 * A short excerpt: the standfirst, or else the first sentences of the body that fit in
 * `max` characters (at least one, cut at a word if it alone is too long).
 */
export function excerptOf(standfirst: string, bodyText: string, max = excerptLength): string {
  const lead = standfirst.trim().replace(/\s+/g, ' ');
  if (lead !== '') return cutAtWord(lead, max);
  const text = bodyText.trim().replace(/\s+/g, ' ');
  if (text === '') return '';
  sentences ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  let excerpt = '';
  for (const { segment } of sentences.segment(text)) {
    const next = excerpt + segment;
    if (next.trim().length > max) break;
    excerpt = next;
  }
  return excerpt.trim() || cutAtWord(text, max);
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/u, '')}…`;
}

/** A related block item with its time in words, against an explicit `now`. */
export function relatedItemView(item: RelatedBlockItem, now: number): RelatedBlockItem & { when: string } {
  return { ...item, when: relativeTime(item.time, now) };
}

const Relation = z.enum(linkRelations, {
  error: `a relation is one of ${linkRelations.map((relation) => relationLabels[relation]).join(', ')}`,
});
const LinkNote = z.string().trim().max(linkLimits.note, `a link note is at most ${linkLimits.note} characters`);
const notSelf = (link: { sourceId: string; targetId: string }): boolean => link.sourceId !== link.targetId;
const selfMessage = { error: 'an article cannot link to itself; choose another story', path: ['targetId'] };

export const LinkAddInput = z
  .object({
    sourceId: ArticleId,
    targetId: ArticleId,
    relation: Relation.default('related'),
    note: LinkNote.default(''),
  })
  .strict()
  .refine(notSelf, selfMessage);

export const LinkUpdateInput = z
  .object({ sourceId: ArticleId, targetId: ArticleId, relation: Relation.optional(), note: LinkNote.optional() })
  .strict();

export const LinkRemoveInput = z.object({ sourceId: ArticleId, targetId: ArticleId }).strict();

export const LinkReorderInput = z
  .object({
    sourceId: ArticleId,
    targetIds: z.array(ArticleId).max(linkLimits.perArticle, `an article has at most ${linkLimits.perArticle} links`),
  })
  .strict();

export const LinkSearchInput = z
  .object({
    articleId: ArticleId,
    query: z.string().max(linkLimits.query, `the search is at most ${linkLimits.query} characters`),
    limit: z.number().int().min(1).max(30).default(10),
  })
  .strict();

export const SuggestInput = z
  .object({ articleId: ArticleId, limit: z.number().int().min(1).max(20).default(5) })
  .strict();
