import type { ChannelName } from '../shared/contract';
import type { Envelope } from '../shared/errors';
import { parseInput } from '../shared/parse-input';
import { isAppUrl } from './app-url';

/** The part of Electron's IpcMainInvokeEvent the sender check reads. */
export interface InvokeSender {
  readonly senderFrame: { readonly url: string } | null;
  readonly sender: { readonly mainFrame: unknown };
}

/** Where checked calls go: the core worker in the app (`CoreClient`), a core directly in tests. */
export interface CoreCaller {
  call(channel: ChannelName, input: unknown): Promise<Envelope<unknown>>;
}

export type InvokeHandler<E> = (event: E, input: unknown) => Promise<Envelope<unknown>>;

const forbidden: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden_sender', message: 'This call did not come from Lede’s own window.' },
};

/**
 * True only for the top-level frame of a window showing Lede's own page. A frame that is
 * gone (null, or disposed so that reading it throws), an iframe, or a page that navigated
 * elsewhere is refused.
 */
export function isAppSenderEvent(event: InvokeSender, appUrl: string): boolean {
  try {
    const frame = event.senderFrame;
    return frame !== null && frame !== undefined && frame === event.sender.mainFrame && isAppUrl(frame.url, appUrl);
  } catch {
    return false;
  }
}

/**
 * The handler for one channel, in the order that keeps the core safe: the sender first
 * (a foreign frame learns nothing, not even whether its input was valid), then the input
 * against the contract, and only then the core, with the parsed value rather than the raw
 * one. Always resolves with an envelope: a rejection would reach the page as Electron's
 * own words instead of a code.
 */
export function createInvokeHandler<E>(
  channel: ChannelName,
  core: CoreCaller,
  isAppSender: (event: E) => boolean,
  /** What main does itself first for a call that needs the desktop (a folder dialog). */
  shellStep?: (input: unknown, event: E) => Promise<unknown>,
): InvokeHandler<E> {
  return async (event, input) => {
    if (!isAppSender(event)) return forbidden;
    const parsed = parseInput(channel, input);
    if (!parsed.ok) return parsed;
    try {
      return await core.call(channel, shellStep ? await shellStep(parsed.value, event) : parsed.value);
    } catch {
      return {
        ok: false,
        error: { code: 'internal', message: 'Lede could not reach its store; nothing was changed.' },
      };
    }
  };
}
