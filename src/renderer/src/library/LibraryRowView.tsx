import { namedBylines, statusLabels, type ArticleStatus } from '../../../shared/article';
import type { LibraryRow } from '../../../shared/library';
import { Highlight } from './Highlight';
import { relativeTime } from '../../../shared/relative-time';

export const optionId = (listId: string, index: number): string => `${listId}-option-${index}`;

interface RowProps {
  listId: string;
  row: LibraryRow | undefined;
  index: number;
  total: number;
  active: boolean;
  open: boolean;
  now: number;
  onOpen: (row: LibraryRow) => void;
  onPoint: (index: number) => void;
}

/** One story in the list: headline, then status, section, bylines, time and length, then the matching passage. */
export function LibraryRowView({ listId, row, index, total, active, open, now, onOpen, onPoint }: RowProps) {
  const className = `library-row${active ? ' library-row--active' : ''}${open ? ' library-row--open' : ''}`;
  if (!row) {
    return (
      <div
        role="option"
        id={optionId(listId, index)}
        aria-selected={false}
        aria-posinset={index + 1}
        aria-setsize={total}
        aria-busy="true"
        className={className}
      >
        <span className="library-row__loading">Loading…</span>
      </div>
    );
  }
  const bylines = namedBylines(row.bylines);
  const embargoed = row.embargoAt !== null && row.embargoAt > now;
  return (
    <div
      role="option"
      id={optionId(listId, index)}
      aria-selected={open}
      aria-posinset={index + 1}
      aria-setsize={total}
      className={className}
      onClick={() => onOpen(row)}
      onPointerMove={() => !active && onPoint(index)}
    >
      <span className="article-list__headline" dir="auto">
        {row.kicker && <span className="library-row__kicker">{row.kicker} </span>}
        {row.headlineMatch ? <Highlight parts={row.headlineMatch} /> : row.headline.trim() || 'Untitled'}
      </span>
      <span className="library-row__meta">
        <StatusLabel status={row.status} />
        {row.section && <span>{row.section}</span>}
        {bylines.length > 0 && <span dir="auto">{bylines.join(', ')}</span>}
        <time dateTime={new Date(row.updatedAt).toISOString()}>{relativeTime(row.updatedAt, now)}</time>
        <span>{row.wordCount.toLocaleString()} words</span>
        {embargoed && <span className="library-row__embargo">Embargoed</span>}
      </span>
      {row.snippet && (
        <span className="library-row__snippet" dir="auto">
          <Highlight parts={row.snippet} />
        </span>
      )}
    </div>
  );
}

export function StatusLabel({ status }: { status: ArticleStatus }) {
  return <span className={`status status--${status}`}>{statusLabels[status]}</span>;
}
