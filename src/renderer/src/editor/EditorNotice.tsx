export interface Notice {
  message: string;
  kind: 'info' | 'error';
}

/** One line above the body for what the editor has to say: refusals in red, announced at once. */
export function EditorNotice({ notice, onDismiss }: { notice: Notice | undefined; onDismiss: () => void }) {
  return (
    <div className="editor-notice-slot">
      {notice && (
        <p
          className={`editor-notice editor-notice--${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="editor-notice"
        >
          {notice.message}{' '}
          <button type="button" className="quiet" onClick={onDismiss}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
