import { z } from 'zod';
import { instantOf, isTimeZone, parseLocal } from './zoned-time';

/** An embargo as the desk states it: a wall-clock time in a named zone, and the instant it names. */
export interface Embargo {
  /** `YYYY-MM-DDTHH:mm` (or with seconds), in `timeZone`. */
  local: string;
  /** IANA zone, e.g. `Europe/Paris`. */
  timeZone: string;
  /** The same moment in ms since the epoch, UTC; derived, never sent by the page. */
  at: number;
}

/** What the page sends: the wall-clock time and its zone; the store works out the instant. */
export interface EmbargoInput {
  local: string;
  timeZone: string;
}

/**
 * Why an embargo cannot be stored, in words a user can act on, or null when it is sound.
 * The page checks before saving and the contract checks again, so a malformed date is
 * refused with this message and the article is left as it was.
 */
export function embargoProblem(input: EmbargoInput): string | null {
  if (!parseLocal(input.local)) {
    return `the embargo “${input.local.slice(0, 40)}” is not a date and time like 2026-03-01T09:00`;
  }
  if (!isTimeZone(input.timeZone)) {
    return `“${input.timeZone.slice(0, 64)}” is not a time zone; use a name like Europe/London or Asia/Karachi`;
  }
  if (instantOf(input.local, input.timeZone) === null) {
    return `${input.local.replace('T', ' ')} does not exist in ${input.timeZone} (the clocks go forward then); pick another time`;
  }
  return null;
}

export const EmbargoSchema = z
  .object({ local: z.string().max(40), timeZone: z.string().max(64) })
  .strict()
  .superRefine((value, ctx) => {
    const problem = embargoProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** "1 Mar 2026, 09:00 (Europe/Paris)": how the embargo reads in lists and comparisons. */
export function formatEmbargo(embargo: EmbargoInput | null): string {
  if (!embargo) return 'None';
  const parts = parseLocal(embargo.local);
  if (!parts) return `${embargo.local} (${embargo.timeZone})`;
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute));
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  return `${text} (${embargo.timeZone})`;
}
