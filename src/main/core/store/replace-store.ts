import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

export const replacedFolderName = 'replaced';

/** A store file and the files SQLite keeps beside it; they only ever move together. */
const companions = ['', '-wal', '-shm', '-journal'];

/**
 * Copies `source` next to the store as `<store>.restoring`. Done before anything is moved,
 * so a copy that fails (a full disk) leaves the store exactly as it was.
 */
export function stageCopy(source: string, storeFile: string): string {
  const staged = `${storeFile}.restoring`;
  try {
    for (const suffix of companions) rmSync(staged + suffix, { force: true });
    copyFileSync(source, staged);
    return staged;
  } catch (error) {
    rmSync(staged, { force: true });
    throw error;
  }
}

/**
 * Moves the store file and its -wal, -shm and -journal into a new folder
 * `<dataDir>/replaced/<time>/`, keeping their names; nothing is deleted. Returns the folder.
 * A hot WAL or journal must stay with its database, or the moved copy would lose commits.
 */
export function moveStoreAside(storeFile: string, dataDir: string, time: number): string {
  const root = join(dataDir, replacedFolderName);
  const stamp = new Date(time).toISOString().replace(/:/g, '-').replace('.', '-');
  let dir = join(root, stamp);
  for (let n = 2; existsSync(dir); n++) dir = join(root, `${stamp}-${n}`);
  mkdirSync(dir, { recursive: true });
  const moved: string[] = [];
  try {
    for (const suffix of companions) {
      const file = storeFile + suffix;
      if (!existsSync(file)) continue;
      renameSync(file, join(dir, basename(file)));
      moved.push(suffix);
    }
  } catch (error) {
    // Half a move would separate a database from its WAL: put back what moved.
    for (const suffix of moved) renameSync(join(dir, basename(storeFile + suffix)), storeFile + suffix);
    throw error;
  }
  return dir;
}

/** Undoes `moveStoreAside`: whatever is at the store's path (with its companions) is removed first. */
export function putStoreBack(replacedDir: string, storeFile: string): void {
  for (const suffix of companions) rmSync(storeFile + suffix, { force: true });
  for (const suffix of companions) {
    const moved = join(replacedDir, basename(storeFile + suffix));
    if (existsSync(moved)) renameSync(moved, storeFile + suffix);
  }
  rmSync(replacedDir, { recursive: true, force: true });
}

/** Gives the staged copy the store's name (a rename: the store is never half there). */
export function placeStaged(staged: string, storeFile: string): void {
  renameSync(staged, storeFile);
}
