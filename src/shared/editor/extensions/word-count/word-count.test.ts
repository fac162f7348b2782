import { describe, expect, it } from 'vitest';
import { doc, headlessEditor, p } from '../../../../../tests/support/headless-editor';
import { countWords, docText, type DocNode } from '../../../doc';
import { countDocWords } from './word-count';

const samples: DocNode[] = [
  doc(p('One two three.')),
  doc(p('Split', { type: 'hardBreak' }, 'line'), p('  spaced   out  ')),
  doc(
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'A heading' }] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [p('item one')] },
        { type: 'listItem', content: [p('item two')] },
      ],
    },
    { type: 'blockquote', content: [p('quoted words'), p('more')] },
    { type: 'figure', attrs: { assetId: 'a'.repeat(64), caption: 'not counted' } },
    { type: 'horizontalRule' },
    p('bold', { type: 'text', text: 'fused', marks: [{ type: 'bold' }] }, ' end'),
  ),
  doc(p('Ünïcödé text, 中文 and العربية words')),
];

describe('countDocWords', () => {
  it.each(samples.map((sample, i) => [i, sample] as const))('counts sample %i as the store does', (_i, sample) => {
    const editor = headlessEditor(sample);
    expect(countDocWords(editor.state.doc)).toBe(countWords(docText(editor.getJSON() as DocNode)));
    expect(editor.storage.wordCount.words()).toBe(countDocWords(editor.state.doc));
  });

  it('follows edits', () => {
    const editor = headlessEditor(doc(p('one'), p('two')));
    expect(editor.storage.wordCount.words()).toBe(2);
    editor.commands.insertContentAt(4, { type: 'text', text: ' more words' });
    expect(editor.storage.wordCount.words()).toBe(4);
    editor.commands.undo();
    expect(editor.storage.wordCount.words()).toBe(2);
  });
});
