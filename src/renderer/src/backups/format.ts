import type { BackupKind } from '../../../shared/backup';

export const kindLabels: Record<BackupKind, string> = {
  daily: 'Daily',
  'pre-migration': 'Before an upgrade',
};

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "5 Jan 2026, 09:30" in the reader's own locale and time zone. */
export function formatTime(ms: number): string {
  return dateTime.format(new Date(ms));
}

/** "812 KB", "1.4 MB": enough precision to tell backups apart. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(2)} GB`;
}

/** The page has no path module; the folder's own separator is good enough for display. */
export function joinPath(dir: string, name: string): string {
  const separator = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return `${dir.replace(/[\\/]+$/, '')}${separator}${name}`;
}
