import { describe, expect, it } from 'vitest';
import { doc, headlessEditor, p } from '../../../../../tests/support/headless-editor';
import { findState } from './find-replace';
import { findMatches, maxMatches } from './find-matches';

const text = (editor: ReturnType<typeof headlessEditor>): string => editor.getText({ blockSeparator: '|' });
const matchedText = (editor: ReturnType<typeof headlessEditor>): string[] =>
  findState(editor.state).matches.map(({ from, to }) => editor.state.doc.textBetween(from, to));

describe('findMatches', () => {
  it('finds every occurrence in order, ignoring case unless asked, never across blocks', () => {
    const editor = headlessEditor(doc(p('Rain, rain and RAIN'), p('drain'), p('rai'), p('n')));
    expect(findMatches(editor.state.doc, 'rain')).toHaveLength(4);
    expect(findMatches(editor.state.doc, 'rain', true)).toHaveLength(2);
    expect(findMatches(editor.state.doc, 'rain')).toEqual([
      { from: 1, to: 5 },
      { from: 7, to: 11 },
      { from: 16, to: 20 },
      { from: 23, to: 27 },
    ]);
  });

  it('matches across marks but not across a line break, and treats the query as text, not a pattern', () => {
    const editor = headlessEditor(
      doc(p('bo', { type: 'text', text: 'ld', marks: [{ type: 'bold' }] }, ' (a+b)*', { type: 'hardBreak' }, 'c')),
    );
    expect(findMatches(editor.state.doc, 'bold')).toHaveLength(1);
    expect(findMatches(editor.state.doc, '(a+b)*')).toHaveLength(1);
    expect(findMatches(editor.state.doc, '*c')).toHaveLength(0);
    expect(findMatches(editor.state.doc, '')).toHaveLength(0);
  });

  it('keeps positions right after characters whose lower case is longer (İ)', () => {
    const editor = headlessEditor(doc(p('İstanbul and istanbul')));
    const matches = findMatches(editor.state.doc, 'istanbul');
    expect(matches.map(({ from, to }) => editor.state.doc.textBetween(from, to))).toEqual(['istanbul']);
  });

  it('stops at the cap', () => {
    const editor = headlessEditor(doc(p('a'.repeat(maxMatches + 50))));
    expect(findMatches(editor.state.doc, 'a')).toHaveLength(maxMatches);
  });
});

describe('find and replace commands', () => {
  it('highlights every match and selects the current one, moving with next and previous, wrapping', () => {
    const editor = headlessEditor(doc(p('one fish, two fish'), p('red fish, blue fish')));
    editor.commands.setFindQuery('fish');
    const state = findState(editor.state);
    expect(state.matches).toHaveLength(4);
    expect(state.current).toBe(0);
    expect(state.decorations.find()).toHaveLength(4);
    const classes = state.decorations
      .find()
      .map((d) => (d as unknown as { type: { attrs: { class: string } } }).type.attrs.class);
    expect(classes).toEqual(['find-match find-match--current', 'find-match', 'find-match', 'find-match']);

    editor.commands.findNext();
    expect(findState(editor.state).current).toBe(1);
    expect(editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to)).toBe('fish');
    editor.commands.findPrevious();
    editor.commands.findPrevious();
    expect(findState(editor.state).current).toBe(3);
    editor.commands.findNext();
    expect(findState(editor.state).current).toBe(0);
  });

  it('starts at the first match after the cursor', () => {
    const editor = headlessEditor(doc(p('fish'), p('fish'), p('fish')));
    editor.commands.setTextSelection(8);
    editor.commands.setFindQuery('fish');
    expect(findState(editor.state).current).toBe(2);
  });

  it('replaces the current match and moves on, also when the replacement contains the query', () => {
    const editor = headlessEditor(doc(p('cat cat cat')));
    editor.commands.setFindQuery('cat');
    editor.commands.replaceMatch('cats');
    expect(text(editor)).toBe('cats cat cat');
    expect(findState(editor.state).current).toBe(1);
    editor.commands.replaceMatch('cats');
    editor.commands.replaceMatch('cats');
    expect(text(editor)).toBe('cats cats cats');
  });

  it('replaces all, keeping each match’s formatting, and deletes with an empty replacement', () => {
    const editor = headlessEditor(
      doc(p({ type: 'text', text: 'Mr', marks: [{ type: 'bold' }] }, ' Smith met Mr Jones'), p('MR X')),
    );
    editor.commands.setFindQuery('mr');
    expect(matchedText(editor)).toEqual(['Mr', 'Mr', 'MR']);
    editor.commands.replaceAllMatches('Dr');
    expect(text(editor)).toBe('Dr Smith met Dr Jones|Dr X');
    expect(editor.getJSON().content![0]!.content![0]).toEqual({ type: 'text', text: 'Dr', marks: [{ type: 'bold' }] });
    expect(findState(editor.state).matches).toHaveLength(0);
    editor.commands.setFindQuery(' X');
    editor.commands.replaceAllMatches('');
    expect(text(editor)).toBe('Dr Smith met Dr Jones|Dr');
  });

  it('follows typing while a search is open, and clears', () => {
    const editor = headlessEditor(doc(p('storm')));
    editor.commands.setFindQuery('storm');
    editor.commands.insertContentAt(6, { type: 'text', text: ' and storm' });
    expect(findState(editor.state).matches).toHaveLength(2);
    editor.commands.clearFind();
    expect(findState(editor.state)).toMatchObject({ query: '', matches: [], current: -1 });
    expect(findState(editor.state).decorations.find()).toHaveLength(0);
  });

  it('does nothing, and says so, when there is no match', () => {
    const editor = headlessEditor(doc(p('calm')));
    editor.commands.setFindQuery('storm');
    expect(editor.commands.findNext()).toBe(false);
    expect(editor.commands.replaceMatch('x')).toBe(false);
    expect(editor.commands.replaceAllMatches('x')).toBe(false);
    expect(text(editor)).toBe('calm');
  });
});
