import type { ArticleStatus } from './article-status';
import { statusLabels } from './article-status';

/**
 * Where each state may go. Spiked (the newsroom's trash) is reachable from everywhere and
 * leaves only back to the state it was spiked from, so unspiking loses nothing.
 */
export const nextStatuses: Record<Exclude<ArticleStatus, 'spiked'>, readonly ArticleStatus[]> = {
  draft: ['in_edit', 'spiked'],
  in_edit: ['draft', 'ready', 'spiked'],
  ready: ['in_edit', 'published', 'spiked'],
  published: ['in_edit', 'spiked'],
};

/** The states a move into runs pre-flight checks for. */
export const checkedStatuses: readonly ArticleStatus[] = ['ready', 'published'];

/** The moves open from `from`; a spiked article can only return to `beforeSpike`. */
export function allowedMoves(from: ArticleStatus, beforeSpike: ArticleStatus | null): ArticleStatus[] {
  if (from === 'spiked') return beforeSpike ? [beforeSpike] : ['draft'];
  return [...nextStatuses[from]];
}

/** Why `from` cannot move to `to`, in words, or null when it can. */
export function moveProblem(from: ArticleStatus, to: ArticleStatus, beforeSpike: ArticleStatus | null): string | null {
  if (from === to) return `This article is already ${statusLabels[to].toLowerCase()}.`;
  const allowed = allowedMoves(from, beforeSpike);
  if (allowed.includes(to)) return null;
  const options = allowed.map((status) => statusLabels[status].toLowerCase()).join(' or ');
  if (from === 'spiked') {
    return `A spiked article goes back to the state it was spiked from (${options}), not to ${statusLabels[to].toLowerCase()}.`;
  }
  return `An article that is ${statusLabels[from].toLowerCase()} cannot move to ${statusLabels[to].toLowerCase()}; it can move to ${options}.`;
}

/** The button for a move, as the workflow bar shows it. */
export function moveLabel(from: ArticleStatus, to: ArticleStatus): string {
  if (from === 'spiked') return `Unspike (back to ${statusLabels[to].toLowerCase()})`;
  switch (to) {
    case 'draft':
      return 'Back to draft';
    case 'in_edit':
      return from === 'draft' ? 'Send to edit' : 'Back to edit';
    case 'ready':
      return 'Mark ready';
    case 'published':
      return 'Publish';
    case 'spiked':
      return 'Spike';
  }
}
