import type Database from 'better-sqlite3';
import type { ArticleStatus } from '../../../shared/article';
import { storyTime, type Suggestion } from '../../../shared/related';
import { timeApart } from '../../../shared/relative-time';
import { missingArticle, toStory, type StoryRow } from './linked-story';
import {
  articleCountSql,
  candidateRowsSql,
  linkedTargetsSql,
  recentCandidatesSql,
  sharedTagsSql,
  storiesSql,
  suggestOpenSql,
  suggestTagsSql,
  tagCandidatesSql,
  termFrequencySql,
  textMatchesSql,
} from './related-sql';
import { ftsString, textTerms, tokens } from './text-terms';

/** How much each signal counts; without tags on the open article, theirs goes to the text. */
export const suggestionWeights = { tags: 0.5, text: 0.35, recency: 0.15 } as const;
/** The thresholds that decide which stories are gathered; shared with the related benchmark. */
export const suggestionLimits = {
  /** Recency halves about every two days apart (exp(-gap / 3 days)). */
  recencyScaleMs: 3 * 86_400_000,
  /** A story with no shared tag needs at least this much of the open article's telling words. */
  minTextScore: 0.12,
  /** Tags on more articles than this are too common to gather candidates by (they still score). */
  maxCandidateTagUses: 300,
  /** Tag uses are counted up to here; a tag on more articles is weighted as if on this many. */
  tagCountCap: 2_000,
  /**
   * Words in more than this share of articles (or 50) are too common to search by; they are
   * counted up to there and weighted as if that common.
   */
  maxSearchTermShare: 0.002,
  searchTerms: 8,
  /** Words of the open article weighed, headline first: each costs a count. */
  maxTerms: 20,
  perSource: { tags: 120, text: 100, recent: 40 },
} as const;
const { recencyScaleMs, minTextScore, maxCandidateTagUses, tagCountCap, searchTerms, maxTerms, perSource } =
  suggestionLimits;

/** How far words are counted: the most articles a word searched by may be in. */
export const termCountCap = (articles: number): number =>
  Math.max(50, Math.round(articles * suggestionLimits.maxSearchTermShare));

interface ArticleRow {
  id: string;
  headline: string;
  standfirst: string;
  status: ArticleStatus;
  created_at: number;
  first_published_at: number | null;
}
interface Weighted {
  name: string;
  idf: number;
}

const idf = (total: number, df: number): number => Math.log(1 + total / Math.max(1, df));

/**
 * Link suggestions for an article: stories sharing its rarer tags, stories whose headline
 * and standfirst share its telling words, and recent stories are gathered, then each is
 * scored: shared tags weighted by rarity (idf), shared words weighted the same way, and
 * closeness in time. Each comes with its reasons in words. The article itself, stories it
 * links to already and spiked stories are never suggested.
 */
export function createSuggester(db: Database.Database): (articleId: string, limit: number) => Suggestion[] {
  const countArticles = db.prepare(articleCountSql).pluck();
  const selectOpen = db.prepare(suggestOpenSql);
  const selectTags = db.prepare(suggestTagsSql);
  const termFrequency = db.prepare(termFrequencySql).pluck();
  const tagCandidates = db.prepare(tagCandidatesSql).pluck();
  const textCandidates = db.prepare(textMatchesSql).pluck();
  const recentCandidates = db.prepare(recentCandidatesSql).pluck();
  const candidateRows = db.prepare(candidateRowsSql);
  const sharedTags = db.prepare(sharedTagsSql);
  const linkedTargets = db.prepare(linkedTargetsSql).pluck();
  const stories = db.prepare(storiesSql);

  return (articleId, limit) => {
    const open = selectOpen.get(articleId) as ArticleRow | undefined;
    if (!open) throw missingArticle();
    const total = countArticles.get() as number;

    const tags = new Map<number, Weighted & { df: number }>();
    for (const row of selectTags.all({ id: articleId, cap: tagCountCap }) as {
      id: number;
      name: string;
      df: number;
    }[]) {
      tags.set(row.id, { name: row.name, df: row.df, idf: idf(total, row.df) });
    }
    const cap = termCountCap(total);
    const terms = new Map<string, Weighted & { df: number }>();
    for (const term of textTerms(`${open.headline} ${open.standfirst}`, maxTerms)) {
      const df = termFrequency.get({ query: ftsString(term), cap }) as number;
      if (df > 0) terms.set(term, { name: term, df, idf: idf(total, df) });
    }

    // Gather: rare tags, rare words, recent stories.
    const candidates = new Set<string>();
    const rareTags = [...tags].filter(([, tag]) => tag.df >= 2 && tag.df <= maxCandidateTagUses).map(([id]) => id);
    if (rareTags.length > 0) {
      for (const id of tagCandidates.all({ tags: JSON.stringify(rareTags), limit: perSource.tags }) as string[])
        candidates.add(id);
    }
    const rareTerms = [...terms.values()]
      .filter((term) => term.df >= 2 && term.df < cap)
      .sort((a, b) => a.df - b.df)
      .slice(0, searchTerms);
    if (rareTerms.length > 0) {
      const query = rareTerms.map((term) => ftsString(term.name)).join(' OR ');
      for (const id of textCandidates.all({ query, limit: perSource.text }) as string[]) candidates.add(id);
    }
    for (const id of recentCandidates.all(perSource.recent) as string[]) candidates.add(id);
    candidates.delete(articleId);
    for (const id of linkedTargets.all(articleId) as string[]) candidates.delete(id);
    if (candidates.size === 0) return [];

    // Score.
    const ids = JSON.stringify([...candidates]);
    const shared = new Map<string, number[]>();
    if (tags.size > 0) {
      for (const row of sharedTags.all({ ids, tags: JSON.stringify([...tags.keys()]) }) as {
        article_id: string;
        tag_id: number;
      }[]) {
        const list = shared.get(row.article_id) ?? [];
        list.push(row.tag_id);
        shared.set(row.article_id, list);
      }
    }
    // Only what another story could share counts: a tag or word no other article has would
    // lower every score alike and hide real overlap.
    const tagTotal = sum([...tags.values()].filter((tag) => tag.df >= 2));
    const termTotal = sum([...terms.values()].filter((term) => term.df >= 2));
    const weights =
      tags.size > 0
        ? suggestionWeights
        : { tags: 0, text: suggestionWeights.text + suggestionWeights.tags, recency: suggestionWeights.recency };
    const openTime = storyTime({ firstPublishedAt: open.first_published_at, createdAt: open.created_at });

    const scored: (Omit<Suggestion, 'story' | 'why'> & { id: string; time: number })[] = [];
    for (const row of candidateRows.all({ ids }) as ArticleRow[]) {
      if (row.status === 'spiked') continue;
      const tagsShared = (shared.get(row.id) ?? []).map((id) => tags.get(id)!).sort((a, b) => b.idf - a.idf);
      const words = new Set(tokens(`${row.headline} ${row.standfirst}`));
      const termsShared = [...terms.values()].filter((term) => words.has(term.name)).sort((a, b) => b.idf - a.idf);
      const tagScore = tagTotal > 0 ? sum(tagsShared) / tagTotal : 0;
      const textScore = termTotal > 0 ? sum(termsShared) / termTotal : 0;
      if (tagScore === 0 && textScore < minTextScore) continue;
      const time = storyTime({ firstPublishedAt: row.first_published_at, createdAt: row.created_at });
      const recency = Math.exp(-Math.abs(time - openTime) / recencyScaleMs);
      scored.push({
        id: row.id,
        time,
        score: weights.tags * tagScore + weights.text * textScore + weights.recency * recency,
        sharedTags: tagsShared.map((tag) => tag.name),
        sharedWords: termsShared.slice(0, 5).map((term) => term.name),
        apart: timeApart(time, openTime),
      });
    }
    scored.sort((a, b) => b.score - a.score || b.time - a.time || (a.id < b.id ? -1 : 1));
    const top = scored.slice(0, limit);
    if (top.length === 0) return [];

    const cards = new Map(
      (stories.all({ ids: JSON.stringify(top.map((s) => s.id)) }) as StoryRow[]).map((row) => [row.id, toStory(row)]),
    );
    return top.map(({ id, time: _time, ...rest }) => ({ ...rest, story: cards.get(id)!, why: explain(rest) }));
  };
}

function sum(items: readonly { idf: number }[]): number {
  let total = 0;
  for (const item of items) total += item.idf;
  return total;
}

/** "shares Ukraine, Istanbul talks; 3 hours apart", with words when no tag is shared. */
export function explain({
  sharedTags,
  sharedWords,
  apart,
}: Pick<Suggestion, 'sharedTags' | 'sharedWords' | 'apart'>): string {
  const parts: string[] = [];
  if (sharedTags.length > 0) {
    const named = sharedTags.slice(0, 3).join(', ');
    const more = sharedTags.length - 3;
    parts.push(`shares ${named}${more > 0 ? ` and ${more} more tag${more === 1 ? '' : 's'}` : ''}`);
  }
  if (sharedWords.length > 0 && (sharedTags.length === 0 || sharedWords.length >= 2)) {
    parts.push(`${sharedTags.length > 0 ? 'also mentions' : 'mentions'} ${sharedWords.slice(0, 3).join(', ')}`);
  }
  parts.push(apart);
  return parts.join('; ');
}
