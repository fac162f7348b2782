import type { z } from 'zod';
import { mergeChannelGroups } from './channel';
import { appChannels } from './channels/app';
import { articleChannels } from './channels/articles';
import { relatedChannels } from './channels/related';
import { libraryChannels } from './channels/library';
import { revisionChannels } from './channels/revisions';
import { savedSearchChannels } from './channels/saved-searches';
import { settingChannels } from './channels/settings';
import { recoveryChannels } from './channels/recovery';
import { backupChannels } from './channels/backups';
import { assetChannels } from './channels/assets';
import { tagChannels } from './channels/tags';
import { exchangeChannels } from './channels/exchange';
import type { Envelope } from './errors';
import type { ShellBridge } from './shell';

/**
 * The one list of calls between the page and the core. Main, preload, the worker and
 * the test server all derive from it. Each feature declares its rows in
 * `channels/<feature>.ts`; names are `group.method`, seen in the page as
 * `window.lede.group.method(input)`. A name declared twice throws at load.
 */
export const contract = mergeChannelGroups(
  appChannels,
  articleChannels,
  revisionChannels,
  settingChannels,
  recoveryChannels,
  backupChannels,
  assetChannels,
  tagChannels,
  relatedChannels,
  libraryChannels,
  savedSearchChannels,
  exchangeChannels,
);

export type Contract = typeof contract;
export type ChannelName = keyof Contract & string;
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = Contract[C]['output'];

export const channelNames = Object.keys(contract) as ChannelName[];

/** The Electron IPC name of a channel; main and preload both use this. */
export const ipcChannel = (name: ChannelName): string => `lede:${name}`;

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

type GroupOf<N> = N extends `${infer G}.${string}` ? G : never;
type MethodsOf<G extends string> = {
  [N in ChannelName as N extends `${G}.${infer M}` ? M : never]: {} extends InputOf<N>
    ? (input?: InputOf<N>) => Promise<OutputOf<N>>
    : (input: InputOf<N>) => Promise<OutputOf<N>>;
};

/** One async function per channel, grouped by prefix. */
export type ChannelApi = { [G in GroupOf<ChannelName>]: MethodsOf<G> };

/** Helpers beside the channels that answer at once in the page, with no call across the bridge. */
export interface LedeLocal {
  assets: {
    /**
     * The URL the page shows a stored image at: `lede-asset://asset/<sha256>` in the app,
     * the test server's own path in browser tests. Throws for anything but a sha256.
     */
    url(hash: string): string;
  };
  /** Menu clicks, second launches and the quit handshake with main (`src/shared/shell.ts`). */
  shell: ShellBridge;
}

/** The shape of `window.lede`: the contract's channels plus the local helpers. */
export type LedeApi = ChannelApi & LedeLocal;

/** Sends one call and returns its envelope; IPC in the app, HTTP in browser tests. */
export type Transport = (channel: ChannelName, input: unknown) => Promise<Envelope<unknown>>;
