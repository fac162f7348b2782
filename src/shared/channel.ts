import { z } from 'zod';

/** A channel: the schema its input must pass and, as a type only, what it returns. */
export interface Channel<In extends z.ZodType, Out> {
  input: In;
  /** Never read at run time; carries the output type. */
  output: Out;
}

/** `channel<Output>()(inputSchema)`: the output is named, the input type is inferred. */
export const channel =
  <Out>() =>
  <In extends z.ZodType>(input: In): Channel<In, Out> => ({ input, output: undefined as Out });

/** The input of a call that takes none. */
export const NoInput = z.object({}).strict();

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

/**
 * Joins feature groups into the one contract. A name declared in two groups throws when
 * the module loads, so a clash can never silently replace a channel.
 */
export function mergeChannelGroups<G extends Record<string, Channel<z.ZodType, unknown>>[]>(
  ...groups: G
): UnionToIntersection<G[number]> {
  const merged: Record<string, Channel<z.ZodType, unknown>> = {};
  for (const group of groups) {
    for (const [name, row] of Object.entries(group)) {
      if (Object.hasOwn(merged, name)) throw new Error(`The channel ${name} is declared twice in the contract`);
      if (!/^[a-z]+\.[a-zA-Z]+$/.test(name)) throw new Error(`The channel name ${name} is not group.method`);
      merged[name] = row;
    }
  }
  return merged as UnionToIntersection<G[number]>;
}
