import { statusLabels, type ArticleStatus } from '../../../shared/article';
import type { PreflightField, PreflightProblem } from '../../../shared/preflight';

export interface PreflightReport {
  /** The move the checks ran for, or undefined for "Check now". */
  target?: ArticleStatus;
  problems: PreflightProblem[];
  /** Whether the move went ahead (only warnings were found). */
  moved: boolean;
}

interface PreflightListProps {
  report: PreflightReport;
  onFocusField: (field: PreflightField) => void;
  onDismiss: () => void;
}

function heading({ target, problems, moved }: PreflightReport): string {
  const blocking = problems.filter((problem) => problem.severity === 'blocking').length;
  const warnings = problems.length - blocking;
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const where = target ? statusLabels[target].toLowerCase() : 'ready';
  if (problems.length === 0) return target ? `Moved to ${where}: every check passed.` : 'Every check passed.';
  if (blocking > 0) {
    return `${target ? 'Not moved' : 'Not yet'} to ${where}: ${count(blocking, 'problem')} to fix${warnings ? `, ${count(warnings, 'warning')}` : ''}.`;
  }
  return moved
    ? `Moved to ${where} with ${count(warnings, 'warning')}.`
    : `${count(warnings, 'warning')}; nothing blocks a move.`;
}

/**
 * Pre-flight results: every problem, blocking or not, each a button that takes the user
 * to the field it is about. Severity is written out, not shown by colour alone.
 */
export function PreflightList({ report, onFocusField, onDismiss }: PreflightListProps) {
  const blocking = report.problems.some((problem) => problem.severity === 'blocking');
  return (
    <section className={`preflight${blocking ? ' preflight--blocking' : ''}`} aria-labelledby="preflight-heading">
      <h2 id="preflight-heading">
        {/* Announced when it appears; the list below stays a normal region to move through. */}
        <span role={blocking ? 'alert' : 'status'}>{heading(report)}</span>
      </h2>
      {report.problems.length > 0 && (
        <ul className="preflight__list">
          {report.problems.map((problem, index) => (
            <li key={`${problem.check}-${index}`} className={`preflight__item preflight__item--${problem.severity}`}>
              <span className="preflight__severity">{problem.severity === 'blocking' ? 'Must fix' : 'Warning'}:</span>{' '}
              <button type="button" className="link" onClick={() => onFocusField(problem.field)}>
                {problem.message}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="quiet" onClick={onDismiss}>
        Close checks
      </button>
    </section>
  );
}
