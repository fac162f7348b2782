import { useEffect, useRef, useState } from 'react';
import { exportFormatLabels, exportFormats, type ExportFormat } from '../../../shared/exchange/export-formats';
import { asLedeError } from '../../../shared/errors';
import type { Layout } from '../../../shared/render';

interface ExportControlProps {
  articleId: string;
  layout: Layout;
  /** The preview's "as of": an HTML export with it is byte for byte the page shown. */
  asOf: number | undefined;
  /** Goes up when the command palette asks to export: the button takes the focus. */
  request: number;
}

/** Export the article shown: pick a format, then where (the app asks with a save dialog). */
export function ExportControl({ articleId, layout, asOf, request }: ExportControlProps) {
  const [format, setFormat] = useState<ExportFormat>('html');
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (request > 0) button.current?.focus();
  }, [request]);

  const run = async (): Promise<void> => {
    setBusy(true);
    setMessage(undefined);
    try {
      const result = await window.lede.exports.save({ articleId, format, layout, ...(asOf ? { asOf } : {}) });
      setMessage(
        result.cancelled
          ? { text: 'Export cancelled; nothing was written.', error: false }
          : { text: `Exported to ${result.path}`, error: false },
      );
    } catch (caught) {
      setMessage({ text: asLedeError(caught).message, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="preview-pane__export">
      <label>
        Export as{' '}
        <select value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)}>
          {exportFormats.map((name) => (
            <option key={name} value={name}>
              {exportFormatLabels[name]}
            </option>
          ))}
        </select>
      </label>
      <button ref={button} type="button" disabled={busy} onClick={() => void run()}>
        Export…
      </button>
      {message && (
        <span role={message.error ? 'alert' : 'status'} className={message.error ? 'preview-pane__error' : undefined}>
          {message.text}
        </span>
      )}
    </div>
  );
}
