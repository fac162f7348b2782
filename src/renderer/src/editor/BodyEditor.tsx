import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { DocNode } from '../../../shared/doc';

interface BodyEditorProps {
  initial: DocNode;
  /** Called on every change with a way to read the document; reading is left to the saver. */
  onChange: (read: () => DocNode) => void;
}

/** The article body: TipTap with StarterKit. Re-renders only when the article changes. */
export function BodyEditor({ initial, onChange }: BodyEditorProps) {
  const editor = useEditor({
    extensions: [StarterKit],
    content: initial,
    // TipTap's injected <style> would break the strict CSP; its rules live in styles.css.
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { class: 'body-editor', 'aria-label': 'Article body', 'aria-multiline': 'true', role: 'textbox' },
    },
    onUpdate: ({ editor: current }) => onChange(() => current.getJSON() as DocNode),
  });
  return <EditorContent editor={editor} className="body-editor-host" />;
}
