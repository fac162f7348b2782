import { useState } from 'react';
import { asLedeError } from '../../../shared/errors';
import { batchFormats, exportFormatLabels, type BatchFormat } from '../../../shared/exchange/export-formats';
import type { ImportReport } from '../../../shared/exchange/import-report';
import { useBatchExport } from './use-batch-export';
import './exchange.css';

interface ExchangeScreenProps {
  /** How many stories the library list shows now (all, a search, a filter, a tag). */
  count: number;
  /** The ids of those stories, in the list's order: what a batch exports. */
  listIds: () => Promise<string[]>;
  onImported: () => void;
  onClose: () => void;
}

/** Export the library's list to a folder with a progress bar and Cancel; import Lede JSON and ninjs files. */
export function ExchangeScreen({ count, listIds, onImported, onClose }: ExchangeScreenProps) {
  const [format, setFormat] = useState<BatchFormat>('html');
  const batch = useBatchExport();
  const [reports, setReports] = useState<ImportReport[]>([]);
  const [importError, setImportError] = useState<string | undefined>();
  const { state } = batch;

  const importFiles = async (): Promise<void> => {
    setImportError(undefined);
    try {
      const result = await window.lede.imports.files({});
      setReports(result.reports);
      if (result.reports.some((report) => report.ok)) onImported();
    } catch (caught) {
      setImportError(asLedeError(caught).message);
    }
  };

  return (
    <section className="exchange" aria-labelledby="exchange-title">
      <div className="exchange__head">
        <h2 id="exchange-title">Export and import</h2>
        <button type="button" className="quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <h3>Export the list</h3>
      <p>
        {count} article{count === 1 ? '' : 's'} in the library list, each to its own file named from its slug.
      </p>
      <div className="exchange__row">
        <label>
          Format{' '}
          <select
            value={format}
            onChange={(event) => setFormat(event.target.value as BatchFormat)}
            disabled={state.running}
          >
            {batchFormats.map((name) => (
              <option key={name} value={name}>
                {exportFormatLabels[name]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={state.running || count === 0}
          onClick={() =>
            void listIds()
              .then((ids) => batch.start(ids, format))
              .catch((caught: unknown) => setImportError(asLedeError(caught).message))
          }
        >
          Choose a folder and export…
        </button>
        {state.running && (
          <button type="button" className="quiet" onClick={batch.cancel}>
            Cancel
          </button>
        )}
      </div>
      {(state.running || state.done > 0) && (
        <p>
          <label htmlFor="export-progress">
            Exported {state.done} of {state.total}
          </label>{' '}
          <progress id="export-progress" value={state.done} max={state.total || 1} />
        </p>
      )}
      {state.message && <p role="status">{state.message}</p>}
      {state.existing.length > 0 && !state.running && (
        <p role="alert">
          {state.existing.length} file{state.existing.length === 1 ? '' : 's'} already existed and{' '}
          {state.existing.length === 1 ? 'was' : 'were'} left as {state.existing.length === 1 ? 'it was' : 'they were'}.{' '}
          <button type="button" onClick={() => void batch.replaceExisting(format)}>
            Replace {state.existing.length === 1 ? 'it' : 'them'}
          </button>
        </p>
      )}
      {state.failures.length > 0 && (
        <ul className="exchange__failures" aria-label="Articles not exported">
          {state.failures.map((failure, index) => (
            <li key={index}>{failure}</li>
          ))}
        </ul>
      )}
      <h3>Import</h3>
      <p>Lede JSON and IPTC ninjs (2.x and 3.x) files; each is imported whole or not at all.</p>
      <button type="button" onClick={() => void importFiles()}>
        Import files…
      </button>
      {importError && <p role="alert">{importError}</p>}
      {reports.length > 0 && (
        <ul className="exchange__reports" aria-label="Import results">
          {reports.map((report, index) => (
            <li key={index} className={report.ok ? undefined : 'exchange__failed'}>
              {report.ok ? (
                <>
                  Imported <strong>{report.file}</strong> as “{report.headline}” ({report.format}).
                  {report.dropped.length > 0 && (
                    <details>
                      <summary>Left out ({report.dropped.length})</summary>
                      <ul>
                        {report.dropped.map((line, i) => (
                          <li key={i}>{line}</li>
                        ))}
                      </ul>
                    </details>
                  )}
                </>
              ) : (
                <span role="alert">{report.error}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
