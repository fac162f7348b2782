import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import { describe, expect, it } from 'vitest';
import { doc, headlessEditor, p } from '../../../../../tests/support/headless-editor';
import { schemaExtensions } from '../../schema-extensions';

describe('the pull quote', () => {
  it('turns a paragraph into a pull quote and back', () => {
    const editor = headlessEditor(doc(p('“We will rebuild,” the mayor said.'), p('Next')));
    editor.commands.setTextSelection(3);
    expect(editor.commands.setPullQuote()).toBe(true);
    expect(editor.getJSON().content![0]).toEqual({
      type: 'pullQuote',
      content: [{ type: 'text', text: '“We will rebuild,” the mayor said.' }],
    });
    editor.commands.togglePullQuote();
    expect(editor.getJSON().content![0]!.type).toBe('paragraph');
  });

  it('renders as an aside with its text in a paragraph, keeping inline marks', () => {
    const html = renderToHTMLString({
      extensions: schemaExtensions(),
      content: doc({
        type: 'pullQuote',
        content: [
          { type: 'text', text: 'Never', marks: [{ type: 'italic' }] },
          { type: 'text', text: ' again' },
        ],
      }) as never,
    });
    expect(html).toBe('<aside class="pull-quote" data-lede="pull-quote"><p><em>Never</em> again</p></aside>');
  });

  it('counts toward the body’s words', () => {
    const editor = headlessEditor(doc({ type: 'pullQuote', content: [{ type: 'text', text: 'three short words' }] }));
    expect(editor.storage.wordCount.words()).toBe(3);
  });
});
