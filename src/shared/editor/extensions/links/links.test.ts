import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import { describe, expect, it } from 'vitest';
import { doc, headlessEditor, p } from '../../../../../tests/support/headless-editor';
import { schemaExtensions } from '../../schema-extensions';
import { checkLinkUrl } from './check-link-url';

describe('checkLinkUrl', () => {
  it.each([
    ['https://www.reuters.com/world/', 'https://www.reuters.com/world/'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org/a b  ', 'https://example.org/a%20b'],
    ['HTTPS://EXAMPLE.ORG/Path', 'https://example.org/Path'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
    ['desk@example.org', 'mailto:desk@example.org'],
    ['example.org/news?id=1', 'https://example.org/news?id=1'],
    ['www.bbc.co.uk', 'https://www.bbc.co.uk/'],
  ])('accepts %s as %s', (input, href) => {
    expect(checkLinkUrl(input)).toEqual({ ok: true, href });
  });

  it.each([
    ['javascript:alert(1)', /“javascript:” link was refused/],
    ['JavaScript:alert(1)', /“javascript:” link was refused/],
    ['java\tscript:alert(1)', /“javascript:” link was refused/],
    ['\u0001javascript:alert(1)', /“javascript:” link was refused/],
    [' javascript:alert(document.cookie)', /“javascript:” link was refused/],
    ['data:text/html,<script>alert(1)</script>', /“data:” link was refused/],
    ['vbscript:msgbox(1)', /“vbscript:” link was refused/],
    ['file:///etc/passwd', /“file:” link was refused/],
    ['ftp://example.org/file', /“ftp:” link was refused/],
    ['', /Type a web address/],
    ['   ', /Type a web address/],
    ['not a link', /is not a web address/],
    ['/relative/path', /is not a web address/],
    ['https://', /not a web address Lede can read|no site name/],
    ['mailto:', /needs an address/],
    [`https://example.org/${'x'.repeat(2100)}`, /over 2048 characters/],
  ])('refuses %j with a sentence', (input, message) => {
    const checked = checkLinkUrl(input);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(message);
  });
});

describe('the link mark', () => {
  const render = (content: unknown): string =>
    renderToHTMLString({ extensions: schemaExtensions(), content: content as never });

  it('links the selection and renders rel="noopener noreferrer"', () => {
    const editor = headlessEditor(doc(p('Read the report here.')));
    editor.commands.setTextSelection({ from: 10, to: 16 });
    expect(editor.commands.applyLink({ href: 'https://example.org/report' })).toBe(true);
    expect(render(editor.getJSON())).toBe(
      '<p>Read the <a rel="noopener noreferrer" href="https://example.org/report">report</a> here.</p>',
    );
  });

  it('refuses a javascript: link and leaves the document as it was', () => {
    const editor = headlessEditor(doc(p('Click me')));
    const before = editor.getJSON();
    editor.commands.setTextSelection({ from: 1, to: 6 });
    expect(editor.commands.applyLink({ href: 'javascript:alert(1)' })).toBe(false);
    expect(editor.can().applyLink({ href: 'data:text/html,x' })).toBe(false);
    expect(editor.getJSON()).toEqual(before);
  });

  it('with the cursor inside a link, changes the whole link; with none, inserts the text linked', () => {
    const editor = headlessEditor(
      doc(
        p('See ', {
          type: 'text',
          text: 'this page',
          marks: [{ type: 'link', attrs: { href: 'https://a.example/' } }],
        }),
      ),
    );
    editor.commands.setTextSelection(8);
    editor.commands.applyLink({ href: 'https://b.example/' });
    expect(render(editor.getJSON())).toBe(
      '<p>See <a rel="noopener noreferrer" href="https://b.example/">this page</a></p>',
    );

    editor.commands.setTextSelection(1);
    editor.commands.applyLink({ href: 'desk@example.org', text: 'Email us' });
    expect(editor.getText()).toBe('Email usSee this page');
    expect(render(editor.getJSON())).toContain(
      '<a rel="noopener noreferrer" href="mailto:desk@example.org">Email us</a>',
    );
  });

  it('removes the link around the cursor, keeping the words', () => {
    const editor = headlessEditor(
      doc(
        p(
          { type: 'text', text: 'linked words', marks: [{ type: 'link', attrs: { href: 'https://a.example/' } }] },
          ' after',
        ),
      ),
    );
    editor.commands.setTextSelection(4);
    expect(editor.commands.removeLink()).toBe(true);
    expect(render(editor.getJSON())).toBe('<p>linked words after</p>');
    expect(editor.commands.removeLink()).toBe(false);
  });

  it('never renders an unsafe href, even from a document stored before the check', () => {
    const stored = doc(
      p({ type: 'text', text: 'evil', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }),
    );
    expect(render(stored)).toBe('<p><a rel="noopener noreferrer">evil</a></p>');
  });

  it('opens the link dialog with Ctrl/Cmd+Shift+K through the option, not Ctrl/Cmd+K', () => {
    let opened = 0;
    const editor = headlessEditor(doc(p('x')), { onRequestLinkDialog: () => (opened++, true) });
    const link = editor.extensionManager.extensions.find((extension) => extension.name === 'link')!;
    const addShortcuts = link.config.addKeyboardShortcuts as unknown as (
      this: unknown,
    ) => Record<string, () => boolean>;
    const shortcuts = addShortcuts.call({
      name: link.name,
      options: link.options,
      editor,
      type: editor.schema.marks.link,
    });
    expect(Object.keys(shortcuts)).toEqual(['Mod-Shift-k']);
    expect(shortcuts['Mod-Shift-k']!()).toBe(true);
    expect(opened).toBe(1);
  });
});
