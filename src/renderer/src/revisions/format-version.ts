import { revisionReasonLabels, type RevisionSummary } from '../../../shared/revision';

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

/** "3 Mar 2026, 10:32:05": versions can be seconds apart, so seconds show. */
export function formatVersionTime(ms: number): string {
  return timeFormat.format(ms);
}

/** What kind of version it is, in words: "Saved version", "Status change: Draft → In edit". */
export function describeVersion(version: RevisionSummary): string {
  const label = revisionReasonLabels[version.reason];
  if (version.reason === 'restore') return `${label} (from an earlier version)`;
  return version.note ? `${label}: ${version.note}` : label;
}
