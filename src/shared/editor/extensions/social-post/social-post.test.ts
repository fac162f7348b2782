import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import { describe, expect, it } from 'vitest';
import { doc, headlessEditor, p } from '../../../../../tests/support/headless-editor';
import { schemaExtensions } from '../../schema-extensions';
import { socialPostUrl } from './social-post';

const post = {
  author: 'City Fire Service',
  handle: '@cityfire',
  date: '12 March 2025',
  text: 'Crews remain at the scene. Please avoid the area.',
  url: 'https://social.example/cityfire/status/1',
};

const render = (attrs: Record<string, string>): string =>
  renderToHTMLString({ extensions: schemaExtensions(), content: doc({ type: 'socialPost', attrs }) as never });

describe('the social post quote', () => {
  it('is inserted with its five fields', () => {
    const editor = headlessEditor(doc(p('Before')));
    editor.commands.setTextSelection(7);
    expect(editor.commands.insertSocialPost(post)).toBe(true);
    expect(editor.getJSON().content!.find((node) => node.type === 'socialPost')).toEqual({
      type: 'socialPost',
      attrs: post,
    });
  });

  it('renders as a quotation of text with a link to the original and nothing that loads', () => {
    const html = render(post);
    expect(html).toBe(
      '<blockquote class="social-post" data-lede="social-post" cite="https://social.example/cityfire/status/1" ' +
        'data-author="City Fire Service" data-handle="@cityfire" data-date="12 March 2025" ' +
        'data-text="Crews remain at the scene. Please avoid the area." data-url="https://social.example/cityfire/status/1">' +
        '<p class="social-post__text">Crews remain at the scene. Please avoid the area.</p>' +
        '<footer>— <span class="social-post__author">City Fire Service</span> <span class="social-post__handle">@cityfire</span>, ' +
        '<a href="https://social.example/cityfire/status/1" rel="noopener noreferrer">12 March 2025</a></footer></blockquote>',
    );
    expect(html).not.toMatch(/<(script|iframe|img|embed|object)/);
  });

  it('drops a post address that is not http or https, and escapes every field', () => {
    const html = render({
      ...post,
      url: 'javascript:alert(1)',
      text: '<script>alert(1)</script>',
      author: '"><img src=x onerror=alert(1)>',
    });
    expect(html).not.toContain('javascript:');
    expect(html).not.toMatch(/<(script|img)/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('data-url=""');
    expect(socialPostUrl('mailto:a@b.example')).toBe('');
    expect(socialPostUrl('https://x.example/p/1')).toBe('https://x.example/p/1');
  });

  it('inserting with an unsafe address keeps the post and drops the address', () => {
    const editor = headlessEditor(doc(p('x')));
    editor.commands.insertSocialPost({ ...post, url: 'data:text/html,hi' });
    expect(editor.getJSON().content!.find((node) => node.type === 'socialPost')?.attrs?.url).toBe('');
  });
});
