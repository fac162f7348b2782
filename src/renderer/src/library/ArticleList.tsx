import type { KeyboardEvent } from 'react';
import { namedBylines, statusLabels, type ArticleSummary } from '../../../shared/article';
import { relativeTime } from '../../../shared/relative-time';
import { useMinuteClock } from '../app/use-minute-clock';

interface ArticleListProps {
  articles: ArticleSummary[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

/** The sidebar list, most recently edited first; arrow keys move, Enter opens. */
export function ArticleList({ articles, selectedId, onSelect }: ArticleListProps) {
  const now = useMinuteClock();
  const move = (event: KeyboardEvent<HTMLUListElement>): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))];
    next?.focus();
    event.preventDefault();
  };
  return (
    <ul className="article-list" aria-label="Articles" onKeyDown={move}>
      {articles.map((article) => (
        <li key={article.id}>
          <button
            type="button"
            className="article-list__item"
            aria-current={article.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(article.id)}
          >
            <span className="article-list__headline" dir="auto">
              {article.headline.trim() || 'Untitled'}
            </span>
            <span className="article-list__meta">
              <span className={`status status--${article.status}`}>{statusLabels[article.status]}</span>
              {namedBylines(article.bylines).length > 0 && (
                <span dir="auto">{namedBylines(article.bylines).join(', ')}</span>
              )}
              <time dateTime={new Date(article.updatedAt).toISOString()}>{relativeTime(article.updatedAt, now)}</time>
              <span>{article.wordCount.toLocaleString()} words</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
