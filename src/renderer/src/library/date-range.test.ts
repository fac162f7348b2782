import { describe, expect, it } from 'vitest';
import { dateInputValue, dayAfter, dayStart, lastDayValue } from './date-range';

describe('date ranges', () => {
  it('turns a day into its local start and the start of the next day', () => {
    const start = dayStart('2026-03-29')!;
    expect(new Date(start).getHours()).toBe(0);
    expect(dateInputValue(start)).toBe('2026-03-29');
    const end = dayAfter('2026-03-29')!;
    expect(dateInputValue(end)).toBe('2026-03-30');
    expect(lastDayValue(end)).toBe('2026-03-29');
  });

  it('reads an empty or malformed day as no bound', () => {
    expect(dayStart('')).toBeUndefined();
    expect(dayAfter('29/03/2026')).toBeUndefined();
    expect(dateInputValue(undefined)).toBe('');
  });
});
