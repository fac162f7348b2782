import { Editor, type JSONContent } from '@tiptap/core';
import { editorExtensions, type EditorExtensionOptions } from '../../src/shared/editor/editor-extensions';
import type { DocNode } from '../../src/shared/doc';

/**
 * The body editor's full extension list in an editor that is never mounted: under Node
 * there is no DOM, but state, commands, plugins and history all run as in the page.
 */
// Node 20 has no navigator; TipTap's keymaps ask it which platform's keys to bind.
if (typeof (globalThis as { navigator?: unknown }).navigator === 'undefined') {
  Object.defineProperty(globalThis, 'navigator', {
    value: { platform: 'Linux x86_64', userAgent: 'Node.js', vendor: '', maxTouchPoints: 0 },
    configurable: true,
  });
}

export function headlessEditor(content: DocNode | JSONContent, options: EditorExtensionOptions = {}): Editor {
  const editor = new Editor({ element: null, extensions: editorExtensions(options), content: content as JSONContent });
  // TipTap adds the extensions' plugins when it mounts a view; without one, add them here
  // as it does, so history, find and replace and the rest run on this state too.
  editor.view.updateState(editor.state.reconfigure({ plugins: editor.extensionManager.plugins }));
  return editor;
}

export const p = (...content: (string | DocNode)[]): DocNode => ({
  type: 'paragraph',
  content: content.map((part) => (typeof part === 'string' ? { type: 'text', text: part } : part)),
});

export const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });

/** Position just inside the text of the `index`th top-level block, plus `offset`. */
export function textPosition(editor: Editor, index: number, offset = 0): number {
  let position = 0;
  for (let i = 0; i < index; i++) position += editor.state.doc.child(i).nodeSize;
  return position + 1 + offset;
}
