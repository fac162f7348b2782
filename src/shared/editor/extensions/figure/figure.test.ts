import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import { describe, expect, it } from 'vitest';
import { doc, headlessEditor, p } from '../../../../../tests/support/headless-editor';
import { schemaExtensions } from '../../schema-extensions';

const hash = 'c0ffee'.padEnd(64, '0');

describe('the figure node', () => {
  it('is inserted with its caption, credit and alt text as the attributes pre-flight reads', () => {
    const editor = headlessEditor(doc(p('Before')));
    editor.commands.setTextSelection(7);
    expect(
      editor.commands.insertFigure({
        assetId: hash,
        caption: 'Firefighters on Tuesday.',
        credit: 'Photo: REUTERS',
        alt: 'Two firefighters',
      }),
    ).toBe(true);
    const figure = editor.getJSON().content!.find((node) => node.type === 'figure');
    expect(figure).toEqual({
      type: 'figure',
      attrs: { assetId: hash, caption: 'Firefighters on Tuesday.', credit: 'Photo: REUTERS', alt: 'Two firefighters' },
    });
  });

  it('goes after a selected figure instead of replacing it', () => {
    const editor = headlessEditor(doc({ type: 'figure', attrs: { assetId: hash } }, p('after')));
    editor.commands.setNodeSelection(0);
    const second = 'b'.repeat(64);
    editor.commands.insertFigure({ assetId: second });
    expect(editor.getJSON().content!.map((node) => node.attrs?.assetId ?? node.type)).toEqual([
      hash,
      second,
      'paragraph',
    ]);
  });

  it('refuses anything but a stored asset id: there is no web address to point it at', () => {
    const editor = headlessEditor(doc(p('x')));
    const before = editor.getJSON();
    expect(editor.commands.insertFigure({ assetId: 'https://tracker.example/pixel.gif' })).toBe(false);
    expect(editor.commands.insertFigure({ assetId: hash.toUpperCase() })).toBe(false);
    expect(editor.getJSON()).toEqual(before);
  });

  it('updates the selected figure in place', () => {
    const editor = headlessEditor(doc({ type: 'figure', attrs: { assetId: hash } }, p('after')));
    editor.commands.setNodeSelection(0);
    editor.commands.updateFigure({ credit: 'Photo: AP', alt: 'A crowd' });
    expect(editor.getJSON().content![0]).toEqual({
      type: 'figure',
      attrs: { assetId: hash, caption: '', credit: 'Photo: AP', alt: 'A crowd' },
    });
  });

  it('renders a figure with the image from the given asset URL, caption and credit, every text escaped', () => {
    const html = renderToHTMLString({
      extensions: schemaExtensions({ assetUrl: (id) => `/media/${id}.jpg` }),
      content: doc({
        type: 'figure',
        attrs: { assetId: hash, caption: 'A <b>bold</b> claim', credit: 'Photo: AP & AFP', alt: 'Alt "quoted"' },
      }) as never,
    });
    expect(html).toBe(
      `<figure data-lede="figure" data-asset-id="${hash}" data-caption="A &lt;b&gt;bold&lt;/b&gt; claim" data-credit="Photo: AP &amp; AFP" data-alt="Alt &quot;quoted&quot;">` +
        `<img src="/media/${hash}.jpg" alt="Alt &quot;quoted&quot;"/>` +
        '<figcaption><span class="figure__caption">A &lt;b&gt;bold&lt;/b&gt; claim</span> <span class="figure__credit">Photo: AP &amp; AFP</span></figcaption></figure>',
    );
  });

  it('renders no image address for a damaged id and no figcaption when there is nothing to say', () => {
    const html = renderToHTMLString({
      extensions: schemaExtensions(),
      content: doc({ type: 'figure', attrs: { assetId: 'javascript:alert(1)' } }) as never,
    });
    expect(html).toBe(
      '<figure data-lede="figure" data-asset-id="" data-caption="" data-credit="" data-alt=""><img alt=""/></figure>',
    );
  });
});
