// Type-checked by both tsconfig.node.json and tsconfig.web.json: no Node modules or globals here.
import { describe, expect, it } from 'vitest';
import { asLedeError, encodeBridgeMessage, errorCodes, isErrorCode, LedeError, type ErrorInfo } from './errors';
import { createLedeApi } from './lede-api';

describe('LedeError', () => {
  it('carries a code and a message, and gives them back as info', () => {
    const error = new LedeError('conflict', 'Changed elsewhere.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('LedeError');
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('Changed elsewhere.');
    expect(error.toInfo()).toEqual({ code: 'conflict', message: 'Changed elsewhere.' });
  });
});

describe('encodeBridgeMessage', () => {
  it('puts the code in brackets before the message', () => {
    expect(encodeBridgeMessage({ code: 'not_found', message: 'Gone.' })).toBe('[not_found] Gone.');
  });
});

describe('asLedeError', () => {
  it('returns a LedeError unchanged', () => {
    const error = new LedeError('too_large', 'Too big.');
    expect(asLedeError(error)).toBe(error);
  });

  it.each(errorCodes)('round-trips the code %s through an Error message', (code) => {
    const info: ErrorInfo = { code, message: `Something about ${code}: details [with brackets] and more.` };
    const decoded = asLedeError(new Error(encodeBridgeMessage(info)));
    expect(decoded).toBeInstanceOf(LedeError);
    expect(decoded.toInfo()).toEqual(info);
  });

  it.each(errorCodes)("strips Electron's 'Error invoking remote method' prefix for %s", (code) => {
    const info: ErrorInfo = { code, message: 'This article was changed elsewhere (it is at revision 3).' };
    const electron = new Error(
      `Error invoking remote method 'lede:articles.update': Error: ${encodeBridgeMessage(info)}`,
    );
    expect(asLedeError(electron).toInfo()).toEqual(info);
  });

  it('decodes the first code when the message itself mentions another', () => {
    const info: ErrorInfo = { code: 'conflict', message: 'The retry said [not_found] earlier.' };
    expect(asLedeError(new Error(encodeBridgeMessage(info))).toInfo()).toEqual(info);
  });

  it('keeps an empty message empty', () => {
    expect(asLedeError(new Error(encodeBridgeMessage({ code: 'internal', message: '' }))).toInfo()).toEqual({
      code: 'internal',
      message: '',
    });
  });

  it('decodes a thrown string as well as an Error', () => {
    expect(asLedeError('[store_unavailable] The disk is full.').toInfo()).toEqual({
      code: 'store_unavailable',
      message: 'The disk is full.',
    });
  });

  it.each<[string, unknown, string]>([
    ['a plain Error', new Error('socket hang up'), 'socket hang up'],
    ['an unknown bracketed code', new Error('[bogus_code] Nope.'), '[bogus_code] Nope.'],
    ['a code without the space', new Error('[conflict]Nope.'), '[conflict]Nope.'],
    ['undefined', undefined, 'undefined'],
    ['a number', 42, '42'],
  ])('turns %s into internal, keeping the words', (_label, caught, message) => {
    expect(asLedeError(caught).toInfo()).toEqual({ code: 'internal', message });
  });
});

describe('isErrorCode', () => {
  it('knows every code and nothing else', () => {
    for (const code of errorCodes) expect(isErrorCode(code)).toBe(true);
    expect(isErrorCode('bogus')).toBe(false);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode(undefined)).toBe(false);
    expect(isErrorCode(1)).toBe(false);
  });
});

describe('createLedeApi and asLedeError together', () => {
  it('rejects a failed call with an Error that decodes back to the same code and message', async () => {
    const info: ErrorInfo = { code: 'conflict', message: 'At revision 4; based on 3.' };
    const seen: [string, unknown][] = [];
    const api = createLedeApi(async (channel, input) => {
      seen.push([channel, input]);
      return { ok: false, error: info };
    });
    const id = '00000000-0000-4000-8000-000000000000';
    const caught = await api.articles.update({ id, baseRevision: 3, patch: {} }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(caught).toBeInstanceOf(Error);
    expect(caught).not.toBeInstanceOf(LedeError); // what crosses the bridge is a plain Error
    expect(asLedeError(caught).toInfo()).toEqual(info);
    expect(seen).toEqual([['articles.update', { id, baseRevision: 3, patch: {} }]]);
  });

  it('resolves with the value of a successful call and sends {} when there is no input', async () => {
    const seen: [string, unknown][] = [];
    const api = createLedeApi(async (channel, input) => {
      seen.push([channel, input]);
      return { ok: true, value: [] };
    });
    await expect(api.articles.list()).resolves.toEqual([]);
    expect(seen).toEqual([['articles.list', {}]]);
  });
});
