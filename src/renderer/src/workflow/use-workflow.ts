import { useState } from 'react';
import type { ArticleStatus, ArticleSummary } from '../../../shared/article';
import { asLedeError } from '../../../shared/errors';
import { hasBlocking, preflight, type PreflightProblem } from '../../../shared/preflight';
import { checkedStatuses } from '../../../shared/workflow';
import type { Autosave } from '../editor/autosave';
import { useSettings } from '../settings/use-settings';
import type { PreflightReport } from './PreflightList';

interface WorkflowOptions {
  articleId: string;
  autosave: Autosave;
  /** A move was stored: the form and the list take the new summary. */
  onMoved: (summary: ArticleSummary) => void;
  onError: (message: string) => void;
}

/**
 * Status moves for the open article. A move into ready or published first saves what is
 * pending and runs the pre-flight checks on the stored article (the same pure function
 * the service runs), so the list of problems matches what the store would refuse.
 */
export function useWorkflow({ articleId, autosave, onMoved, onError }: WorkflowOptions) {
  const { deskLimits } = useSettings().settings;
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<PreflightReport | undefined>();

  const check = async (): Promise<PreflightProblem[]> => {
    await autosave.settle();
    const stored = await window.lede.articles.get({ id: articleId });
    return preflight(stored, deskLimits, Date.now());
  };

  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await work();
    } catch (caught) {
      onError(asLedeError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  const move = (to: ArticleStatus): Promise<void> =>
    run(async () => {
      const checked = checkedStatuses.includes(to);
      const problems = checked ? await check() : [];
      if (hasBlocking(problems)) {
        setReport({ target: to, problems, moved: false });
        return;
      }
      const summary = await autosave.exclusive((baseRevision) =>
        window.lede.articles.setStatus({ id: articleId, baseRevision, status: to }),
      );
      onMoved(summary);
      setReport(checked ? { target: to, problems, moved: true } : undefined);
    });

  const checkNow = (): Promise<void> => run(async () => setReport({ problems: await check(), moved: false }));

  return { busy, report, move, checkNow, dismiss: () => setReport(undefined) };
}
