import { useEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import { maxSearchText } from '../../../shared/library';

interface SearchBoxProps {
  initial: string;
  onText: (text: string) => void;
  listId: string;
  activeId: string | undefined;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

/** Quiet time after the last key before the list searches again. */
const settleMs = 120;

/**
 * The search field. It drives the list below as a combobox: the arrow keys move through
 * the results without leaving the field, Enter opens the active one, Escape clears.
 */
export function SearchBox({ initial, onText, listId, activeId, onKeyDown, inputRef }: SearchBoxProps) {
  const [text, setText] = useState(initial);
  useEffect(() => {
    const timer = setTimeout(() => onText(text), settleMs);
    return () => clearTimeout(timer);
  }, [text, onText]);
  return (
    <div className="search-box">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label="Search the library"
        aria-controls={listId}
        aria-expanded="true"
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        aria-describedby="search-help"
        placeholder="Search headlines, text, bylines, tags"
        maxLength={maxSearchText}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && text !== '') {
            setText('');
            event.preventDefault();
            return;
          }
          onKeyDown(event);
        }}
      />
      <p id="search-help" className="visually-hidden">
        Words in quotes must appear together; a minus before a word leaves out stories that have it. Use the arrow keys
        to move through the results and Enter to open one.
      </p>
    </div>
  );
}
