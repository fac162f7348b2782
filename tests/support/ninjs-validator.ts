import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Copies of the official IPTC schemas (see the README there). */
export const ninjsDir = join(import.meta.dirname, '..', 'fixtures', 'ninjs');

const readJson = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(ninjsDir, name), 'utf8')) as Record<string, unknown>;

/** Validates against the official ninjs schema of a version; returns the problems, empty when valid. */
export function ninjsValidator(version: '2.2' | '3.1'): (item: unknown) => string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(readJson('geojson-stub.json'));
  const validate = ajv.compile(readJson(`ninjs-schema_${version}.json`));
  return (item) => (validate(item) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
}
