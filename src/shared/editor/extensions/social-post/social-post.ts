import { Node, mergeAttributes } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { ledeBlockAttribute, textAttribute } from '../lede-block';
import { checkLinkUrl } from '../links/check-link-url';

export interface SocialPostAttributes {
  author: string;
  /** "@handle", as the platform shows it. */
  handle: string;
  /** When it was posted, as the story should print it. */
  date: string;
  text: string;
  /** The post's own address; http or https only. */
  url: string;
}

export const socialPostLimits = { author: 200, handle: 200, date: 100, text: 5_000, url: 2_048 } as const;

export interface SocialPostOptions {
  /** Attributes on every rendered social post. */
  HTMLAttributes: Record<string, string>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    socialPost: {
      /** Inserts a quoted social post (empty fields to fill in place, or the given ones). */
      insertSocialPost: (attributes?: Partial<SocialPostAttributes>) => ReturnType;
    };
  }
}

/** The post's address if it is a web address, otherwise empty: never a script or a file. */
export function socialPostUrl(url: string): string {
  const checked = checkLinkUrl(url);
  return checked.ok && /^https?:/.test(checked.href) ? checked.href : '';
}

/**
 * A post from a social network quoted as text: who said it, where, when, and the words,
 * rendered as a `<blockquote>` with a link to the original. Nothing from the network is
 * loaded, neither its script nor an iframe nor the author's picture.
 */
export const SocialPost = Node.create<SocialPostOptions>({
  name: 'socialPost',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  isolating: true,

  addOptions() {
    return { HTMLAttributes: { class: 'social-post' } };
  },

  addAttributes() {
    return {
      author: { default: '', rendered: false },
      handle: { default: '', rendered: false },
      date: { default: '', rendered: false },
      text: { default: '', rendered: false },
      url: { default: '', rendered: false },
    };
  },

  parseHTML() {
    return [
      {
        // Ahead of StarterKit's plain <blockquote>, <figure> and <p> rules.
        priority: 60,
        tag: `[${ledeBlockAttribute}="social-post"]`,
        getAttrs: (element) => ({
          author: textAttribute(element, 'data-author', socialPostLimits.author),
          handle: textAttribute(element, 'data-handle', socialPostLimits.handle),
          date: textAttribute(element, 'data-date', socialPostLimits.date),
          text: textAttribute(element, 'data-text', socialPostLimits.text),
          url: socialPostUrl(textAttribute(element, 'data-url', socialPostLimits.url)),
        }),
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { author, handle, date, text, url } = node.attrs as SocialPostAttributes;
    const href = socialPostUrl(url);
    const who: (string | DOMOutputSpec)[] = [['span', { class: 'social-post__author' }, author || 'Unknown author']];
    if (handle) who.push(' ', ['span', { class: 'social-post__handle' }, handle]);
    if (date) who.push(', ', href ? ['a', { href, rel: 'noopener noreferrer' }, date] : ['span', {}, date]);
    else if (href) who.push(', ', ['a', { href, rel: 'noopener noreferrer' }, 'original post']);
    return [
      'blockquote',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, {
        [ledeBlockAttribute]: 'social-post',
        ...(href ? { cite: href } : {}),
        'data-author': author,
        'data-handle': handle,
        'data-date': date,
        'data-text': text,
        'data-url': href,
      }),
      ['p', { class: 'social-post__text' }, text],
      ['footer', {}, '— ', ...who],
    ];
  },

  renderText({ node }) {
    const { author, text } = node.attrs as SocialPostAttributes;
    return author ? `${text} (${author})` : text;
  },

  addCommands() {
    return {
      insertSocialPost:
        (attributes = {}) =>
        ({ commands }) =>
          commands.insertContent({
            type: this.name,
            attrs: {
              author: '',
              handle: '',
              date: '',
              text: '',
              ...attributes,
              url: socialPostUrl(attributes.url ?? ''),
            },
          }),
    };
  },
});
