import { z } from 'zod';
import { ArticleFields, ArticleId, ListCursor, type Article, type ArticleSummary } from './article';
import type { Envelope } from './errors';
import type { StoreStatus } from './store-status';

/** A channel: the schema its input must pass and, as a type only, what it returns. */
export interface Channel<In extends z.ZodType, Out> {
  input: In;
  /** Never read at run time; carries the output type. */
  output: Out;
}

/** `channel<Output>()(inputSchema)`: the output is named, the input type is inferred. */
const channel =
  <Out>() =>
  <In extends z.ZodType>(input: In): Channel<In, Out> => ({ input, output: undefined as Out });

const NoInput = z.object({}).strict();

/**
 * The one list of calls between the page and the core. Main, preload, the worker and
 * the test server all derive from it; a name is written here and nowhere else.
 * Names are `group.method`; the page sees them as `window.lede.group.method(input)`.
 */
export const contract = {
  /** Whether the store opened, and where it lives; the page shows the problem screen if not. */
  'app.status': channel<StoreStatus>()(NoInput),

  /** Creates an article; missing fields start empty. */
  'articles.create': channel<Article>()(ArticleFields),

  /** One whole article. */
  'articles.get': channel<Article>()(z.object({ id: ArticleId }).strict()),

  /** A page of summaries, most recently edited first. */
  'articles.list': channel<ArticleSummary[]>()(
    z
      .object({
        limit: z.number().int().min(1).max(500).default(50),
        after: ListCursor.optional(),
      })
      .strict(),
  ),

  /**
   * Applies a patch if the article is still at `baseRevision`; otherwise refuses with
   * `conflict` and changes nothing, so a stale window never overwrites newer text.
   * Returns the new summary (revision, time, counts), not the body the caller already has.
   */
  'articles.update': channel<ArticleSummary>()(
    z
      .object({
        id: ArticleId,
        baseRevision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
        patch: ArticleFields,
      })
      .strict(),
  ),

  /** Removes an article for good. */
  'articles.delete': channel<{ id: string }>()(z.object({ id: ArticleId }).strict()),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
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

/** The shape of `window.lede`: one async function per channel, grouped by prefix. */
export type LedeApi = { [G in GroupOf<ChannelName>]: MethodsOf<G> };

/** Sends one call and returns its envelope; IPC in the app, HTTP in browser tests. */
export type Transport = (channel: ChannelName, input: unknown) => Promise<Envelope<unknown>>;
