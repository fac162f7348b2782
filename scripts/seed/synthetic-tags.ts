/**
 * The synthetic archive's tags, of every kind the tag table knows, and the handful each
 * story gets: its section's topics, the place it was filed from, the people and bodies it
 * is about, now and then an event. Popular tags are popular (Zipf), as on a real desk.
 */
import { tagNameKey } from '../../src/shared/tag';
import { between, chance, pick, seededRandom, zipfSampler, type Random } from './random';
import { capitalise } from './synthetic-text';
import { forenames, places, rareWords, sectionWords, surnames } from './vocabulary';

export type TagKind = 'topic' | 'person' | 'organisation' | 'place' | 'event';

export interface SyntheticTag {
  id: number;
  kind: TagKind;
  name: string;
  /** As the tag service folds names: NFKD, marks stripped, lower case, spaces collapsed. */
  nameKey: string;
}

export interface TagCatalogue {
  tags: SyntheticTag[];
  topicsBySection: Map<string, SyntheticTag[]>;
  placeTags: Map<string, SyntheticTag>;
  people: SyntheticTag[];
  organisations: SyntheticTag[];
  events: SyntheticTag[];
}

const companyWords = rareWords(400, 11);

const organisationPatterns: ((random: Random) => string)[] = [
  (random) => `${pick(random, places)} City Council`,
  (random) => `Bank of ${pick(random, places)}`,
  (random) => `${pick(random, surnames)} Group`,
  (random) => `${capitalise(pick(random, companyWords))} Holdings`,
  (random) => `${pick(random, places)} University`,
  (random) => `${pick(random, places)} Police`,
  (random) => `Ministry of ${capitalise(pick(random, ['health', 'finance', 'education', 'defence', 'transport']))}`,
];

const eventPatterns: ((random: Random, year: number) => string)[] = [
  (random, year) => `${pick(random, places)} Marathon ${year}`,
  (random, year) => `${pick(random, places)} Film Festival ${year}`,
  (random) => `COP${between(random, 28, 33)}`,
  (_random, year) => `General election ${year}`,
  (random, year) => `${pick(random, places)} summit ${year}`,
];

/** The same catalogue for the same seed. */
export function tagCatalogue(seed: number, startYear: number): TagCatalogue {
  const random = seededRandom(seed);
  const tags: SyntheticTag[] = [];
  const keys = new Set<string>();
  const add = (kind: TagKind, name: string): SyntheticTag | undefined => {
    const nameKey = tagNameKey(name);
    if (keys.has(`${kind}:${nameKey}`)) return undefined;
    keys.add(`${kind}:${nameKey}`);
    const tag = { id: tags.length + 1, kind, name, nameKey };
    tags.push(tag);
    return tag;
  };

  const topicsBySection = new Map<string, SyntheticTag[]>();
  for (const [section, list] of Object.entries(sectionWords)) {
    const topics = list.map((word) => add('topic', capitalise(word)) ?? tags.find((t) => t.nameKey === word)!);
    topicsBySection.set(section, topics);
  }
  const placeTags = new Map(places.map((place) => [place, add('place', place)!]));
  const people: SyntheticTag[] = [];
  while (people.length < 600) {
    const tag = add('person', `${pick(random, forenames)} ${pick(random, surnames)}`);
    if (tag) people.push(tag);
  }
  const organisations: SyntheticTag[] = [];
  while (organisations.length < 150) {
    const tag = add('organisation', pick(random, organisationPatterns)(random));
    if (tag) organisations.push(tag);
  }
  const events: SyntheticTag[] = [];
  for (let attempts = 0; events.length < 60 && attempts < 1_000; attempts++) {
    const tag = add('event', pick(random, eventPatterns)(random, startYear + between(random, 0, 2)));
    if (tag) events.push(tag);
  }
  return { tags, topicsBySection, placeTags, people, organisations, events };
}

const peopleRank = zipfSampler(600, 1.1);
const topicRank = zipfSampler(40, 0.9);

/** A story's tags, most important first (their order is their position). */
export function tagsForStory(
  random: Random,
  catalogue: TagCatalogue,
  section: string,
  place: string | undefined,
): SyntheticTag[] {
  const chosen = new Map<number, SyntheticTag>();
  const take = (tag: SyntheticTag | undefined): void => void (tag && chosen.set(tag.id, tag));
  const topics = catalogue.topicsBySection.get(section) ?? [];
  if (chance(random, 0.9) && topics.length > 0) {
    for (let i = between(random, 1, 2); i > 0; i--) take(topics[topicRank(random) % topics.length]);
  }
  if (place && chance(random, 0.6)) take(catalogue.placeTags.get(place));
  for (let i = chance(random, 0.5) ? between(random, 1, 2) : 0; i > 0; i--) take(catalogue.people[peopleRank(random)]);
  if (chance(random, 0.25)) take(pick(random, catalogue.organisations));
  if (chance(random, 0.1) && catalogue.events.length > 0) take(pick(random, catalogue.events));
  return [...chosen.values()];
}
