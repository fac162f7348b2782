import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import { describe, expect, it } from 'vitest';
import { doc, headlessEditor, p } from '../../../../../tests/support/headless-editor';
import { schemaExtensions } from '../../schema-extensions';

describe('the horizontal rule', () => {
  it('goes after the current block, with a new paragraph to type in when none follows', () => {
    const editor = headlessEditor(doc(p('End of section')));
    editor.commands.setTextSelection(4);
    expect(editor.commands.setHorizontalRule()).toBe(true);
    expect(editor.getJSON()).toEqual(doc(p('End of section'), { type: 'horizontalRule' }, { type: 'paragraph' }));
    expect(editor.state.selection.$from.parent.type.name).toBe('paragraph');
    expect(editor.state.selection.from).toBe(editor.state.doc.content.size - 1);
  });

  it('uses the next paragraph when there is one', () => {
    const editor = headlessEditor(doc(p('One'), p('Two')));
    editor.commands.setTextSelection(2);
    editor.commands.setHorizontalRule();
    expect(editor.getJSON()).toEqual(doc(p('One'), { type: 'horizontalRule' }, p('Two')));
    expect(editor.state.selection.$from.parent.textContent).toBe('Two');
  });

  it('takes the place of an empty line', () => {
    const editor = headlessEditor(doc(p('One'), { type: 'paragraph' }, p('Two')));
    editor.commands.setTextSelection(6);
    editor.commands.setHorizontalRule();
    expect(editor.getJSON()).toEqual(doc(p('One'), { type: 'horizontalRule' }, p('Two')));
    expect(editor.state.selection.$from.parent.textContent).toBe('Two');
  });

  it('renders as <hr>', () => {
    expect(
      renderToHTMLString({ extensions: schemaExtensions(), content: doc(p('a'), { type: 'horizontalRule' }) as never }),
    ).toBe('<p>a</p><hr/>');
  });
});
