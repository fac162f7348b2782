import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LedeError } from '../../../shared/errors';

/**
 * Copies the open store into `file` with SQLite's online backup (consistent even while the
 * store is in use), then proves the copy whole before anyone relies on it: a full
 * `integrity_check` and the same number of articles, revisions and assets as the original.
 * A copy that fails either is removed and the move refused; the original is never touched.
 */
export async function copyStoreVerified(db: Database.Database, file: string, nativeBinding?: string): Promise<void> {
  const partial = `${file}.moving`;
  removeWithSidecars(partial);
  try {
    await db.backup(partial);
  } catch (error) {
    removeWithSidecars(partial);
    throw new LedeError(
      'store_unavailable',
      `The store could not be copied to ${file} (${error instanceof Error ? error.message : String(error)}), so nothing changed.`,
    );
  }
  const problem = verifyCopy(db, partial, nativeBinding);
  if (problem) {
    removeWithSidecars(partial);
    throw new LedeError('store_unavailable', `The copy in ${file} did not check out (${problem}), so nothing changed.`);
  }
  renameSync(partial, file);
}

const countedTables = ['articles', 'revisions', 'assets'];

function verifyCopy(original: Database.Database, copyFile: string, nativeBinding?: string): string | undefined {
  let copy: Database.Database | undefined;
  try {
    copy = new Database(copyFile, { nativeBinding, readonly: true, fileMustExist: true });
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') return `integrity_check: ${String(result)}`;
    for (const table of countedTables) {
      const count = (target: Database.Database) =>
        (target.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      if (count(copy) !== count(original)) return `the copy has a different number of ${table}`;
    }
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    copy?.close();
  }
}

/**
 * Where a store may be moved: a folder that holds no Lede store yet (made if missing). A
 * folder with a store in it is refused rather than overwritten.
 */
export function prepareMoveTarget(dir: string, storeFileName: string): string {
  const file = join(dir, storeFileName);
  if (existsSync(file)) {
    throw new LedeError(
      'store_unavailable',
      `${dir} already holds a Lede store; choose an empty folder, or use "Open another store" to work there.`,
    );
  }
  try {
    mkdirSync(dir, { recursive: true });
    readdirSync(dir);
  } catch (error) {
    throw new LedeError(
      'store_unavailable',
      `${dir} cannot be used (${error instanceof Error ? error.message : String(error)}); choose another folder.`,
    );
  }
  return file;
}

function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}
