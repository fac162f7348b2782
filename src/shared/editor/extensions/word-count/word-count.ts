import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { countWords } from '../../../doc';

export interface WordCountStorage {
  /** Words in the current document, counted as the store counts them. */
  words: () => number;
}

declare module '@tiptap/core' {
  interface Storage {
    wordCount: WordCountStorage;
  }
}

// ProseMirror keeps unchanged nodes across edits, so a block counted once is never
// counted again: a keystroke recounts one paragraph, not 20,000 words.
const counted = new WeakMap<PMNode, number>();

/**
 * The words of a document, with the rule the store uses (`countWords` over the text with
 * blocks and line breaks as separators), block by block with a cache.
 */
export function countDocWords(doc: PMNode): number {
  let total = 0;
  doc.forEach((block) => {
    let words = counted.get(block);
    if (words === undefined) {
      words = block.isLeaf ? 0 : countWords(block.textBetween(0, block.content.size, '\n', '\n'));
      counted.set(block, words);
    }
    total += words;
  });
  return total;
}

/** A live word count for the toolbar: `editor.storage.wordCount.words()`. */
export const WordCount = Extension.create<Record<string, never>, WordCountStorage>({
  name: 'wordCount',

  addStorage() {
    return { words: () => 0 };
  },

  onBeforeCreate() {
    this.storage.words = () => countDocWords(this.editor.state.doc);
  },
});
