import { useRef, useState } from 'react';
import { asLedeError } from '../../../shared/errors';
import type { BatchFormat } from '../../../shared/exchange/export-formats';

/** Articles per call: small enough that the bar moves and Cancel is heard between calls. */
const chunkSize = 20;

export interface BatchState {
  running: boolean;
  done: number;
  total: number;
  written: number;
  /** Articles whose file was there already: left alone until the user says to replace them. */
  existing: string[];
  failures: string[];
  message: string | undefined;
}

const idle: BatchState = {
  running: false,
  done: 0,
  total: 0,
  written: 0,
  existing: [],
  failures: [],
  message: undefined,
};

/**
 * A batch export driven from the page: the folder is chosen once (main asks), then the
 * articles go to the core a chunk at a time, so the bar shows progress and Cancel stops
 * before the next chunk. Files that exist are reported, never replaced unless asked.
 */
export function useBatchExport() {
  const [state, setState] = useState<BatchState>(idle);
  const cancelled = useRef(false);
  const folder = useRef<{ token: string; path: string } | undefined>(undefined);

  async function run(ids: readonly string[], format: BatchFormat, overwrite: boolean): Promise<void> {
    cancelled.current = false;
    try {
      if (!overwrite || !folder.current) {
        const chosen = await window.lede.exports.chooseFolder({});
        if (chosen.cancelled || !chosen.token) {
          setState({ ...idle, message: 'No folder was chosen; nothing was exported.' });
          return;
        }
        folder.current = { token: chosen.token, path: chosen.folder ?? '' };
      }
      const { token, path } = folder.current;
      let next: BatchState = { ...idle, running: true, total: ids.length };
      setState(next);
      for (let at = 0; at < ids.length; at += chunkSize) {
        if (cancelled.current) break;
        const result = await window.lede.exports.batch({
          token,
          articleIds: ids.slice(at, at + chunkSize),
          format,
          overwrite,
        });
        const existing = result.failed.filter((f) => /already exists/.test(f.message)).map((f) => f.id);
        const failures = result.failed.filter((f) => !/already exists/.test(f.message)).map((f) => f.message);
        next = {
          ...next,
          done: Math.min(ids.length, at + chunkSize),
          written: next.written + result.written.length,
          existing: [...next.existing, ...existing],
          failures: [...next.failures, ...failures],
        };
        setState(next);
      }
      const stopped = cancelled.current ? 'Cancelled: ' : '';
      setState({ ...next, running: false, message: `${stopped}${next.written} of ${ids.length} written to ${path}.` });
    } catch (caught) {
      setState((current) => ({ ...current, running: false, message: asLedeError(caught).message }));
    }
  }

  return {
    state,
    start: (ids: readonly string[], format: BatchFormat) => run(ids, format, false),
    /** Writes the articles whose files existed again, replacing them: the user asked. */
    replaceExisting: (format: BatchFormat) => run(state.existing, format, true),
    cancel: () => {
      cancelled.current = true;
    },
  };
}
