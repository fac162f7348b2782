import { Node, mergeAttributes, nodeInputRule } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

export interface HorizontalRuleOptions {
  /** Attributes on every rendered `<hr>`. */
  HTMLAttributes: Record<string, string>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    horizontalRule: {
      /**
       * Inserts a rule after the current block (or in place of an empty line) and puts the
       * cursor in the text block after it.
       */
      setHorizontalRule: () => ReturnType;
    };
  }
}

/** A section break: `---` on a line of its own, the toolbar, or the command. */
export const HorizontalRule = Node.create<HorizontalRuleOptions>({
  name: 'horizontalRule',
  group: 'block',

  addOptions() {
    return { HTMLAttributes: {} };
  },

  parseHTML() {
    return [{ tag: 'hr' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['hr', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes)];
  },

  addCommands() {
    return {
      setHorizontalRule:
        () =>
        ({ state, tr, dispatch }) => {
          const { $to } = state.selection;
          const paragraph = state.schema.nodes.paragraph;
          if (!paragraph) return false;
          const block = $to.depth > 0 ? $to.node(1) : undefined;
          if (dispatch) {
            let at: number;
            if (block?.isTextblock && block.content.size === 0) {
              // An empty line becomes the rule.
              at = $to.before(1);
              tr.replaceWith(at, at + block.nodeSize, this.type.create());
            } else {
              at = block ? $to.after(1) : state.doc.content.size;
              tr.insert(at, this.type.create());
            }
            // A rule needs somewhere to type after it: the next text block, or a new paragraph.
            if (!tr.doc.nodeAt(at + 1)?.isTextblock) tr.insert(at + 1, paragraph.create());
            tr.setSelection(TextSelection.create(tr.doc, at + 2));
            tr.scrollIntoView();
          }
          return true;
        },
    };
  },

  addInputRules() {
    return [nodeInputRule({ find: /^(?:---|—-|___\s|\*\*\*\s)$/, type: this.type })];
  },
});
