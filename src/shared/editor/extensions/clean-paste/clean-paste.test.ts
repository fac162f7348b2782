import { describe, expect, it } from 'vitest';
import { doc, headlessEditor, p } from '../../../../../tests/support/headless-editor';
import { pasteNotice, utf8Length } from './clean-paste';
import type { HtmlNode } from './html-node';
import { defuseForParsing, sanitizeHtml } from './sanitize-html';

// A tiny tree builder with the shape of the DOM the cleaner reads. Real HTML from Word,
// Google Docs and web pages is parsed by Chromium in tests/e2e/clean-paste.test.ts.
type Child = HtmlNode | string;
const text = (value: string): HtmlNode => ({ nodeType: 3, nodeName: '#text', nodeValue: value, childNodes: [] });
const comment = (value: string): HtmlNode => ({ nodeType: 8, nodeName: '#comment', nodeValue: value, childNodes: [] });
function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HtmlNode {
  return {
    nodeType: 1,
    nodeName: tag.toUpperCase(),
    nodeValue: null,
    childNodes: children.map((child) => (typeof child === 'string' ? text(child) : child)),
    getAttribute: (name) => attributes[name] ?? null,
  };
}
const clean = (...children: Child[]): string => sanitizeHtml(h('body', {}, ...children)).html;

describe('sanitizeHtml keeps structure', () => {
  it('keeps paragraphs, headings, lists, quotes, bold, italic and links', () => {
    expect(
      clean(
        h('h1', {}, 'Title'),
        h(
          'p',
          {},
          'A ',
          h('b', {}, 'bold'),
          ' and ',
          h('em', {}, 'italic'),
          ' ',
          h('a', { href: 'https://example.org/x' }, 'link'),
          '.',
        ),
        h('ul', {}, h('li', {}, 'one'), h('li', {}, 'two', h('ol', {}, h('li', {}, 'nested')))),
        h('blockquote', {}, h('p', {}, 'Quoted')),
        h('h5', {}, 'Small'),
      ),
    ).toBe(
      '<h2>Title</h2><p>A <strong>bold</strong> and <em>italic</em> <a href="https://example.org/x">link</a>.</p>' +
        '<ul><li><p>one</p></li><li><p>two</p><ol><li><p>nested</p></li></ol></li></ul>' +
        '<blockquote><p>Quoted</p></blockquote><h4>Small</h4>',
    );
  });

  it('reads bold and italic from styles, and lets a style of normal undo a <b>', () => {
    expect(
      clean(
        h(
          'b',
          { id: 'docs-internal-guid-1234', style: 'font-weight:normal;' },
          h(
            'p',
            {},
            h('span', { style: 'font-weight: 700' }, 'Heavy'),
            h('span', {}, ' plain '),
            h('span', { style: 'font-style:italic' }, 'slanted'),
          ),
        ),
      ),
    ).toBe('<p><strong>Heavy</strong> plain <em>slanted</em></p>');
  });

  it('never fuses words: whitespace between and inside inline elements survives as one space', () => {
    expect(clean(h('p', {}, h('span', {}, 'Hello'), ' ', h('span', {}, 'world')))).toBe('<p>Hello world</p>');
    expect(clean(h('p', {}, h('span', {}, 'Hello '), h('span', {}, ' world')))).toBe('<p>Hello world</p>');
    expect(clean(h('p', {}, 'line one\r\nline two'))).toBe('<p>line one line two</p>');
    expect(clean(h('table', {}, h('tr', {}, h('td', {}, 'cell'), h('td', {}, 'next'))))).toBe('<p>cell next</p>');
    expect(clean(h('div', {}, 'above', h('div', {}, 'below')))).toBe('<p>above</p><p>below</p>');
  });

  it('drops empty paragraphs, including Word’s &nbsp; and <o:p> ones, and keeps a non-breaking space between words', () => {
    expect(
      clean(
        h('p', {}, 'First'),
        h('p', {}, h('o:p', {}, '\u00a0')),
        h('p', {}, ' '),
        h('p', {}, h('br')),
        h('p', {}, '10\u00a0km'),
      ),
    ).toBe('<p>First</p><p>10\u00a0km</p>');
  });

  it('turns a double line break into a new paragraph and keeps a single one', () => {
    expect(clean(h('p', {}, 'one', h('br'), 'two', h('br'), h('br'), 'three'))).toBe('<p>one<br>two</p><p>three</p>');
  });

  it('makes lists of Word’s list paragraphs, ordered or not by their bullets, nested by level', () => {
    const item = (level: number, bullet: string, words: string): HtmlNode =>
      h(
        'p',
        { class: 'MsoListParagraphCxSpMiddle', style: `text-indent:-18.0pt;mso-list:l0 level${level} lfo1` },
        comment('[if !supportLists]'),
        h(
          'span',
          { style: 'font-family:Symbol' },
          h(
            'span',
            { style: 'mso-list:Ignore' },
            bullet,
            h('span', { style: 'font:7.0pt "Times New Roman"' }, '\u00a0\u00a0 '),
          ),
        ),
        comment('[endif]'),
        words,
      );
    expect(clean(item(1, '·', 'Apples'), item(2, 'o', 'Green'), item(1, '·', 'Pears'), h('p', {}, 'After'))).toBe(
      '<ul><li><p>Apples</p><ul><li><p>Green</p></li></ul></li><li><p>Pears</p></li></ul><p>After</p>',
    );
    expect(clean(item(1, '1.', 'First'), item(1, '2.', 'Second'))).toBe(
      '<ol><li><p>First</p></li><li><p>Second</p></li></ol>',
    );
  });
});

describe('sanitizeHtml drops what could harm or track', () => {
  it('drops scripts, styles, frames, objects, SVG and forms with everything inside, and counts the active ones', () => {
    const { html, report } = sanitizeHtml(
      h(
        'body',
        {},
        h('script', {}, 'alert(1)'),
        h('style', {}, 'p{color:red}'),
        h(
          'p',
          { onclick: 'alert(2)', style: 'color:red', class: 'MsoNormal' },
          'Safe ',
          h('span', { onmouseover: 'alert(3)' }, 'text'),
        ),
        h('iframe', { src: 'https://evil.example/' }),
        h('svg', {}, h('script', {}, 'alert(4)')),
        h('object', { data: 'x.swf' }),
        h('form', { action: 'https://evil.example/' }, h('input', { value: 'secret' })),
      ),
    );
    expect(html).toBe('<p>Safe text</p>');
    expect(report.active).toBe(5);
  });

  it('keeps the text of links that are not http, https or mailto, but never the link', () => {
    const { html, report } = sanitizeHtml(
      h(
        'body',
        {},
        h(
          'p',
          {},
          h('a', { href: 'javascript:alert(1)' }, 'one'),
          ' ',
          h('a', { href: 'JaVaScRiPt:alert(1)' }, 'two'),
          ' ',
          h('a', { href: 'java\nscript:alert(1)' }, 'three'),
          ' ',
          h('a', { href: 'data:text/html,<b>x</b>' }, 'four'),
          ' ',
          h('a', { href: '/relative' }, 'five'),
          ' ',
          h('a', { name: '_Toc1' }, 'six'),
          ' ',
          h('a', { href: 'mailto:desk@example.org' }, 'seven'),
        ),
      ),
    );
    expect(html).toBe('<p>one two three four five six <a href="mailto:desk@example.org">seven</a></p>');
    expect(report.unsafeLinks).toBe(4);
  });

  it('drops every image, never loading it; tracking pixels and hidden images are not even mentioned', () => {
    const { html, report } = sanitizeHtml(
      h(
        'body',
        {},
        h('p', {}, 'Photo', h('img', { src: 'https://cdn.example/photo.jpg', alt: 'A photo' }), ' here'),
        h('img', { src: 'https://tracker.example/p.gif', width: '1', height: '1' }),
        h('img', { src: 'https://tracker.example/q.gif', style: 'display:none' }),
        h('p', {}, h('img', { src: 'data:image/png;base64,AAAA' })),
      ),
    );
    expect(html).toBe('<p>Photo here</p>');
    expect(report).toMatchObject({ images: 2, trackers: 2 });
    expect(pasteNotice(report)).toBe('Pasted as clean text. Left out: 2 images (insert photos from their files).');
  });

  it('drops comments, Office markup and hidden text', () => {
    expect(
      clean(
        comment('[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]'),
        h(
          'p',
          {},
          'Shown',
          h('span', { style: 'display: none' }, 'hidden'),
          h('span', { style: 'mso-hide:all' }, 'also hidden'),
        ),
        h('v:shape', {}, h('v:imagedata', { src: 'file:///C:/x.png' })),
        h('p', {}, h('st1:place', {}, 'London')),
      ),
    ).toBe('<p>Shown</p><p>London</p>');
  });

  it('escapes text so nothing in it becomes markup', () => {
    expect(clean(h('p', {}, '<script>alert(1)</script> & "quotes"'))).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; "quotes"</p>',
    );
    expect(clean(h('p', {}, h('a', { href: 'https://example.org/?a="><script>' }, 'x')))).toBe(
      '<p><a href="https://example.org/?a=%22%3E%3Cscript%3E">x</a></p>',
    );
  });
});

describe('sanitizeHtml keeps Lede’s own blocks', () => {
  const hash = 'e'.repeat(64);

  it('rebuilds a figure and a social post from their data attributes only', () => {
    expect(
      clean(
        h(
          'figure',
          {
            'data-lede': 'figure',
            'data-asset-id': hash,
            'data-caption': 'Cap',
            'data-credit': 'Photo: X',
            'data-alt': 'Alt',
            onload: 'alert(1)',
          },
          h('img', { src: 'https://evil.example/' }),
        ),
        h('blockquote', {
          'data-lede': 'social-post',
          'data-author': 'A',
          'data-handle': '@a',
          'data-date': 'today',
          'data-text': 'Hi',
          'data-url': 'javascript:alert(1)',
        }),
      ),
    ).toBe(
      `<figure data-lede="figure" data-asset-id="${hash}" data-caption="Cap" data-credit="Photo: X" data-alt="Alt"></figure>` +
        '<blockquote data-lede="social-post" data-author="A" data-handle="@a" data-date="today" data-text="Hi" data-url=""></blockquote>',
    );
  });

  it('drops a figure whose asset id is not a sha256, and keeps a pull quote’s words and marks', () => {
    expect(
      clean(
        h('figure', { 'data-lede': 'figure', 'data-asset-id': '../../etc/passwd' }),
        h(
          'aside',
          { 'data-lede': 'pull-quote', class: 'pull-quote' },
          h('p', {}, h('em', {}, 'Never'), ' again', h('script', {}, 'x')),
        ),
      ),
    ).toBe('<aside data-lede="pull-quote"><p><em>Never</em> again</p></aside>');
  });
});

describe('defuseForParsing', () => {
  it('moves styles and handlers aside, drops style sheets and disarms <base>, leaving text alone', () => {
    expect(
      defuseForParsing(
        '<style>\np.MsoNormal{margin:0}\n</style><p class=MsoNormal style="font-weight:700">a style= b onclick=c</p>' +
          '<SPAN\nSTYLE=\'font-style:italic\'>c</SPAN><img src=x onerror="alert(1)" ONLOAD=y/><svg/onload=z><base href="https://evil.example/">',
      ),
    ).toBe(
      '<p class=MsoNormal data-lede-style="font-weight:700">a style= b onclick=c</p>' +
        '<SPAN\ndata-lede-STYLE=\'font-style:italic\'>c</SPAN><img src=x data-lede-onerror="alert(1)" data-lede-ONLOAD=y/><svg/data-lede-onload=z><lede-base href="https://evil.example/">',
    );
  });

  it('keeps what the styles said about bold and italic', () => {
    const node = h('p', { 'data-lede-style': 'font-weight: bold' }, 'heavy');
    expect(sanitizeHtml(h('body', {}, node)).html).toBe('<p><strong>heavy</strong></p>');
  });
});

describe('the paste limit', () => {
  it('measures bytes as UTF-8, like the store', () => {
    for (const sample of ['plain', 'café', '中文', '😀 emoji', '\ud800 lone surrogate', '\ud800é', 'end\udbff']) {
      expect(utf8Length(sample)).toBe(Buffer.byteLength(sample));
    }
  });

  it('is configured from the article’s body limit', () => {
    const editor = headlessEditor(doc(p('x')));
    const cleanPaste = editor.extensionManager.extensions.find((extension) => extension.name === 'cleanPaste')!;
    expect(cleanPaste.options.maxBodyBytes).toBe(5 * 1024 * 1024);
  });
});
