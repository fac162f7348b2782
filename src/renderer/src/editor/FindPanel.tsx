import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { findState, maxMatches } from '../../../shared/editor/extensions/find-replace';

interface FindPanelProps {
  editor: Editor;
  /** Bumped each time Ctrl/Cmd+F is pressed, to put the cursor back in the search box. */
  focusRequest: number;
  onClose: () => void;
}

/**
 * Find and replace over the body. Enter finds the next match, Shift+Enter the previous,
 * Escape closes and returns to the text. Matches are highlighted in place.
 */
export function FindPanel({ editor, focusRequest, onClose }: FindPanelProps) {
  const [query, setQuery] = useState(() => {
    const { from, to, empty } = editor.state.selection;
    const selected = empty ? '' : editor.state.doc.textBetween(from, to, ' ');
    return selected.length <= 200 && !selected.includes('\n') ? selected : '';
  });
  const [replacement, setReplacement] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const position = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const state = findState(current.state);
      return { count: state.matches.length, current: state.current };
    },
  });

  useEffect(() => {
    editor.commands.setFindQuery(query, { caseSensitive });
  }, [editor, query, caseSensitive]);
  useEffect(() => () => void editor.commands.clearFind(), [editor]);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  const close = (): void => {
    onClose();
    editor.commands.focus();
  };
  const keys = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  const onFindKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (event.shiftKey) editor.commands.findPrevious();
    else editor.commands.findNext();
  };

  const status =
    query === ''
      ? ''
      : position.count === 0
        ? 'No matches'
        : `${position.current + 1} of ${position.count >= maxMatches ? `${maxMatches.toLocaleString()}+` : position.count}`;

  return (
    <section className="find-panel" role="search" aria-label="Find and replace" onKeyDown={keys}>
      <label className="find-panel__field">
        <span className="field__label">Find</span>
        <input
          ref={input}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onFindKey}
        />
      </label>
      <span className="find-panel__status" role="status" aria-live="polite" data-testid="find-status">
        {status}
      </span>
      <button type="button" onClick={() => editor.commands.findPrevious()} disabled={position.count === 0}>
        Previous
      </button>
      <button type="button" onClick={() => editor.commands.findNext()} disabled={position.count === 0}>
        Next
      </button>
      <label className="find-panel__check">
        <input type="checkbox" checked={caseSensitive} onChange={(event) => setCaseSensitive(event.target.checked)} />{' '}
        Match case
      </label>
      <label className="find-panel__field">
        <span className="field__label">Replace with</span>
        <input type="text" value={replacement} onChange={(event) => setReplacement(event.target.value)} />
      </label>
      <button type="button" onClick={() => editor.commands.replaceMatch(replacement)} disabled={position.count === 0}>
        Replace
      </button>
      <button
        type="button"
        onClick={() => editor.commands.replaceAllMatches(replacement)}
        disabled={position.count === 0}
      >
        Replace all
      </button>
      <button type="button" className="quiet" onClick={close}>
        Close
      </button>
    </section>
  );
}
