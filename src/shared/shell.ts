import { z } from 'zod';
import { ArticleId } from './article';
import { commandIds, type CommandId, type Platform } from './commands/commands';

/** The one IPC event main sends the page: menu clicks, a second launch, the quit handshake. */
export const shellEventChannel = 'lede:shell-event';
/** The one IPC message the page sends main outside the contract (no core behind it). */
export const shellRequestChannel = 'lede:shell-request';

/** What main tells the page. */
export type ShellEvent =
  /** A menu item was chosen. */
  | { type: 'command'; command: CommandId }
  /** A second launch (or a file association) asked for this article. */
  | { type: 'openArticle'; id: string }
  /**
   * A second launch or the desktop handed Lede a file (a Lede or ninjs .json). Main imports
   * it itself (the page never names files) and tells the page with `imported`.
   */
  | { type: 'openFile'; path: string }
  /** A file from the desktop was imported as `articleId`, or was not, for the reason in `error`. */
  | { type: 'imported'; path: string; articleId?: string; error?: string }
  /** The app is quitting: save what is pending, then answer `flushed` with the token. */
  | { type: 'flush'; token: number };

/** What the page asks of main; checked with this schema in main before anything happens. */
export const ShellRequest = z.discriminatedUnion('type', [
  /** Every pending save of the page is in the store (or has failed with its message shown). */
  z.object({ type: z.literal('flushed'), token: z.number().int().nonnegative() }).strict(),
  /** Open this article in a window of its own. */
  z.object({ type: z.literal('openArticleWindow'), id: ArticleId }).strict(),
]);
export type ShellRequest = z.infer<typeof ShellRequest>;

/** The page's side of the shell: in the app from the preload; in browser tests a stand-in. */
export interface ShellBridge {
  /** The platform the app runs on (menus and key labels follow it). */
  platform: Platform;
  /** Whether a native menu exists that takes the keys of its own items (macOS). */
  menuOwnsKeys: boolean;
  /** Listens for shell events; returns the way to stop. */
  onEvent(listener: (event: ShellEvent) => void): () => void;
  send(request: ShellRequest): void;
}

/** Whether a value from the wire is a shell event this build knows. */
export function isShellEvent(value: unknown): value is ShellEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Record<string, unknown>;
  switch (event.type) {
    case 'command':
      return (commandIds as readonly unknown[]).includes(event.command);
    case 'openArticle':
      return ArticleId.safeParse(event.id).success;
    case 'openFile':
      return typeof event.path === 'string';
    case 'imported':
      return (
        typeof event.path === 'string' &&
        (event.articleId === undefined || ArticleId.safeParse(event.articleId).success) &&
        (event.error === undefined || typeof event.error === 'string')
      );
    case 'flush':
      return typeof event.token === 'number';
    default:
      return false;
  }
}
