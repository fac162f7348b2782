import { articleStatuses, statusLabels, type ArticleStatus } from '../../../shared/article';

interface StatusFilterProps {
  counts: Record<ArticleStatus, number>;
  /** The counts stopped early (a search matching much of the archive): each is a lower bound. */
  capped: boolean;
  chosen: readonly ArticleStatus[];
  onToggle: (status: ArticleStatus) => void;
}

/** How many stories each status holds; pressing one shows only those (several may be pressed). */
export function StatusFilter({ counts, capped, chosen, onToggle }: StatusFilterProps) {
  return (
    <div className="status-filter" role="group" aria-label="Show only stories that are">
      {articleStatuses
        .filter((status) => status !== 'spiked')
        .map((status) => (
          <button
            key={status}
            type="button"
            aria-pressed={chosen.includes(status)}
            className="status-filter__chip"
            onClick={() => onToggle(status)}
          >
            <span className={`status status--${status}`}>{statusLabels[status]}</span>{' '}
            <span className="count" data-testid={`status-count-${status}`}>
              {counts[status].toLocaleString()}
              {capped ? '+' : ''}
            </span>
          </button>
        ))}
    </div>
  );
}
