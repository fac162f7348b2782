import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { LedeError } from '../../../shared/errors';

/**
 * Writes a file whole or not at all: the bytes go to a temporary file in the same folder,
 * are flushed, then take the name in one step. Without `overwrite`, the name is taken with
 * a hard link, which fails if the file exists, so an existing file is never replaced
 * unless the user said so; the temporary file goes either way.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, overwrite: boolean): void {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let at = 0;
      while (at < bytes.byteLength) at += writeSync(fd, bytes, at, bytes.byteLength - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (overwrite) renameSync(temp, path);
    else linkSync(temp, path);
  } catch (caught) {
    throw fileError(caught, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** A file-system failure as a sentence that names the file and what to do. */
export function fileError(caught: unknown, path: string): LedeError {
  if (caught instanceof LedeError) return caught;
  const code = (caught as { code?: string }).code;
  if (code === 'EEXIST')
    return new LedeError(
      'already_exists',
      `${path} already exists; nothing was written. Choose another name, or allow replacing it.`,
    );
  if (code === 'ENOENT')
    return new LedeError('not_found', `The folder of ${path} does not exist; nothing was written.`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new LedeError(
      'invalid_input',
      `Lede may not write ${path} (the folder is read-only or protected); nothing was written.`,
    );
  if (code === 'ENOSPC') return new LedeError('invalid_input', `The disk is full; ${path} was not written.`);
  return new LedeError('internal', `${path} could not be written (${code ?? 'unknown error'}); nothing was written.`);
}

/** Makes a folder (and its parents) if it is missing. */
export function ensureFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (caught) {
    throw fileError(caught, folder);
  }
}

const reserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * A file name every system accepts, from a slug or headline: lower-case letters, digits
 * and hyphens, no Windows device name, at most 100 characters before the ending.
 */
export function safeFileName(stem: string, ending: string, fallback = 'article'): string {
  let name = stem
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100)
    .replace(/-$/, '');
  if (!name || reserved.test(name)) name = name ? `${name}-file` : fallback;
  return `${name}${ending}`;
}

/** `name` inside `folder`, or an error if it would land anywhere else (`..`, an absolute path). */
export function insideFolder(folder: string, name: string): string {
  const target = resolve(folder, name);
  const rel = relative(resolve(folder), target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel))
    throw new LedeError('invalid_input', `“${name}” is outside the folder chosen for export; nothing was written.`);
  return target;
}
