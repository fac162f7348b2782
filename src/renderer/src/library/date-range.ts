/** The start of a calendar day (`YYYY-MM-DD`) in the local zone, in ms; undefined for ''. */
export function dayStart(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
}

/** The start of the day after `date`: the exclusive end of a range that includes `date`. */
export function dayAfter(date: string): number | undefined {
  const start = dayStart(date);
  if (start === undefined) return undefined;
  const day = new Date(start);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1).getTime();
}

/** `YYYY-MM-DD` of the local day holding `time`, as a date input shows it. */
export function dateInputValue(time: number | undefined): string {
  if (time === undefined) return '';
  const day = new Date(time);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** The day a range's exclusive end closes, as a date input shows it. */
export function lastDayValue(end: number | undefined): string {
  return end === undefined ? '' : dateInputValue(end - 1);
}
