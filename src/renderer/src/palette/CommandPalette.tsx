import { keysFor } from '../commands/keys-for';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { statusLabels } from '../../../shared/article';
import { asLedeError } from '../../../shared/errors';
import type { HeadlineHit } from '../../../shared/library';
import { Highlight } from '../library/Highlight';
import { matchCommands, type Command, type CommandActions } from './command-table';
import './palette.css';

interface CommandPaletteProps {
  actions: CommandActions;
  onOpenArticle: (id: string) => void;
  onClose: () => void;
}

type Item = { kind: 'command'; command: Command } | { kind: 'story'; hit: HeadlineHit };

/**
 * Ctrl/Cmd+K: type to find a command or a story by its headline; arrows move, Enter runs
 * or opens, Escape closes. The stories are searched in the store as you type.
 */
export function CommandPalette({ actions, onOpenArticle, onClose }: CommandPaletteProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [stories, setStories] = useState<{ text: string; hits: HeadlineHit[] }>({ text: '', hits: [] });
  const [active, setActive] = useState<{ text: string; index: number }>({ text: '', index: 0 });
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      window.lede.library
        .headlines({ text, limit: 8 })
        .then((hits) => {
          if (!live) return;
          setStories({ text, hits });
          setError(undefined);
        })
        .catch((caught: unknown) => live && setError(asLedeError(caught).message));
    }, 60);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);

  const items: Item[] = [
    ...matchCommands(text, actions).map((command): Item => ({ kind: 'command', command })),
    ...stories.hits.map((hit): Item => ({ kind: 'story', hit })),
  ];
  const activeIndex = active.text === text ? Math.min(active.index, items.length - 1) : 0;

  const run = (item: Item | undefined): void => {
    if (!item) return;
    onClose();
    if (item.kind === 'story') onOpenArticle(item.hit.id);
    else actions[item.command.id]?.();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive({ text, index: Math.max(0, Math.min(items.length - 1, activeIndex + step)) });
      event.preventDefault();
    } else if (event.key === 'Enter') {
      run(items[activeIndex]);
      event.preventDefault();
    }
  };

  const optionId = (index: number): string => `palette-option-${index}`;
  return (
    <dialog
      ref={dialog}
      className="palette"
      aria-label="Command palette"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => event.target === dialog.current && onClose()}
    >
      <input
        className="palette__input"
        role="combobox"
        aria-label="Command or headline"
        aria-expanded="true"
        aria-controls="palette-options"
        aria-autocomplete="list"
        aria-activedescendant={items.length > 0 ? optionId(activeIndex) : undefined}
        placeholder="Type a command or a headline"
        autoFocus
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul className="palette__options" role="listbox" id="palette-options" aria-label="Commands and stories">
        {items.map((item, index) => (
          <li
            key={item.kind === 'command' ? item.command.id : item.hit.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className={`palette__option palette__option--${item.kind}`}
            onMouseMove={() => index !== activeIndex && setActive({ text, index })}
            onClick={() => run(item)}
          >
            {item.kind === 'command' ? (
              <>
                <span>{item.command.label}</span>
                {item.command.keys && <kbd>{keysFor(item.command.keys).label}</kbd>}
              </>
            ) : (
              <>
                <span dir="auto">
                  <Highlight parts={item.hit.headlineMatch} />
                  {item.hit.headline.trim() === '' && 'Untitled'}
                </span>
                <span className="palette__meta">
                  {statusLabels[item.hit.status]}
                  {item.hit.section ? ` · ${item.hit.section}` : ''}
                </span>
              </>
            )}
          </li>
        ))}
        {items.length === 0 && stories.text === text && (
          <li className="palette__empty" role="presentation">
            No command or headline matches “{text}”.
          </li>
        )}
      </ul>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </dialog>
  );
}
