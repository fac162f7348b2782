/**
 * Malformed payloads for a contract channel, derived from its zod schema: a valid "seed" is
 * built from the schema's JSON Schema (zod 4 can describe itself), then broken in every way
 * a hostile or buggy page might: wrong types, missing and extra fields, huge strings, deep
 * nesting, `__proto__` and `constructor` keys, NaN, infinities, negative and enormous
 * numbers, arrays for objects, null and undefined; at the top and at every path inside.
 * A mutation that happens to be valid is reported as such, never sent as an attack.
 */
import { z } from 'zod';

export interface FuzzCase {
  label: string;
  payload: unknown;
}

export interface SeedHints {
  /** Values to try where the schema cannot say what is valid (a custom refinement, a pattern). */
  candidates: unknown[];
  /** UUIDs to use for uuid fields, so mutations sit next to real rows. */
  ids: string[];
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minLength?: number;
};

export const deepNesting = 10_000;

/** `{ a: { a: … } }` `depth` levels deep, built without recursion. */
export function deepObject(depth = deepNesting): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** `[[[…]]]` `depth` levels deep. */
export function deepArray(depth = deepNesting): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

const hugeString = 'x'.repeat(2 * 1024 * 1024);
const longUnicode = '\u{1F600}\u0000\uFFFF\uD800'.repeat(50_000);

/** Values that are wrong almost anywhere; each replaces a field, or the whole payload. */
function badValues(): [string, unknown][] {
  return [
    ['undefined', undefined],
    ['null', null],
    ['true', true],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['-1', -1],
    ['-0', -0],
    ['1.5', 1.5],
    ['1e308', 1e308],
    ['2^53 + 2', 2 ** 53 + 2],
    ['-(2^53 + 2)', -(2 ** 53 + 2)],
    ['a bigint', 10n ** 30n],
    ['an empty string', ''],
    ['a numeric string', '1'],
    ['a 2 MB string', hugeString],
    ['lone surrogates and NUL', longUnicode],
    ['an empty array', []],
    ['an array of strings', ['a', 'b']],
    ['an empty object', {}],
    ['a Date', new Date(0)],
    ['a Map', new Map([['a', 1]])],
    ['a typed array', new Uint8Array(16)],
    [`objects ${deepNesting} deep`, deepObject()],
    [`arrays ${deepNesting} deep`, deepArray()],
    ['a __proto__ object', JSON.parse('{"__proto__": {"polluted": "yes"}}')],
    ['a constructor.prototype object', { constructor: { prototype: { polluted: 'yes' } } }],
    ['a function', () => 'not data'],
    ['a symbol', Symbol('not data')],
  ];
}

/** A valid input for `schema` if one can be found, built from its JSON Schema and the hints. */
export function validSeed(schema: z.ZodType, hints: SeedHints): unknown {
  let json: JsonSchema;
  try {
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  } catch {
    json = {};
  }
  let seed = sample(json, hints);
  // Where the JSON Schema could not say (custom checks, patterns), try the hints at each failing path.
  for (let attempt = 0; attempt < 20; attempt++) {
    const result = schema.safeParse(seed);
    if (result.success) break;
    const issue = result.error.issues[0]!;
    const fixed = hints.candidates.map((candidate) => setAt(seed, issue.path, candidate));
    const next = fixed.find((candidate) => firstIssuePath(schema, candidate) !== pathKey(issue.path));
    if (next === undefined) {
      // Optional fields that cannot be filled are left out.
      seed = removeAt(seed, issue.path);
    } else {
      seed = next;
    }
  }
  if (!schema.safeParse(seed).success) return undefined;
  // Fill optional fields left empty (a custom-checked body) with the first hint that keeps it valid,
  // so mutations also reach inside them.
  for (const path of paths(seed)) {
    if (path.length === 0 || valueAt(seed, path) !== undefined) continue;
    const filled = hints.candidates
      .map((candidate) => setAt(seed, path, candidate))
      .find((candidate) => schema.safeParse(candidate).success);
    if (filled !== undefined) seed = filled;
  }
  return seed;
}

const valueAt = (root: unknown, path: PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], root);

function firstIssuePath(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : pathKey(result.error.issues[0]!.path);
}

const pathKey = (path: PropertyKey[]): string => path.map(String).join('\u0000');

function sample(json: JsonSchema, hints: SeedHints): unknown {
  if (json.const !== undefined) return json.const;
  if (json.enum && json.enum.length > 0) return json.enum[0];
  if (json.default !== undefined) return json.default;
  const options = json.anyOf ?? json.oneOf;
  if (options && options.length > 0) return sample(options.find((o) => o.type !== 'null') ?? options[0]!, hints);
  const type = Array.isArray(json.type) ? json.type.find((t) => t !== 'null') : json.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(json.properties ?? {})) out[key] = sample(property, hints);
      return out;
    }
    case 'array':
      return Array.from({ length: json.minItems ?? 1 }, () => sample(json.items ?? {}, hints));
    case 'string':
      if (json.format === 'uuid') return hints.ids[0] ?? '00000000-0000-4000-8000-000000000000';
      return 'a'.repeat(Math.max(1, json.minLength ?? 1));
    case 'integer':
    case 'number': {
      const low = json.minimum ?? (json.exclusiveMinimum !== undefined ? json.exclusiveMinimum + 1 : 1);
      return Math.min(Math.max(low, 1), json.maximum ?? Number.MAX_SAFE_INTEGER);
    }
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return undefined; // unrepresentable (a custom check): the hints are tried
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]));
  return value;
}

function setAt(root: unknown, path: PropertyKey[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = clone(root);
  let node = copy as Record<PropertyKey, unknown>;
  for (const key of path.slice(0, -1)) {
    if (!isRecord(node[key]) && !Array.isArray(node[key])) node[key] = {};
    node = node[key] as Record<PropertyKey, unknown>;
  }
  node[path[path.length - 1]!] = replacement;
  return copy;
}

function removeAt(root: unknown, path: PropertyKey[]): unknown {
  if (path.length === 0) return {};
  const copy = clone(root);
  let node = copy as Record<PropertyKey, unknown>;
  for (const key of path.slice(0, -1)) {
    node = node[key] as Record<PropertyKey, unknown>;
    if (!isRecord(node) && !Array.isArray(node)) return copy;
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(node)) node.splice(Number(last), 1);
  else delete node[last];
  return copy;
}

/** Every path to a value inside `seed` (objects and arrays), the root first. */
function paths(seed: unknown, limit = 64): PropertyKey[][] {
  const found: PropertyKey[][] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: seed, path: [] }];
  while (stack.length > 0 && found.length < limit) {
    const { value, path } = stack.shift()!;
    found.push(path);
    if (Array.isArray(value)) value.slice(0, 3).forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    else if (isRecord(value))
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: [...path, key] });
  }
  return found;
}

/** An own property named `key` (an object literal or assignment would set the prototype instead). */
function withOwnKey(target: unknown, key: string, value: unknown): unknown {
  const copy = clone(target) as Record<string, unknown>;
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

const label = (path: PropertyKey[]): string => (path.length === 0 ? 'the payload' : path.map(String).join('.'));

/**
 * Malformed payloads for a channel whose valid input looks like `seed` (undefined when no
 * valid input could be built: then only the whole-payload ones are made).
 */
export function fuzzPayloads(seed: unknown): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const bad = badValues();
  for (const path of seed === undefined ? [[]] : paths(seed)) {
    for (const [name, value] of bad)
      cases.push({ label: `${label(path)} = ${name}`, payload: setAt(seed, path, value) });
    if (path.length > 0) {
      cases.push({ label: `${label(path)} missing`, payload: removeAt(seed, path) });
      cases.push({ label: `${label(path)} wrapped in an array`, payload: setAt(seed, path, [valueAt(seed, path)]) });
    }
    const target = valueAt(seed, path);
    if (isRecord(target)) {
      const extra = (key: string, value: unknown): unknown => setAt(seed, path, withOwnKey(target, key, value));
      cases.push({ label: `${label(path)} with an extra field`, payload: extra('extra', 1) });
      cases.push({
        label: `${label(path)} with an own __proto__ key`,
        payload: extra('__proto__', { polluted: 'yes' }),
      });
      cases.push({
        label: `${label(path)} with a constructor key`,
        payload: extra('constructor', { prototype: { polluted: 'yes' } }),
      });
      cases.push({ label: `${label(path)} with a 100,000-character key`, payload: extra('k'.repeat(100_000), 1) });
      cases.push({
        label: `${label(path)} as an array of its values`,
        payload: setAt(seed, path, Object.values(target)),
      });
      cases.push({
        label: `${label(path)} with a null prototype`,
        payload: setAt(seed, path, Object.assign(Object.create(null) as object, target)),
      });
    }
  }
  return cases;
}
