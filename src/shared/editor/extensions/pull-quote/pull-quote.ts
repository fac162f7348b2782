import { Node, mergeAttributes } from '@tiptap/core';
import type { TagParseRule } from '@tiptap/pm/model';
import { ledeBlockAttribute } from '../lede-block';

type ContentElement = Extract<NonNullable<TagParseRule['contentElement']>, (...args: never[]) => unknown>;

export interface PullQuoteOptions {
  /** Attributes on every rendered pull quote. */
  HTMLAttributes: Record<string, string>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pullQuote: {
      /** Turns the current paragraph into a pull quote. */
      setPullQuote: () => ReturnType;
      /** Turns a pull quote back into a paragraph, or a paragraph into a pull quote. */
      togglePullQuote: () => ReturnType;
    };
  }
}

/**
 * A line lifted from the story and set large beside it. Its text is edited like any
 * paragraph; Enter at its end starts a normal paragraph.
 */
export const PullQuote = Node.create<PullQuoteOptions>({
  name: 'pullQuote',
  group: 'block',
  content: 'inline*',
  defining: true,

  addOptions() {
    return { HTMLAttributes: { class: 'pull-quote' } };
  },

  parseHTML() {
    return [
      {
        // Ahead of StarterKit's plain <blockquote>, <figure> and <p> rules.
        priority: 60,
        tag: `[${ledeBlockAttribute}="pull-quote"]`,
        // The rendered form holds its text in a <p>; anything else is read as it is.
        contentElement: (element: Parameters<ContentElement>[0]) => element.querySelector('p') ?? element,
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'aside',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { [ledeBlockAttribute]: 'pull-quote' }),
      ['p', 0],
    ];
  },

  addCommands() {
    return {
      setPullQuote:
        () =>
        ({ commands }) =>
          commands.setNode(this.name),
      togglePullQuote:
        () =>
        ({ commands }) =>
          commands.toggleNode(this.name, 'paragraph'),
    };
  },
});
