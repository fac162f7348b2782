const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * "just now", "5 minutes ago", "2 days ago": computed against `now`, never the clock, so
 * the editor, previews and exports give the same words for the same moment.
 */
export function relativeTime(then: number, now: number, locale = 'en'): string {
  const elapsed = now - then;
  if (Math.abs(elapsed) < 45_000) return 'just now';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of units) {
    if (Math.abs(elapsed) >= ms || unit === 'minute') return format.format(-Math.round(elapsed / ms), unit);
  }
  return 'just now';
}

/** How far apart two moments are, in words: "3 hours apart", "2 days apart", "minutes apart". */
export function timeApart(a: number, b: number): string {
  const gap = Math.abs(a - b);
  if (gap < 3_600_000) return 'minutes apart';
  for (const [unit, ms] of units) {
    if (gap >= ms) {
      const count = Math.round(gap / ms);
      return `${count} ${unit}${count === 1 ? '' : 's'} apart`;
    }
  }
  return 'minutes apart';
}
