import { Node, mergeAttributes, nodeInputRule } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

export interface HorizontalRuleOptions {
  /** Attributes on every rendered `<hr>`. */
  HTMLAttributes: Record<string, string>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    horizontalRule: {
      /** Inserts a rule after the current block and puts the cursor in the text block after it. */
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
          // After the block the cursor is in (or at the very end when the selection is the doc).
          const after = $to.depth > 0 ? $to.after(1) : state.doc.content.size;
          if (dispatch) {
            tr.insert(after, this.type.create());
            // A rule needs somewhere to type after it: the next paragraph, or a new one.
            if (!tr.doc.nodeAt(after + 1)?.isTextblock) tr.insert(after + 1, paragraph.create());
            tr.setSelection(TextSelection.create(tr.doc, after + 2));
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
