import { statusLabels, type ArticleStatus } from '../../../shared/article';
import { allowedMoves, moveLabel } from '../../../shared/workflow';
import './workflow.css';

interface WorkflowBarProps {
  status: ArticleStatus;
  statusBeforeSpike: ArticleStatus | null;
  busy: boolean;
  onMove: (to: ArticleStatus) => void;
  onCheck: () => void;
}

/** The article's status in words and the moves open from it. */
export function WorkflowBar({ status, statusBeforeSpike, busy, onMove, onCheck }: WorkflowBarProps) {
  const moves = allowedMoves(status, statusBeforeSpike);
  return (
    <div className="workflow" role="group" aria-label="Workflow">
      <span className="workflow__status">
        Status:{' '}
        <span className={`status status--${status}`} data-testid="article-status">
          {statusLabels[status]}
        </span>
      </span>
      {moves.map((to) => (
        <button
          key={to}
          type="button"
          className={to === 'spiked' ? 'quiet' : undefined}
          disabled={busy}
          onClick={() => onMove(to)}
        >
          {moveLabel(status, to)}
        </button>
      ))}
      <button type="button" className="quiet" disabled={busy} onClick={onCheck}>
        Run checks
      </button>
    </div>
  );
}
