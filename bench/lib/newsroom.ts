/**
 * A newsroom-sized store for the tags and related suites: 100,000 articles and 5,000 tags,
 * deterministic (seeded). Text comes from a vocabulary of common words and a long tail of
 * topical ones, so a rare word is rare, as in real copy; tag use is skewed the same way (a
 * few tags on thousands of stories, most on a handful). Bodies are about 4 KB of JSON, as
 * the editor saves them, so rows spill onto overflow pages as real ones do. Some stories are spiked, some link
 * to others. Filled once per run through raw SQL (the migrations' triggers keep the link
 * text index), then copied for each path measured. No ANALYZE: the app never runs it, so
 * the query planner works as it does on a user's store.
 */
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { storeFileName } from '../../src/main/core/open-core';
import { insertArticleSql } from '../../src/main/core/services/article-sql';
import { openStore } from '../../src/main/core/store/open-store';
import { tagKinds, tagNameKey } from '../../src/shared/tag';
import { seededRandom, serialiseBody, syntheticBody } from './articles';
import { makeTempDir } from './env';

export const newsroomSize = { articles: 100_000, tags: 5_000 } as const;

const common = (
  'said would could after over government minister police people year city country state week report ' +
  'officials told council talks public plan party leaders court money health school workers prices election'
).split(' ');
const syllables = 'ka lo mi ne ra to su vi an el or is ut be da fo gu he pri sta mon der tal ber qui zan'.split(' ');

/** Index from a Zipf-like distribution over `n` items: low indexes much more often. */
const skewed = (random: () => number, n: number): number =>
  Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1))) - 1);

function pseudoWord(random: () => number): string {
  let word = '';
  const parts = 2 + Math.floor(random() * 3);
  for (let i = 0; i < parts; i++) word += syllables[Math.floor(random() * syllables.length)];
  return word;
}

const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

export interface Newsroom {
  /** A filled store file; copy it, never open it for writing. */
  template: string;
  /** Tag names, for realistic autocomplete queries. */
  tagNames: string[];
  /** Ids of articles that are not spiked, for suggestion queries. */
  liveArticles: string[];
}

let filled: Newsroom | undefined;

/** The filled template, made on first use and shared by the suites of one run. */
export function newsroom(log: (message: string) => void): Newsroom {
  if (filled) return filled;
  const started = performance.now();
  const temp = makeTempDir('lede-bench-newsroom-');
  const template = join(temp.dir, storeFileName);
  const random = seededRandom(42);
  const vocabulary = Array.from({ length: 12_000 }, () => pseudoWord(random));
  const phrase = (count: number): string[] =>
    Array.from({ length: count }, () =>
      random() < 0.35 ? common[Math.floor(random() * common.length)]! : vocabulary[skewed(random, vocabulary.length)]!,
    );

  const { db } = openStore({ file: template });
  const tagNames: string[] = [];
  const liveArticles: string[] = [];
  try {
    const insertTag = db.prepare(
      'INSERT OR IGNORE INTO tags (kind, name, name_key, external_ids, created_at) VALUES (?, ?, ?, ?, 0)',
    );
    const insertArticle = db.prepare(insertArticleSql);
    const insertArticleTag = db.prepare(
      'INSERT OR IGNORE INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)',
    );
    const spike = db.prepare("UPDATE articles SET status = 'spiked', status_before_spike = 'draft' WHERE id = ?");
    const insertLink = db.prepare(
      'INSERT OR IGNORE INTO article_links (source_id, target_id, relation, position, note, created_at) VALUES (?, ?, ?, ?, ?, 0)',
    );
    db.transaction(() => {
      for (let i = 0; tagNames.length < newsroomSize.tags; i++) {
        const words = 1 + Math.floor(random() * 3);
        const name = Array.from({ length: words }, () => capital(pseudoWord(random))).join(' ');
        const kind = tagKinds[i % tagKinds.length]!;
        if (insertTag.run(kind, name, tagNameKey(name), '[]').changes === 1) tagNames.push(name);
      }
      const start = Date.now() - newsroomSize.articles * 60_000;
      const ids: string[] = [];
      for (let i = 0; i < newsroomSize.articles; i++) {
        const id = randomUUID();
        ids.push(id);
        const headline = capital(phrase(8 + Math.floor(random() * 5)).join(' '));
        const standfirst = `${capital(phrase(18 + Math.floor(random() * 12)).join(' '))}.`;
        const body = syntheticBody(random);
        insertArticle.run({
          id,
          kicker: '',
          headline,
          headline_web: '',
          headline_seo: '',
          headline_social: '',
          standfirst,
          slug: `bench-${id}`,
          slug_edited: 0,
          bylines: '[]',
          dateline: '',
          section: '',
          source: random() < 0.5 ? 'Reuters' : 'agencies',
          language: 'en',
          urgency: 5,
          editors_note: '',
          embargo_local: null,
          embargo_zone: null,
          embargo_at: null,
          ...serialiseBody(body),
          now: start + i * 60_000,
        });
        const tagCount = 2 + Math.floor(random() * 5);
        for (let t = 0; t < tagCount; t++) insertArticleTag.run(id, 1 + skewed(random, newsroomSize.tags), t);
        if (random() < 0.05) spike.run(id);
        else liveArticles.push(id);
        if (i > 10 && random() < 0.2) {
          for (let l = 0; l < 1 + Math.floor(random() * 3); l++) {
            insertLink.run(id, ids[Math.floor(random() * (ids.length - 1))], 'related', l, '');
          }
        }
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  log(
    `newsroom: ${newsroomSize.articles.toLocaleString('en')} articles and ${newsroomSize.tags.toLocaleString('en')} tags in ${Math.round(performance.now() - started)} ms`,
  );
  // The folder goes when the process exits (makeTempDir), after every suite has copied it.
  filled = { template, tagNames, liveArticles };
  return filled;
}

/** A fresh copy of the template in its own folder under `dir`, for one path to use. */
export function copyNewsroom(from: Newsroom, dir: string): string {
  mkdirSync(dir, { recursive: true });
  copyFileSync(from.template, join(dir, storeFileName));
  return dir;
}
