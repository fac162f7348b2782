import type { ChannelName } from '../../shared/contract';
import { LedeError, type Envelope, type ErrorInfo } from '../../shared/errors';
import { parseInput } from '../../shared/parse-input';
import type { Handlers } from './handlers';

export type Dispatch = (channel: unknown, input: unknown) => Envelope<unknown>;
export type AsyncDispatch = (channel: unknown, input: unknown) => Promise<Envelope<unknown>>;

const asyncMark = Symbol('lede.runsAsync');

/**
 * Marks a handler that returns a promise (it reopens the store, makes a backup…). The core
 * worker awaits it through `createAsyncDispatch`; the synchronous `createDispatch`, used by
 * tests and tools, refuses it before running it rather than answer before it is done.
 */
export function runsAsync<F extends (input: never) => Promise<unknown>>(handler: F): F {
  return Object.assign(handler, { [asyncMark]: true });
}

const isAsync = (handler: unknown): boolean =>
  typeof handler === 'function' && (handler as unknown as Record<symbol, unknown>)[asyncMark] === true;

/**
 * The single place a call becomes a service call: the input is checked against the
 * contract first, and every outcome, thrown or returned, comes back as an envelope.
 */
export function createDispatch(handlers: Handlers, log: (error: unknown) => void = console.error): Dispatch {
  return (channel, input) => {
    const parsed = parseInput(channel, input);
    if (!parsed.ok) return parsed;
    const handler = handlers[channel as ChannelName] as (input: unknown) => unknown;
    if (isAsync(handler)) {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: `${String(channel)} runs asynchronously; call it through the core worker.`,
        },
      };
    }
    try {
      return { ok: true, value: handler(parsed.value) };
    } catch (error) {
      return { ok: false, error: toErrorInfo(error, log) };
    }
  };
}

/** `createDispatch` for every channel, awaiting the ones marked `runsAsync`. What the worker uses. */
export function createAsyncDispatch(handlers: Handlers, log: (error: unknown) => void = console.error): AsyncDispatch {
  const sync = createDispatch(handlers, log);
  return async (channel, input) => {
    const parsed = parseInput(channel, input);
    if (!parsed.ok) return parsed;
    const handler = handlers[channel as ChannelName] as (input: unknown) => unknown;
    if (!isAsync(handler)) return sync(channel, input);
    try {
      return { ok: true, value: await handler(parsed.value) };
    } catch (error) {
      return { ok: false, error: toErrorInfo(error, log) };
    }
  };
}

/** Known failures keep their code; SQLite's disk errors get words; the rest is logged. */
export function toErrorInfo(error: unknown, log: (error: unknown) => void): ErrorInfo {
  if (error instanceof LedeError) return error.toInfo();
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : '';
  if (code === 'SQLITE_FULL') {
    return {
      code: 'store_unavailable',
      message: 'The disk is full, so nothing was saved. Free some space; Lede keeps trying.',
    };
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return {
      code: 'store_unavailable',
      message: 'The store has become read-only, so nothing was saved. Lede keeps trying.',
    };
  }
  if (code.startsWith('SQLITE_BUSY')) {
    return { code: 'store_unavailable', message: 'The store is busy in another program; Lede keeps trying.' };
  }
  log(error);
  return {
    code: 'internal',
    message: 'Something went wrong inside Lede; nothing was changed. The details are in the log.',
  };
}
