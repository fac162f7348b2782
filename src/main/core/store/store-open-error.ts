import type { StoreProblem } from '../../../shared/store-status';

/** The store could not be opened; `problem` picks the words and the way out on screen. */
export class StoreOpenError extends Error {
  readonly problem: StoreProblem;
  readonly file: string;

  constructor(problem: StoreProblem, file: string, message: string) {
    super(message);
    this.name = 'StoreOpenError';
    this.problem = problem;
    this.file = file;
  }
}

/** Maps what SQLite or the file system said to the problem a user can act on. */
export function classifyOpenError(error: unknown, file: string): StoreOpenError {
  if (error instanceof StoreOpenError) return error;
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB') {
    return notADatabase(file);
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new StoreOpenError(
      'corrupt',
      file,
      `${file} is damaged (${detail}). It was left untouched; restore a backup or open another store.`,
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreOpenError(
      'locked',
      file,
      `${file} is locked by another program. Close it there, or open another store.`,
    );
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new StoreOpenError(
      'read_only',
      file,
      `Lede cannot write to ${file} (${detail}). Check the folder's permissions or open another store.`,
    );
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new StoreOpenError('disk_full', file, `The disk holding ${file} is full. Free some space and try again.`);
  }
  return new StoreOpenError('unreadable', file, `Lede could not open ${file}: ${detail}`);
}

export function notADatabase(file: string): StoreOpenError {
  return new StoreOpenError(
    'not_a_database',
    file,
    `${file} is not a Lede store (not a SQLite database). It was left untouched.`,
  );
}
