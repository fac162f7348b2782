import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';

/** The file in the app's own folder that remembers where the store was moved to. */
export const pointerFileName = 'data-folder.json';

/**
 * The data folder the store was moved to (Settings > Data folder), or undefined when it was
 * never moved or the note cannot be read. The note lives in the platform's app-data folder,
 * which is also the default data folder, so there is always exactly one place to look.
 */
export async function readDataDirPointer(appDataDir: string): Promise<string | undefined> {
  try {
    const parsed = JSON.parse(await readFile(join(appDataDir, pointerFileName), 'utf8')) as { dataDir?: unknown };
    return typeof parsed.dataDir === 'string' && isAbsolute(parsed.dataDir) ? parsed.dataDir : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the new data folder, written aside and renamed so a crash leaves the old note whole. */
export async function writeDataDirPointer(appDataDir: string, dataDir: string): Promise<void> {
  await mkdir(appDataDir, { recursive: true });
  const file = join(appDataDir, pointerFileName);
  await writeFile(`${file}.tmp`, `${JSON.stringify({ dataDir }, null, 2)}\n`, 'utf8');
  await rename(`${file}.tmp`, file);
}
