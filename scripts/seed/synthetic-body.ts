/**
 * TipTap bodies for synthetic stories: paragraphs with the odd bold, italic or link span,
 * sub-headings in longer pieces, now and then a pull quote or a bulleted list. Every node
 * is one StarterKit knows, so the editor opens any seeded story as it would a real one.
 */
import type { DocNode } from '../../src/shared/doc';
import { between, chance, type Random } from './random';
import { capitalise, type TextMaker } from './synthetic-text';

export const bodyWordRange = { min: 200, max: 3_000 } as const;

/**
 * How long a story runs: log-normal around 650 words, as news copy is (many short pieces,
 * a long tail of features), kept inside `bodyWordRange` with room for the last paragraph.
 */
export function storyLength(random: Random): number {
  // Box-Muller: a normal draw from two uniform ones.
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const words = Math.round(Math.exp(Math.log(650) + 0.6 * normal));
  return Math.min(bodyWordRange.max - 120, Math.max(bodyWordRange.min, words));
}

const text = (value: string, marks?: DocNode['marks']): DocNode =>
  marks ? { type: 'text', marks, text: value } : { type: 'text', text: value };

function markFor(random: Random): NonNullable<DocNode['marks']>[number] {
  const roll = random();
  if (roll < 0.4) return { type: 'bold' };
  if (roll < 0.75) return { type: 'italic' };
  return {
    type: 'link',
    attrs: {
      href: `https://example.org/news/${between(random, 10_000, 99_999)}`,
      target: '_blank',
      rel: 'noopener noreferrer nofollow',
      class: null,
    },
  };
}

/** A paragraph's inline content; sometimes a run of words inside carries a mark. */
function inline(random: Random, sentence: string): DocNode[] {
  if (!chance(random, 0.18)) return [text(sentence)];
  const words = sentence.split(' ');
  if (words.length < 8) return [text(sentence)];
  const start = between(random, 1, words.length - 5);
  const end = start + between(random, 1, 3);
  return [
    text(`${words.slice(0, start).join(' ')} `),
    text(words.slice(start, end).join(' '), [markFor(random)]),
    text(` ${words.slice(end).join(' ')}`),
  ];
}

/** A body of about `targetWords` words (never fewer; at most one paragraph more). */
export function syntheticBody(random: Random, maker: TextMaker, targetWords: number): DocNode {
  const blocks: DocNode[] = [];
  let words = 0;
  let sinceHeading = 0;
  const quoteAt = chance(random, 0.1) ? between(random, 2, 6) : -1;
  const listAt = chance(random, 0.06) ? between(random, 3, 8) : -1;

  const paragraph = (): void => {
    const sentences: string[] = [];
    const count = between(random, 1, 4);
    for (let i = 0; i < count; i++) {
      const length = maker.sentenceLength();
      sentences.push(maker.sentence(length));
      words += length;
    }
    blocks.push({ type: 'paragraph', content: inline(random, sentences.join(' ')) });
  };

  while (words < targetWords) {
    const index = blocks.length;
    if (index === quoteAt) {
      const length = between(random, 10, 24);
      blocks.push({ type: 'blockquote', content: [{ type: 'paragraph', content: [text(maker.sentence(length))] }] });
      words += length;
    } else if (index === listAt) {
      const items: DocNode[] = [];
      for (let i = between(random, 3, 5); i > 0; i--) {
        const length = between(random, 5, 14);
        items.push({ type: 'listItem', content: [{ type: 'paragraph', content: [text(maker.sentence(length))] }] });
        words += length;
      }
      blocks.push({ type: 'bulletList', content: items });
    } else if (targetWords > 600 && sinceHeading >= between(random, 5, 9) && targetWords - words > 150) {
      const length = between(random, 3, 6);
      blocks.push({
        type: 'heading',
        attrs: { level: 2 },
        content: [text(capitalise(maker.words(length).join(' ')))],
      });
      words += length;
      sinceHeading = 0;
    } else {
      paragraph();
      sinceHeading++;
    }
  }
  return { type: 'doc', content: blocks };
}

/** A standfirst: one or two sentences that say what the story is about. */
export function syntheticStandfirst(random: Random, maker: TextMaker): string {
  const first = maker.sentence(between(random, 14, 26));
  return chance(random, 0.3) ? `${first} ${maker.sentence(between(random, 8, 16))}` : first;
}
