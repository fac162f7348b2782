import type { z } from 'zod';
import { contract, isChannelName, type ChannelName, type ParsedInputOf } from './contract';
import type { Envelope } from './errors';

/**
 * Checks a call against the contract: the channel must exist and the input must pass its
 * schema. Used wherever a call enters trusted code (main's handler, the core worker).
 */
export function parseInput<C extends ChannelName>(channel: C, input: unknown): Envelope<ParsedInputOf<C>>;
export function parseInput(channel: unknown, input: unknown): Envelope<unknown>;
export function parseInput(channel: unknown, input: unknown): Envelope<unknown> {
  if (!isChannelName(channel)) {
    return {
      ok: false,
      error: { code: 'unknown_channel', message: `There is no call named ${describe(channel)}.` },
    };
  }
  const result = contract[channel].input.safeParse(input ?? {});
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    error: { code: 'invalid_input', message: `${channel} was refused: ${formatIssues(result.error)}.` },
  };
}

/** Longest path or issue text quoted back: messages can name an unknown key, which a page controls. */
const maxQuoted = 200;

function formatIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const message = shorten(issue.message);
      return issue.path.length ? `${shorten(issue.path.join('.'))}: ${message}` : message;
    })
    .join('; ');
}

function shorten(text: string): string {
  return text.length > maxQuoted ? `${text.slice(0, maxQuoted - 3)}...` : text;
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : typeof value;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
