import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { LibraryRow } from '../../../shared/library';
import type { LibraryRows } from './library-rows';
import { LibraryRowView, optionId } from './LibraryRowView';
import { useMinuteClock } from '../app/use-minute-clock';

/** Row heights: a search row has a passage under its headline. */
export const rowHeights = { list: 66, search: 112 } as const;

interface LibraryListProps {
  id: string;
  label: string;
  rows: LibraryRows;
  searching: boolean;
  activeIndex: number;
  openId: string | undefined;
  onActive: (index: number) => void;
  onOpen: (row: LibraryRow) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  /** Tells the parent how many rows fit, for Page Up and Page Down. */
  onPageRows: (rows: number) => void;
}

/**
 * The virtualised list: only the rows in view (and a few either side) are in the page, so
 * 100,000 stories scroll as smoothly as ten. A listbox whose active row follows the arrow
 * keys (aria-activedescendant), whichever of it and the search box has focus.
 */
export function LibraryList(props: LibraryListProps) {
  const { rows, searching, activeIndex, onPageRows } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const now = useMinuteClock();
  const rowHeight = searching ? rowHeights.search : rowHeights.list;
  const total = rows.total;
  // The virtualizer hands back fresh functions each render, so it cannot be memoised;
  // this component re-renders with the rows' version anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (total > 0) rows.ensure(first, last + 1);
  }, [rows, first, last, total]);

  useEffect(() => {
    if (activeIndex >= 0 && activeIndex < total) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, total, virtualizer]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => onPageRows(Math.max(1, Math.floor(element.clientHeight / rowHeight))));
    observer.observe(element);
    return () => observer.disconnect();
  }, [rowHeight, onPageRows]);

  return (
    <div
      ref={scroller}
      id={props.id}
      className="library-list"
      role="listbox"
      aria-label={props.label}
      tabIndex={0}
      aria-activedescendant={activeIndex >= 0 && activeIndex < total ? optionId(props.id, activeIndex) : undefined}
      onKeyDown={props.onKeyDown}
    >
      <div className="library-list__inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows.rowAt(item.index);
          return (
            <div
              key={item.key}
              className="library-list__slot"
              style={{ height: rowHeight, transform: `translateY(${item.start}px)` }}
            >
              <LibraryRowView
                listId={props.id}
                row={row}
                index={item.index}
                total={total}
                active={item.index === activeIndex}
                open={row !== undefined && row.id === props.openId}
                now={now}
                onOpen={props.onOpen}
                onPoint={props.onActive}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
