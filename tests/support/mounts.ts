import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Real file-system failures for tests: a read-only folder and a nearly full disk. File
 * modes do not stop root (the usual user in containers and CI), so these use mounts: a
 * read-only bind mount and a small tmpfs. Where mounting is not allowed (not root, no
 * CAP_SYS_ADMIN, not Linux), `mountSkipReason()` says why, and the tests skip with that reason
 * rather than pass without having tried.
 */
export interface Mounted {
  /** Where the mounted folder is. */
  path: string;
  /** Unmounts (lazily, so a file still open cannot keep it) and removes the mount point. */
  release(): void;
}

let probed: string | undefined | null = null;

/** Why mounts cannot be used here, or undefined when they can (probed once per process). */
export function mountSkipReason(): string | undefined {
  if (probed !== null) return probed;
  probed = probe();
  return probed;
}

function probe(): string | undefined {
  if (process.platform !== 'linux') return `mounts are only tried on Linux (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return `mounting needs root (running as uid ${process.getuid?.() ?? '?'})`;
  const point = mkdtempSync(join(tmpdir(), 'lede-mount-probe-'));
  try {
    run('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', point]);
    run('umount', [point]);
    return undefined;
  } catch (error) {
    return `mount is not permitted here (${firstLine(error)})`;
  } finally {
    rmSync(point, { recursive: true, force: true });
  }
}

/** `source` seen through a read-only bind mount: the kernel refuses every write (EROFS), even root's. */
export function readOnlyView(source: string): Mounted {
  const point = mkdtempSync(join(tmpdir(), 'lede-read-only-'));
  run('mount', ['--bind', source, point]);
  try {
    run('mount', ['-o', 'remount,ro,bind', point]);
  } catch (error) {
    run('umount', [point]);
    rmSync(point, { recursive: true, force: true });
    throw error;
  }
  let writable = true;
  try {
    writeFileSync(join(point, '.probe'), 'x');
  } catch {
    writable = false;
  }
  if (writable) throw new Error(`${point} was mounted read-only but still took a write`);
  return mounted(point);
}

/** A fresh tmpfs of `kilobytes`: fill it to make writes fail with ENOSPC. */
export function smallDisk(kilobytes: number): Mounted {
  const point = mkdtempSync(join(tmpdir(), 'lede-small-disk-'));
  run('mount', ['-t', 'tmpfs', '-o', `size=${kilobytes}k,mode=0755`, 'tmpfs', point]);
  return mounted(point);
}

/** Writes zeros into `file` until the disk is full; returns the bytes written. */
export function fillDisk(file: string): number {
  const chunk = Buffer.alloc(4096);
  let written = 0;
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, '');
  for (;;) {
    try {
      writeFileSync(file, chunk, { flag: 'a' });
      written += chunk.length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOSPC') return written;
      throw error;
    }
  }
}

function mounted(point: string): Mounted {
  let released = false;
  return {
    path: point,
    release() {
      if (released) return;
      released = true;
      run('umount', ['-l', point]);
      rmSync(point, { recursive: true, force: true });
    },
  };
}

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

function firstLine(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
  return (stderr || (error instanceof Error ? error.message : String(error))).split('\n')[0]!;
}
