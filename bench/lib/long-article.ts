/**
 * The long article of the editor bench: 20,000 words of paragraphs with the odd bold,
 * italic and link, made from the same seeded sentences as the store bench's articles.
 */
import { countWords, docText, type DocNode } from '../../src/shared/doc';
import { seededRandom, syntheticBody } from './articles';

export interface LongArticle {
  body: DocNode;
  words: number;
  /** Top-level blocks: the editor is ready when it shows all of them. */
  blocks: number;
}

export function longArticle(targetWords = 20_000, seed = 20_000): LongArticle {
  const random = seededRandom(seed);
  const content: DocNode[] = [];
  let words = 0;
  while (words < targetWords) {
    for (const paragraph of syntheticBody(random).content ?? []) {
      if (words >= targetWords) break;
      content.push(paragraph);
      words += countWords(docText(paragraph));
    }
  }
  const body: DocNode = { type: 'doc', content };
  return { body, words: countWords(docText(body)), blocks: content.length };
}
