/** Every failure that crosses a process boundary carries one of these codes. */
export const errorCodes = [
  'invalid_input',
  'unknown_channel',
  'forbidden_sender',
  'not_found',
  'conflict',
  'too_large',
  /** The slug is already another article's. */
  'slug_taken',
  /** The thing already exists: a tag of that kind and name, a link to that story. */
  'already_exists',
  /** The workflow does not allow that move (draft straight to published, say). */
  'transition_not_allowed',
  /** Pre-flight checks found blocking problems; the message lists them. */
  'preflight_failed',
  'store_unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorInfo {
  code: ErrorCode;
  /** A sentence a user can read: what happened and what to do. */
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** A typed failure. Services throw it; the boundary turns it into an envelope. */
export class LedeError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'LedeError';
    this.code = code;
  }

  toInfo(): ErrorInfo {
    return { code: this.code, message: this.message };
  }
}

// Electron's contextBridge copies only an error's message into the page, so the
// code travels inside it as a bracketed prefix and is parsed back on the page side.
const bridgePrefix = new RegExp(`\\[(${errorCodes.join('|')})\\] `);

export function encodeBridgeMessage(info: ErrorInfo): string {
  return `[${info.code}] ${info.message}`;
}

/** Turns anything caught from a `window.lede` call back into a LedeError. */
export function asLedeError(caught: unknown): LedeError {
  if (caught instanceof LedeError) return caught;
  const raw = caught instanceof Error ? caught.message : String(caught);
  // Electron may put its own words before the message ("Error invoking remote method ...").
  const match = bridgePrefix.exec(raw);
  if (match) return new LedeError(match[1] as ErrorCode, raw.slice(match.index + match[0].length));
  return new LedeError('internal', raw);
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}
