/** A wall-clock time as `<input type="datetime-local">` gives it: `2026-03-01T09:00` (seconds optional). */
const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Years an embargo may name; anything outside is a typing slip, not a plan. */
export const embargoYears = { min: 1970, max: 2999 } as const;

/** Reads `YYYY-MM-DDTHH:mm[:ss]`; null unless it names a real calendar moment. */
export function parseLocal(local: string): LocalParts | null {
  const match = localPattern.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? '0')) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year < embargoYears.min || year > embargoYears.max) return null;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return { year, month, day, hour, minute, second };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter for `timeZone`, or null when the platform does not know the zone. */
function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter) return formatter;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    return null;
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

/** Whether `timeZone` is an IANA zone the platform knows (`Europe/Paris`, `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  return timeZone.length > 0 && timeZone.length <= 64 && formatterFor(timeZone) !== null;
}

/** The wall-clock time at `instant` (ms) in `timeZone`, as `YYYY-MM-DDTHH:mm:ss`. */
export function localAt(instant: number, timeZone: string): string {
  const formatter = formatterFor(timeZone);
  if (!formatter) throw new RangeError(`Unknown time zone ${timeZone}`);
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

function wallAsUtc(parts: LocalParts): number {
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** The offset of `timeZone` from UTC at `instant`, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  return wallAsUtc(parseLocal(localAt(instant, timeZone))!) - instant;
}

/**
 * The instant a wall-clock time in `timeZone` names. A time skipped when the clocks go
 * forward does not exist and gives null; a time repeated when they go back gives the
 * earlier of the two.
 */
export function instantOf(local: string, timeZone: string): number | null {
  const parts = parseLocal(local);
  if (!parts || !isTimeZone(timeZone)) return null;
  const wall = wallAsUtc(parts);
  // The zone's offset around the target; trying both offsets seen a day either side
  // catches a change of offset between the guess and the answer.
  const offsets = new Set([
    offsetAt(wall - 86_400_000, timeZone),
    offsetAt(wall, timeZone),
    offsetAt(wall + 86_400_000, timeZone),
  ]);
  const matches = [...offsets]
    .map((offset) => wall - offset)
    .filter((instant) => wallAsUtc(parseLocal(localAt(instant, timeZone))!) === wall)
    .sort((a, b) => a - b);
  return matches[0] ?? null;
}

/** Normalises `2026-03-01T09:00:00` and `2026-03-01T09:00` to the minute form when seconds are zero. */
export function shortLocal(local: string): string {
  return local.endsWith(':00') && local.length === 19 ? local.slice(0, 16) : local;
}
