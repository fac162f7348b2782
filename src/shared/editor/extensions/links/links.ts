import { Mark, getMarkRange, mergeAttributes } from '@tiptap/core';
import { checkLinkUrl } from './check-link-url';

export interface LinksOptions {
  /**
   * Called for Ctrl/Cmd+Shift+K, which opens the link dialog (Ctrl/Cmd+K is kept for the
   * command palette). Return true when a dialog opened; leave unset where there is no UI.
   */
  onRequestDialog: (() => boolean) | null;
  /** Attributes on every rendered `<a>`; `rel` keeps a published page from leaking its window. */
  HTMLAttributes: Record<string, string>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    links: {
      /**
       * Links the selection, or the whole link the cursor is in, to `href`; with an empty
       * selection outside a link it inserts `text` (or the address) as a new link.
       * Does nothing and returns false for an address `checkLinkUrl` refuses.
       */
      applyLink: (attributes: { href: string; text?: string }) => ReturnType;
      /** Removes the link around the cursor or from the selection, keeping the text. */
      removeLink: () => ReturnType;
    };
  }
}

/**
 * Links to web pages and email addresses: the mark `link` with one attribute, `href`,
 * checked on every way in (typed, pasted, loaded) and again on the way out.
 */
export const Links = Mark.create<LinksOptions>({
  name: 'link',
  priority: 1000,
  inclusive: false,
  keepOnSplit: false,

  addOptions() {
    return { onRequestDialog: null, HTMLAttributes: { rel: 'noopener noreferrer' } };
  },

  addAttributes() {
    return {
      href: {
        default: null,
        parseHTML: (element) => {
          const checked = checkLinkUrl(element.getAttribute('href'));
          return checked.ok ? checked.href : null;
        },
        renderHTML: (attributes) => {
          const checked = checkLinkUrl(attributes.href as string | null);
          return checked.ok ? { href: checked.href } : {};
        },
      },
    };
  },

  parseHTML() {
    return [{ tag: 'a[href]', getAttrs: (element) => (checkLinkUrl(element.getAttribute('href')).ok ? null : false) }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['a', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      applyLink:
        ({ href, text }) =>
        ({ state, tr, dispatch }) => {
          const checked = checkLinkUrl(href);
          if (!checked.ok) return false;
          const mark = this.type.create({ href: checked.href });
          let { from, to } = state.selection;
          if (from === to) {
            const range = getMarkRange(state.selection.$from, this.type);
            if (range) {
              ({ from, to } = range);
            } else {
              const label = text?.trim() || href.trim();
              if (dispatch) {
                tr.insert(from, state.schema.text(label, [mark]));
                tr.removeStoredMark(this.type);
              }
              return true;
            }
          }
          if (dispatch) {
            tr.removeMark(from, to, this.type);
            tr.addMark(from, to, mark);
          }
          return true;
        },
      removeLink:
        () =>
        ({ state, tr, dispatch }) => {
          let { from, to } = state.selection;
          if (from === to) {
            const range = getMarkRange(state.selection.$from, this.type);
            if (!range) return false;
            ({ from, to } = range);
          }
          if (dispatch) tr.removeMark(from, to, this.type);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Shift-k': () => this.options.onRequestDialog?.() ?? false };
  },
});
