import { useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import {
  linkLimits,
  linkRelations,
  relationLabels,
  type LinkRelation,
  type RelatedLink,
} from '../../../shared/related';
import { StoryLine } from './StoryLine';

interface LinkListProps {
  links: RelatedLink[];
  onReorder: (targetIds: string[]) => Promise<boolean>;
  onUpdate: (targetId: string, change: { relation?: LinkRelation; note?: string }) => Promise<boolean>;
  onRemove: (targetId: string) => Promise<boolean>;
}

const title = (link: RelatedLink): string => `“${link.story.headline.trim() || 'Untitled'}”`;

/**
 * The article's related links in the order they will print. The order changes by dragging
 * an item, with its Move up and Move down buttons, or with Alt+Arrow keys inside an item;
 * each move is announced. A spiked story stays in the list, marked, and is left out of
 * the block.
 */
export function LinkList({ links, onReorder, onUpdate, onRemove }: LinkListProps) {
  const list = useRef<HTMLOListElement>(null);
  const [dragged, setDragged] = useState<number | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef<{ id: string; focus?: 'up' | 'down' } | undefined>(undefined);

  const move = async (from: number, to: number, focus?: 'up' | 'down'): Promise<void> => {
    if (to < 0 || to >= links.length || from === to) return;
    const order = links.map((link) => link.story.id);
    const [id] = order.splice(from, 1);
    order.splice(to, 0, id!);
    // Moving the item in the DOM drops focus; it is put back once the new order renders.
    pendingFocus.current = { id: id!, focus };
    if (await onReorder(order)) {
      setAnnouncement(`Moved ${title(links[from]!)} to position ${to + 1} of ${links.length}.`);
    } else {
      pendingFocus.current = undefined;
    }
  };

  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    const item = list.current?.querySelector<HTMLElement>(`[data-link-id="${pending.id}"]`);
    if (!item) return;
    pendingFocus.current = undefined;
    // At the top or bottom its button in that direction is disabled: the other one takes focus.
    const button =
      pending.focus &&
      (item.querySelector<HTMLButtonElement>(`[data-move="${pending.focus}"]:not(:disabled)`) ??
        item.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)'));
    (button ?? item).focus();
  }, [links]);

  const onItemKey = (event: KeyboardEvent<HTMLLIElement>, index: number): void => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    void move(index, index + (event.key === 'ArrowUp' ? -1 : 1));
  };

  const onDrop = (event: DragEvent<HTMLLIElement>, index: number): void => {
    event.preventDefault();
    if (dragged !== undefined) void move(dragged, index);
    setDragged(undefined);
  };

  if (links.length === 0)
    return <p className="history__note">No related links yet. Search below, or take a suggestion.</p>;
  return (
    <>
      <ol className="link-list" aria-label="Related links, in order" ref={list}>
        {links.map((link, index) => (
          <li
            key={link.story.id}
            data-link-id={link.story.id}
            className={`link-item${dragged === index ? ' link-item--dragged' : ''}`}
            tabIndex={-1}
            draggable
            aria-label={`${index + 1} of ${links.length}: ${title(link)}`}
            aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
            onKeyDown={(event) => onItemKey(event, index)}
            onDragStart={(event) => {
              setDragged(index);
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', link.story.id);
            }}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => onDrop(event, index)}
            onDragEnd={() => setDragged(undefined)}
          >
            <span className="link-item__grip" aria-hidden="true">
              ⠿
            </span>
            <div className="link-item__body">
              <StoryLine story={link.story} />
              <div className="link-item__controls">
                <label>
                  <span className="visually-hidden">Relation of {title(link)}</span>
                  <select
                    value={link.relation}
                    onChange={(event) => void onUpdate(link.story.id, { relation: event.target.value as LinkRelation })}
                  >
                    {linkRelations.map((relation) => (
                      <option key={relation} value={relation}>
                        {relationLabels[relation]}
                      </option>
                    ))}
                  </select>
                </label>
                <NoteField link={link} onSave={(note) => onUpdate(link.story.id, { note })} />
                <button
                  type="button"
                  className="quiet"
                  data-move="up"
                  disabled={index === 0}
                  aria-label={`Move ${title(link)} up`}
                  onClick={() => void move(index, index - 1, 'up')}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="quiet"
                  data-move="down"
                  disabled={index === links.length - 1}
                  aria-label={`Move ${title(link)} down`}
                  onClick={() => void move(index, index + 1, 'down')}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="quiet"
                  aria-label={`Remove the link to ${title(link)}`}
                  onClick={() => void onRemove(link.story.id)}
                >
                  Remove
                </button>
              </div>
            </div>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}

/** The link's note, saved when the field is left or Enter is pressed. */
function NoteField({ link, onSave }: { link: RelatedLink; onSave: (note: string) => Promise<boolean> }) {
  const [note, setNote] = useState(link.note);
  const save = (): void => {
    if (note.trim() !== link.note) void onSave(note);
  };
  return (
    <label className="link-item__note">
      <span className="visually-hidden">Note on the link to {title(link)}</span>
      <input
        value={note}
        maxLength={linkLimits.note}
        placeholder="Note (optional)"
        onChange={(event) => setNote(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            save();
          }
        }}
      />
    </label>
  );
}
