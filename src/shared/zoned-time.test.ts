// Type-checked by both tsconfig.node.json and tsconfig.web.json: no Node modules or globals here.
import { describe, expect, it } from 'vitest';
import { embargoProblem, EmbargoSchema, formatEmbargo } from './embargo';
import { instantOf, isTimeZone, localAt, parseLocal } from './zoned-time';

describe('parseLocal', () => {
  it('reads a datetime-local value with or without seconds', () => {
    expect(parseLocal('2026-03-01T09:05')).toEqual({ year: 2026, month: 3, day: 1, hour: 9, minute: 5, second: 0 });
    expect(parseLocal('2026-03-01T09:05:30')).toMatchObject({ second: 30 });
  });

  it.each([
    '2026-02-30T09:00',
    '2025-02-29T09:00',
    '2026-13-01T09:00',
    '2026-03-01T24:00',
    '2026-03-01T09:60',
    '2026-03-01 09:00',
    '2026-3-1T9:00',
    '20266-03-01T09:00',
    '1969-12-31T23:59',
    'tomorrow at nine',
    '',
  ])('refuses %j', (value) => expect(parseLocal(value)).toBeNull());

  it('accepts 29 February in a leap year', () => {
    expect(parseLocal('2028-02-29T12:00')).not.toBeNull();
  });
});

describe('instantOf and localAt', () => {
  it('turns a wall-clock time in a zone into the instant, and back', () => {
    expect(instantOf('2026-01-15T09:00', 'Europe/Paris')).toBe(Date.UTC(2026, 0, 15, 8, 0));
    expect(instantOf('2026-07-15T09:00', 'Europe/Paris')).toBe(Date.UTC(2026, 6, 15, 7, 0));
    expect(instantOf('2026-07-15T09:00', 'Asia/Kolkata')).toBe(Date.UTC(2026, 6, 15, 3, 30));
    expect(instantOf('2026-07-15T09:00', 'America/New_York')).toBe(Date.UTC(2026, 6, 15, 13, 0));
    expect(instantOf('2026-07-15T09:00', 'UTC')).toBe(Date.UTC(2026, 6, 15, 9, 0));
    expect(localAt(Date.UTC(2026, 6, 15, 3, 30), 'Asia/Kolkata')).toBe('2026-07-15T09:00:00');
  });

  it('gives null for a time the clocks skip, and the earlier instant for one they repeat', () => {
    // Europe/London: 01:00 -> 02:00 on 29 March 2026; 02:00 -> 01:00 on 25 October 2026.
    expect(instantOf('2026-03-29T01:30', 'Europe/London')).toBeNull();
    expect(instantOf('2026-10-25T01:30', 'Europe/London')).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });

  it('knows real zones and refuses made-up ones', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('Asia/Karachi')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(instantOf('2026-07-15T09:00', 'Mars/Olympus')).toBeNull();
  });
});

describe('embargo validation', () => {
  it('explains each kind of malformed embargo', () => {
    expect(embargoProblem({ local: '2026-02-30T09:00', timeZone: 'Europe/Paris' })).toMatch(
      /is not a date and time like 2026-03-01T09:00/,
    );
    expect(embargoProblem({ local: '2026-03-01T09:00', timeZone: 'Paris' })).toMatch(/is not a time zone/);
    expect(embargoProblem({ local: '2026-03-29T01:30', timeZone: 'Europe/London' })).toMatch(
      /does not exist in Europe\/London/,
    );
    expect(embargoProblem({ local: '2026-03-01T09:00', timeZone: 'Europe/Paris' })).toBeNull();
  });

  it('is what the schema reports', () => {
    const result = EmbargoSchema.safeParse({ local: 'next Tuesday', timeZone: 'Europe/Paris' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/not a date and time/);
    expect(EmbargoSchema.safeParse({ local: '2026-03-01T09:00', timeZone: 'UTC', at: 1 }).success).toBe(false);
  });

  it('formats an embargo for people', () => {
    expect(formatEmbargo({ local: '2026-03-01T09:00', timeZone: 'Europe/Paris' })).toBe(
      '1 Mar 2026, 09:00 (Europe/Paris)',
    );
    expect(formatEmbargo(null)).toBe('None');
  });
});
