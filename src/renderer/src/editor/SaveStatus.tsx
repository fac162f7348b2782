import type { SaveState } from './autosave';

const words: Record<SaveState['kind'], string> = {
  idle: '',
  pending: 'Edited',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved',
  conflict: 'Changed elsewhere',
};

/** The save state in words, announced politely to screen readers. */
export function SaveStatus({ state }: { state: SaveState }) {
  const detail =
    state.kind === 'failed'
      ? ` — ${state.message}${state.retrying ? ' Retrying…' : ' Your text is still here; edit to try again.'}`
      : '';
  return (
    <span
      className={`save-status save-status--${state.kind}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
    >
      {words[state.kind]}
      {detail}
    </span>
  );
}
