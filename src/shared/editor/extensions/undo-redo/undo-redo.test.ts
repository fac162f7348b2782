import { describe, expect, it } from 'vitest';
import { doc, headlessEditor, p } from '../../../../../tests/support/headless-editor';
import { historyDepth } from './undo-redo';

describe('undo and redo', () => {
  it('undoes and redoes an edit, and the depths say what can be done', () => {
    const editor = headlessEditor(doc(p('Hello')));
    expect(historyDepth(editor.state)).toEqual({ undo: 0, redo: 0 });
    editor.commands.insertContentAt(6, { type: 'text', text: ', world' });
    expect(editor.getText()).toBe('Hello, world');
    expect(historyDepth(editor.state)).toEqual({ undo: 1, redo: 0 });

    expect(editor.commands.undo()).toBe(true);
    expect(editor.getText()).toBe('Hello');
    expect(historyDepth(editor.state)).toEqual({ undo: 0, redo: 1 });

    expect(editor.commands.redo()).toBe(true);
    expect(editor.getText()).toBe('Hello, world');
    expect(editor.commands.redo()).toBe(false);
  });

  it('undoes a replace-all in one step', () => {
    const editor = headlessEditor(doc(p('cat and cat'), p('a cat')));
    editor.commands.setFindQuery('cat');
    editor.commands.replaceAllMatches('dog');
    expect(editor.getText({ blockSeparator: '|' })).toBe('dog and dog|a dog');
    editor.commands.undo();
    expect(editor.getText({ blockSeparator: '|' })).toBe('cat and cat|a cat');
  });
});
