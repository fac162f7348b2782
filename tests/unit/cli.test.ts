import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ninjsValidator } from '../support/ninjs-validator';
import { makeTempDir } from '../support/temp-dir';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'out', 'node', 'lede.mjs');

beforeAll(() => {
  // `npm run check` builds it first; a bare vitest run builds it here.
  if (!existsSync(cli))
    execFileSync('npx', ['vite', 'build', '-c', 'vite.node.config.mts', '--logLevel', 'error'], {
      cwd: root,
      stdio: 'inherit',
    });
}, 120_000);

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
function temp(): string {
  const dir = makeTempDir('lede-cli-');
  cleanups.push(dir.cleanup);
  return dir.dir;
}

/** Runs the built command line as a real child process. */
function lede(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): { code: number; out: string; err: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: cwd, ...env },
  });
  return { code: result.status ?? -1, out: result.stdout, err: result.stderr };
}

const ninjsItem = (uri: string, headline: string, text: string) =>
  JSON.stringify({
    uri,
    type: 'text',
    headlines: [{ role: 'main', value: headline }],
    bodies: [{ contenttype: 'text/html', value: `<p>${text}</p>` }],
    subjects: [{ name: 'Weather' }],
  });

// Each test starts the command line several times as a child process: slow on a busy machine.
describe('the lede command line', { timeout: 60_000 }, () => {
  it('imports files, lists them and exports a query to a folder, with exit codes', () => {
    const dir = temp();
    const data = join(dir, 'store');
    writeFileSync(
      join(dir, 'storm.json'),
      ninjsItem('urn:uuid:0b0b0b0b-0000-4000-8000-000000000001', 'Storm hits the coast', 'Winds of 120 km/h.'),
    );
    writeFileSync(
      join(dir, 'vote.json'),
      ninjsItem('urn:uuid:0b0b0b0b-0000-4000-8000-000000000002', 'Council vote delayed', 'The storm closed the hall.'),
    );
    writeFileSync(join(dir, 'broken.json'), '{"uri": ');

    const imported = lede(['--data-dir', data, 'import', 'storm.json', 'vote.json', 'broken.json'], dir);
    expect(imported.code).toBe(1);
    expect(imported.out).toContain(
      'imported storm.json as 0b0b0b0b-0000-4000-8000-000000000001 “Storm hits the coast” (ninjs 2.x)',
    );
    expect(imported.err).toMatch(/broken.json was not imported: it is not valid JSON/);

    const listed = lede(['list', '--data-dir', data], dir);
    expect(listed.code).toBe(0);
    expect(
      listed.out
        .trim()
        .split('\n')
        .map((line) => line.split('\t').slice(1).join(' '))
        .sort(),
    ).toEqual(['draft council-vote-delayed Council vote delayed', 'draft storm-hits-the-coast Storm hits the coast']);

    // "storm" is in one headline and in the other's body.
    const exported = lede(['export', '--format', 'ninjs', '--out', 'out', '--query', 'STORM', '--data-dir', data], dir);
    expect(exported).toMatchObject({ code: 0, err: '' });
    expect(exported.out).toContain('wrote 2 files to');
    const files = readdirSync(join(dir, 'out')).sort();
    expect(files).toEqual(['council-vote-delayed.ninjs.json', 'storm-hits-the-coast.ninjs.json']);
    for (const file of files)
      expect(ninjsValidator('2.2')(JSON.parse(readFileSync(join(dir, 'out', file), 'utf8')))).toEqual([]);

    const again = lede(['export', '--format', 'ninjs', '--out', 'out', '--query', 'winds', '--data-dir', data], dir);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/storm-hits-the-coast.ninjs.json already exists; nothing was written/);
    expect(
      lede(['export', '--format', 'ninjs', '--out', 'out', '--query', 'winds', '--overwrite', '--data-dir', data], dir)
        .code,
    ).toBe(0);

    const html = lede(['export', '--format=html', '--out=pages', '--data-dir', data], dir);
    expect(html.code).toBe(0);
    expect(readFileSync(join(dir, 'pages', 'storm-hits-the-coast.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('takes the store from LEDE_DATA_DIR and says what is wrong with a command', () => {
    const dir = temp();
    expect(lede(['list'], dir, { LEDE_DATA_DIR: join(dir, 'env-store') })).toMatchObject({ code: 0, out: '' });
    expect(existsSync(join(dir, 'env-store', 'lede.sqlite'))).toBe(true);
    const bad = lede(['export', '--format', 'pdf', '--out', 'x', '--data-dir', dir], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/export needs --format html\|json\|ninjs/);
    expect(lede(['frobnicate', '--data-dir', dir], dir).code).toBe(2);
    expect(lede(['import', '--data-dir', dir], dir).err).toMatch(/import needs at least one file/);
    expect(lede(['--help'], dir)).toMatchObject({ code: 0 });
  });

  it('refuses a store it cannot open with exit code 3, writing nothing', () => {
    const dir = temp();
    writeFileSync(
      join(dir, 'lede.sqlite'),
      'this is not a database, just text that is long enough to look like a file',
    );
    const result = lede(['list', '--data-dir', dir], dir);
    expect(result.code).toBe(3);
    expect(result.err).toMatch(/could not be opened/);
    expect(readFileSync(join(dir, 'lede.sqlite'), 'utf8')).toMatch(/^this is not a database/);
  });
});
