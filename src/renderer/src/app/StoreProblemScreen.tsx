import type { StoreStatus } from '../../../shared/store-status';

type Problem = Extract<StoreStatus, { state: 'problem' }>;

const headings: Record<Problem['problem'], string> = {
  not_a_database: 'This file is not a Lede store',
  corrupt: 'The store is damaged',
  newer_version: 'A newer Lede made this store',
  history_mismatch: 'This store does not match this version of Lede',
  locked: 'The store is locked by another program',
  read_only: 'Lede cannot write to the store',
  disk_full: 'The disk is full',
  unreadable: 'Lede could not open the store',
};

/** Shown instead of the editor when the store cannot be opened; the file is never touched. */
export function StoreProblemScreen({ status }: { status: Problem }) {
  return (
    <main className="store-problem" role="alert" aria-labelledby="store-problem-heading">
      <h1 id="store-problem-heading">{headings[status.problem]}</h1>
      <p className="store-problem__file">
        <span>File:</span> <code>{status.storePath}</code>
      </p>
      <p>{status.message}</p>
      <h2>What you can do</h2>
      <ul>
        <li>
          Start Lede with another data folder: <code>lede --data-dir /path/to/folder</code>, or set{' '}
          <code>LEDE_DATA_DIR</code>.
        </li>
        <li>Move the file aside and start Lede again to begin a new, empty store.</li>
      </ul>
      <button type="button" onClick={() => window.close()}>
        Quit Lede
      </button>
    </main>
  );
}
