import { EditorContent, ReactNodeViewRenderer, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { Selection } from '@tiptap/pm/state';
import { emptyDoc, type DocNode } from '../../../shared/doc';
import { editorExtensions } from '../../../shared/editor/editor-extensions';
import type { HeroImage } from '../../../shared/hero-image';
import { EditorNotice, type Notice } from './EditorNotice';
import { FigureView } from './FigureView';
import { FindPanel } from './FindPanel';
import { HeroControl } from './HeroControl';
import { imageAccept, insertImageFiles, type Notify } from './insert-images';
import { LinkDialog } from './LinkDialog';
import { useCommand } from '../commands/use-command';
import { SocialPostView } from './SocialPostView';
import { Toolbar } from './Toolbar';
import './body.css';

interface BodyEditorProps {
  initial: DocNode;
  /** Called on every change with a way to read the document; reading is left to the saver. */
  onChange: (read: () => DocNode) => void;
  /** The article's hero image as loaded; changes go to `onHeroChange`. */
  hero?: HeroImage | null;
  onHeroChange?: (hero: HeroImage | null) => void;
}

const parser = typeof DOMParser === 'undefined' ? undefined : new DOMParser();

/**
 * The article body: TipTap with Lede's extensions, a toolbar, find and replace, a link
 * dialog, images from files, paste and drop, and the hero image above. The editor itself
 * never re-renders on a transaction; the toolbar and counters read it through selectors.
 */
export const BodyEditor = memo(function BodyEditor({
  initial,
  onChange,
  hero: initialHero = null,
  onHeroChange,
}: BodyEditorProps) {
  const [notice, setNotice] = useState<Notice | undefined>();
  const [linkOpen, setLinkOpen] = useState(false);
  const [findRequest, setFindRequest] = useState(0);
  const [hero, setHero] = useState(initialHero);
  const fileInput = useRef<HTMLInputElement>(null);
  // From the menu, or the keys pressed outside the body (inside it, the editor's keymap answers).
  useCommand('edit.find', () => setFindRequest((n) => n + 1));
  useCommand('edit.link', () => setLinkOpen(true));

  // Built once: the extensions reach React state only through state setters, which never change.
  const [notify] = useState(() => {
    const show: Notify = (message, kind) => setNotice({ message, kind });
    return show;
  });
  const [extensions] = useState(() =>
    editorExtensions({
      assetUrl: (hash) => window.lede.assets.url(hash),
      nodeViews: { figure: ReactNodeViewRenderer(FigureView), socialPost: ReactNodeViewRenderer(SocialPostView) },
      onRequestLinkDialog: () => (setLinkOpen(true), true),
      onOpenFind: () => (setFindRequest((n) => n + 1), true),
      paste: {
        parseHtml: parser ? (html) => parser.parseFromString(html, 'text/html') : null,
        onNotice: notify,
        onFiles: (files, position, editor) => {
          void insertImageFiles(editor, Array.from(files), position, notify);
          return true;
        },
      },
    }),
  );

  const editor = useEditor({
    extensions,
    // The article goes in once the view is in the page (below), not here: TipTap's
    // EditorContent rebuilds every node view when it mounts, which for a document given
    // here means drawing all of it twice.
    content: emptyDoc(),
    // TipTap's injected <style> would break the strict CSP; its rules live in styles.css.
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        id: 'article-body',
        class: 'body-editor',
        'aria-label': 'Article body',
        'aria-multiline': 'true',
        role: 'textbox',
      },
    },
    onUpdate: ({ editor: current }) => onChange(() => current.getJSON() as DocNode),
  });
  // Runs after EditorContent has mounted (a child's layout effects run first) and before
  // the first paint: the document is drawn once, with its React node views live. Loading
  // is not an edit: no undo step, no save.
  useLayoutEffect(() => {
    const doc = editor.schema.nodeFromJSON(initial);
    const { tr } = editor.state;
    tr.replaceWith(0, tr.doc.content.size, doc.content);
    tr.setSelection(Selection.atStart(tr.doc));
    tr.setMeta('addToHistory', false).setMeta('preventUpdate', true);
    editor.view.dispatch(tr);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the initial document, once per editor
  }, [editor]);

  const changeHero = (next: HeroImage | null): void => {
    setHero(next);
    onHeroChange?.(next);
  };

  return (
    <div className="body">
      <HeroControl editor={editor} hero={hero} onChange={changeHero} notify={notify} />
      <div className="body__sticky">
        <Toolbar
          editor={editor}
          onLink={() => setLinkOpen(true)}
          onImage={() => fileInput.current?.click()}
          onFind={() => setFindRequest((n) => n + 1)}
        />
        {findRequest > 0 && <FindPanel editor={editor} focusRequest={findRequest} onClose={() => setFindRequest(0)} />}
        <EditorNotice notice={notice} onDismiss={() => setNotice(undefined)} />
      </div>
      <input
        ref={fileInput}
        type="file"
        accept={imageAccept}
        multiple
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Image file to insert"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          void insertImageFiles(editor, files, undefined, notify);
        }}
      />
      <EditorContent editor={editor} className="body-editor-host" />
      <WordCount editor={editor} />
      {linkOpen && <LinkDialog editor={editor} onClose={() => setLinkOpen(false)} />}
    </div>
  );
});

/** The live word count; recounts only the blocks an edit touched. */
function WordCount({ editor }: { editor: Editor }) {
  const words = useEditorState({ editor, selector: ({ editor: current }) => current.storage.wordCount.words() });
  return (
    <p className="body__count" aria-live="off" data-testid="word-count">
      {words.toLocaleString()} {words === 1 ? 'word' : 'words'}
    </p>
  );
}
