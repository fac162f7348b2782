import { useEditorState, type Editor } from '@tiptap/react';
import type { ReactNode } from 'react';
import { historyDepth } from '../../../shared/editor/extensions/undo-redo';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

interface ToolbarProps {
  editor: Editor;
  onLink: () => void;
  onImage: () => void;
  onFind: () => void;
}

/**
 * The body's formatting buttons. Their state comes from one cheap selector (flags and two
 * history counters), so a keystroke re-renders the toolbar only when a flag changes and
 * never re-renders the editor.
 */
export function Toolbar({ editor, onLink, onImage, onFind }: ToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const history = historyDepth(current.state);
      return {
        bold: current.isActive('bold'),
        italic: current.isActive('italic'),
        h2: current.isActive('heading', { level: 2 }),
        h3: current.isActive('heading', { level: 3 }),
        bulletList: current.isActive('bulletList'),
        orderedList: current.isActive('orderedList'),
        blockquote: current.isActive('blockquote'),
        pullQuote: current.isActive('pullQuote'),
        link: current.isActive('link'),
        undo: history.undo > 0,
        redo: history.redo > 0,
      };
    },
  });
  const run = (command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) => () =>
    void command(editor.chain().focus()).run();

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting" aria-controls="article-body">
      <Group>
        <Tool label="Bold" shortcut={`${mod}B`} pressed={state.bold} onClick={run((c) => c.toggleBold())}>
          <b>B</b>
        </Tool>
        <Tool label="Italic" shortcut={`${mod}I`} pressed={state.italic} onClick={run((c) => c.toggleItalic())}>
          <i>I</i>
        </Tool>
        <Tool label="Link" shortcut={`${mod}Shift+K`} pressed={state.link} onClick={onLink}>
          Link
        </Tool>
      </Group>
      <Group>
        <Tool label="H2 heading" pressed={state.h2} onClick={run((c) => c.toggleHeading({ level: 2 }))}>
          H2
        </Tool>
        <Tool label="H3 subheading" pressed={state.h3} onClick={run((c) => c.toggleHeading({ level: 3 }))}>
          H3
        </Tool>
        <Tool label="• List (bulleted)" pressed={state.bulletList} onClick={run((c) => c.toggleBulletList())}>
          • List
        </Tool>
        <Tool label="1. List (numbered)" pressed={state.orderedList} onClick={run((c) => c.toggleOrderedList())}>
          1. List
        </Tool>
        <Tool label="Quote" pressed={state.blockquote} onClick={run((c) => c.toggleBlockquote())}>
          Quote
        </Tool>
      </Group>
      <Group>
        <Tool label="Insert image" onClick={onImage}>
          Image
        </Tool>
        <Tool label="Pull quote" pressed={state.pullQuote} onClick={run((c) => c.togglePullQuote())}>
          Pull quote
        </Tool>
        <Tool label="Social post quote" onClick={run((c) => c.insertSocialPost())}>
          Social post
        </Tool>
        <Tool label="Rule (section break)" onClick={run((c) => c.setHorizontalRule())}>
          Rule
        </Tool>
      </Group>
      <Group>
        <Tool label="Undo" shortcut={`${mod}Z`} disabled={!state.undo} onClick={run((c) => c.undo())}>
          Undo
        </Tool>
        <Tool
          label="Redo"
          shortcut={isMac ? '⌘Shift+Z' : 'Ctrl+Y'}
          disabled={!state.redo}
          onClick={run((c) => c.redo())}
        >
          Redo
        </Tool>
        <Tool label="Find and replace" shortcut={`${mod}F`} onClick={onFind}>
          Find
        </Tool>
      </Group>
    </div>
  );
}

function Group({ children }: { children: ReactNode }) {
  return <span className="toolbar__group">{children}</span>;
}

interface ToolProps {
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

function Tool({ label, shortcut, pressed, disabled, onClick, children }: ToolProps) {
  return (
    <button
      type="button"
      className="toolbar__button"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut?.replace('Ctrl+', 'Control+').replace('⌘', 'Meta+')}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      // Keep the selection in the body while clicking.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
