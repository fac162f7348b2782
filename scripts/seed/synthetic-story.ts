/**
 * One synthetic story as the articles table stores it, with its tags: section, language,
 * bylines, dates spread over the archive's span with the workflow states a real desk's
 * stories are in at that age (old ones published or spiked, recent ones still moving).
 */
import { serialiseBody } from '../../src/main/core/services/article-rows';
import type { ArticleStatus } from '../../src/shared/article';
import { instantOf, localAt } from '../../src/shared/zoned-time';
import { between, chance, pick, seededRandom, seededUuid, weighted, zipfSampler, type Random } from './random';
import { storyLength, syntheticBody, syntheticStandfirst } from './synthetic-body';
import { syntheticHeadline } from './synthetic-headline';
import { tagsForStory, type SyntheticTag, type TagCatalogue } from './synthetic-tags';
import { lexiconFor, TextMaker } from './synthetic-text';
import { forenames, kickers, places, sectionWords, sources, surnames } from './vocabulary';

/** The columns the seed inserts, named as in the articles table (slug is set by the store writer). */
export interface StoryRow {
  id: string;
  kicker: string;
  headline: string;
  headline_web: string;
  headline_seo: string;
  headline_social: string;
  standfirst: string;
  bylines: string;
  dateline: string;
  section: string;
  source: string;
  language: string;
  urgency: number;
  editors_note: string;
  embargo_local: string | null;
  embargo_zone: string | null;
  embargo_at: number | null;
  body: string;
  body_text: string;
  word_count: number;
  status: ArticleStatus;
  status_before_spike: ArticleStatus | null;
  created_at: number;
  updated_at: number;
  first_published_at: number | null;
  revision: number;
}

export interface SyntheticStory {
  row: StoryRow;
  tags: SyntheticTag[];
}

const day = 86_400_000;
const hour = 3_600_000;

const sectionWeights: readonly (readonly [string, number])[] = [
  ['News', 20],
  ['World', 12],
  ['Politics', 12],
  ['Business', 12],
  ['Sport', 14],
  ['Culture', 8],
  ['Science', 4],
  ['Health', 5],
  ['Technology', 5],
  ['Environment', 4],
  ['Education', 3],
  ['Opinion', 6],
];

const languageWeights: readonly (readonly [string, number])[] = [
  ['en', 90],
  ['fr', 3],
  ['es', 2.5],
  ['de', 2.5],
  ['ar', 1],
  ['ur', 1],
];

const embargoZones = ['Europe/London', 'Europe/Paris', 'America/New_York', 'Asia/Karachi', 'Asia/Tokyo'];

function statusAt(random: Random, ageDays: number): ArticleStatus {
  if (ageDays > 7) {
    return weighted(random, [
      ['published', 82],
      ['spiked', 9],
      ['draft', 5],
      ['in_edit', 2],
      ['ready', 2],
    ]);
  }
  return weighted(random, [
    ['draft', 30],
    ['in_edit', 20],
    ['ready', 10],
    ['published', 35],
    ['spiked', 5],
  ]);
}

export interface StoryGeneratorOptions {
  seed: number;
  /** How many stories the archive will hold, spread evenly over `spanDays` before `now`. */
  count: number;
  now: number;
  spanDays?: number;
  catalogue: TagCatalogue;
}

/** Story `index` of the archive, the same for the same options; index 0 is the oldest. */
export function createStoryGenerator(options: StoryGeneratorOptions): (index: number) => SyntheticStory {
  const { count, now, catalogue } = options;
  const span = (options.spanDays ?? 730) * day;
  const start = now - span;
  const slot = span / Math.max(1, count);
  const reporterRandom = seededRandom(options.seed ^ 0x5eed);
  const reporters = Array.from(
    { length: 250 },
    () => `${pick(reporterRandom, forenames)} ${pick(reporterRandom, surnames)}`,
  );
  const reporterRank = zipfSampler(reporters.length, 0.8);

  return (index) => {
    // One generator per story: any story can be made on its own, in any order.
    const random = seededRandom((options.seed * 1_000_003 + index) >>> 0);
    const section = weighted(random, sectionWeights);
    const language = weighted(random, languageWeights);
    const place = pick(random, places);
    const subjects = sectionWords[section]!;
    const topic = Array.from({ length: between(random, 4, 7) }, () => pick(random, subjects));
    const people = Array.from(
      { length: between(random, 1, 3) },
      () => `${pick(random, forenames)} ${pick(random, surnames)}`,
    );
    const maker = new TextMaker(random, lexiconFor(language), [...topic, place], people);

    const headline = syntheticHeadline({ random, maker, topic, place, person: people[0]! }, language);
    const standfirst = syntheticStandfirst(random, maker);
    const body = syntheticBody(random, maker, storyLength(random));

    const bylineCount = weighted(random, [
      [1, 85],
      [2, 10],
      [0, 5],
    ]);
    const bylines = [...new Set(Array.from({ length: bylineCount }, () => reporters[reporterRank(random)]!))];

    const createdAt = Math.round(start + index * slot + random() * slot * 0.9);
    const ageDays = (now - createdAt) / day;
    const status = statusAt(random, ageDays);
    const beforeSpike: ArticleStatus | null =
      status === 'spiked'
        ? weighted(random, [
            ['draft', 40],
            ['in_edit', 20],
            ['ready', 10],
            ['published', 30],
          ] as const)
        : null;
    const published = status === 'published' || beforeSpike === 'published';
    const firstPublishedAt = published ? Math.min(now, createdAt + between(random, 10, 240) * 60_000) : null;
    const lastTouch = chance(random, 0.05) ? between(random, 1, 20) * day : between(random, 1, 300) * 60_000;
    const updatedAt = Math.min(now, Math.max(firstPublishedAt ?? createdAt, createdAt + lastTouch));

    let embargo: { local: string; zone: string; at: number } | null = null;
    if (chance(random, 0.02)) {
      const zone = pick(random, embargoZones);
      const local = localAt(createdAt + between(random, 2, 72) * hour, zone).slice(0, 16);
      const at = instantOf(local, zone);
      if (at !== null) embargo = { local, zone, at };
    }

    return {
      row: {
        id: seededUuid(random),
        kicker: chance(random, 0.15) ? weighted(random, kickers) : '',
        headline,
        headline_web: '',
        headline_seo: chance(random, 0.2) ? `${headline} | ${section}` : '',
        headline_social: '',
        standfirst,
        bylines: JSON.stringify(bylines),
        dateline: chance(random, 0.4) ? place.toUpperCase() : '',
        section,
        source: chance(random, 0.25) ? pick(random, sources) : '',
        language,
        urgency: chance(random, 0.05) ? between(random, 1, 3) : 5,
        editors_note: '',
        embargo_local: embargo?.local ?? null,
        embargo_zone: embargo?.zone ?? null,
        embargo_at: embargo?.at ?? null,
        ...serialiseBody(body),
        status,
        status_before_spike: beforeSpike,
        created_at: createdAt,
        updated_at: updatedAt,
        first_published_at: firstPublishedAt,
        revision: between(random, 1, 40),
      },
      tags: tagsForStory(random, catalogue, section, place),
    };
  };
}
