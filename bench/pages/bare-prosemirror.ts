// The baseline of the editor bench: ProseMirror with nothing on top, built from the same
// packages TipTap uses (@tiptap/pm), with a schema just big enough for the bench's
// document (paragraphs, bold, italic, links) and the plugins any editor has: a base
// keymap and history. Bundled and served by the bench itself.
import { baseKeymap } from '@tiptap/pm/commands';
import { history } from '@tiptap/pm/history';
import { keymap } from '@tiptap/pm/keymap';
import { Schema } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { EditorView } from '@tiptap/pm/view';

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'inline*', parseDOM: [{ tag: 'p' }], toDOM: () => ['p', 0] },
    text: { group: 'inline' },
  },
  marks: {
    bold: { parseDOM: [{ tag: 'strong' }], toDOM: () => ['strong', 0] },
    italic: { parseDOM: [{ tag: 'em' }], toDOM: () => ['em', 0] },
    link: {
      attrs: { href: { default: null }, target: { default: null }, rel: { default: null }, class: { default: null } },
      inclusive: false,
      toDOM: (mark) => ['a', { href: mark.attrs.href as string }, 0],
    },
  },
});

let view: EditorView | undefined;

/** Opens the document from `url` (fetch, parse, view) and resolves once it is on screen. */
async function open(url: string, mount: HTMLElement): Promise<void> {
  view?.destroy();
  const json: unknown = await (await fetch(url)).json();
  const doc = schema.nodeFromJSON(json);
  view = new EditorView(mount, {
    state: EditorState.create({ doc, plugins: [history(), keymap(baseKeymap)] }),
    attributes: { class: 'bare-editor', 'aria-label': 'Bare ProseMirror' },
  });
}

(window as unknown as { bareProseMirror: unknown }).bareProseMirror = { open };
