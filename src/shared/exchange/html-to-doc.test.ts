import { describe, expect, it } from 'vitest';
import { htmlToDoc } from './html-to-doc';
import { decodeEntities, parseHtmlTree } from './html-tree';

describe('htmlToDoc', () => {
  it('keeps what the body knows: paragraphs, headings, lists, quotes, marks, links, line breaks', () => {
    const { doc, report, unknownTags } = htmlToDoc(
      '<h1>Title</h1><p>One <strong>bold</strong> <em>word</em> and <a href="https://example.org/a?b=1&amp;c=2">a link</a><br>next line</p>' +
        '<ul><li>first<li>second</ul><blockquote><p>Quoted</p></blockquote><hr><span>loose text</span>',
    );
    expect(report).toEqual({ images: 0, trackers: 0, unsafeLinks: 0, active: 0 });
    expect(unknownTags).toEqual(['span']);
    expect(doc.content!.map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'bulletList',
      'blockquote',
      'horizontalRule',
      'paragraph',
    ]);
    expect(doc.content![0]).toEqual({
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: 'Title' }],
    });
    const paragraph = doc.content![1]!.content!;
    expect(paragraph.find((node) => node.text === 'bold')!.marks).toEqual([{ type: 'bold' }]);
    expect(paragraph.find((node) => node.text === 'a link')!.marks).toEqual([
      { type: 'link', attrs: { href: 'https://example.org/a?b=1&c=2' } },
    ]);
    expect(paragraph.some((node) => node.type === 'hardBreak')).toBe(true);
    expect(doc.content![2]!.content).toHaveLength(2);
  });

  it('drops scripts, frames, styles and unsafe links, counting them, and keeps the words', () => {
    const { doc, report } = htmlToDoc(
      '<p onclick="x()">Hi <a href="javascript:alert(1)">there</a></p><script>alert(1)</script><iframe src="https://e.example"></iframe><style>p{}</style><img src="https://e.example/a.png">',
    );
    expect(report).toMatchObject({ active: 2, unsafeLinks: 1, images: 1 });
    expect(JSON.stringify(doc)).not.toMatch(/alert|javascript|e\.example|onclick/);
    expect(doc.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Hi there' }] }]);
  });

  it('reads Lede’s own blocks back from their data attributes', () => {
    const hash = 'c'.repeat(64);
    const { doc } = htmlToDoc(
      `<figure data-lede="figure" data-asset-id="${hash}" data-caption="Cap" data-credit="AFP" data-alt="Alt"><img src="x"></figure>` +
        '<aside data-lede="pull-quote"><p>Lifted</p></aside>' +
        '<blockquote data-lede="social-post" data-author="A" data-handle="@a" data-date="today" data-text="Post" data-url="https://s.example/1"></blockquote>',
    );
    expect(doc.content).toEqual([
      { type: 'figure', attrs: { assetId: hash, caption: 'Cap', credit: 'AFP', alt: 'Alt' } },
      { type: 'pullQuote', content: [{ type: 'text', text: 'Lifted' }] },
      {
        type: 'socialPost',
        attrs: { author: 'A', handle: '@a', date: 'today', text: 'Post', url: 'https://s.example/1' },
      },
    ]);
  });

  it('gives an empty paragraph for an empty body', () => {
    expect(htmlToDoc('').doc).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});

describe('parseHtmlTree', () => {
  it('decodes references, keeps raw text raw and survives broken markup', () => {
    expect(decodeEntities('&amp;&lt;&#65;&#x42;&nbsp;&bogus;&#0;')).toBe('&<AB\u00a0&bogus;\ufffd');
    const tree = parseHtmlTree('<p title="a &quot;b&quot;">x<script>if (a < b) {}</script><p>y</b></i><div');
    expect(tree.childNodes.map((node) => node.nodeName)).toEqual(['P', 'P']);
    expect(tree.childNodes[0]!.getAttribute!('title')).toBe('a "b"');
    expect(tree.childNodes[0]!.childNodes[1]!.childNodes[0]!.nodeValue).toBe('if (a < b) {}');
  });
});
