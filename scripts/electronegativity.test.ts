import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../tests/support/temp-dir';
import { minReasonLength, reviewFindings, reviewPasses, type Finding } from './electronegativity-review.mjs';

const reason = 'The value comes from a tested helper the scanner cannot follow across files.';

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  check: 'CONTEXT_ISOLATION_JS_CHECK',
  severity: 'HIGH',
  confidence: 'FIRM',
  file: 'src/main/index.ts',
  line: 10,
  column: 2,
  sample: 'const window = new BrowserWindow({',
  ...overrides,
});
const entry = { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'src/main/index.ts', sample: 'new BrowserWindow({', reason };

describe('reviewFindings', () => {
  it('is tested with a reason long enough to count', () => {
    expect(reason.length).toBeGreaterThanOrEqual(minReasonLength);
  });

  it('blocks HIGH and MEDIUM findings that nothing accepts', () => {
    const review = reviewFindings([finding(), finding({ check: 'SANDBOX_JS_CHECK', severity: 'MEDIUM' })], []);
    expect(review.blocking.map((f) => f.check)).toEqual(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']);
    expect(reviewPasses(review)).toBe(false);
  });

  it('lets LOW and INFORMATIONAL findings through as notes', () => {
    const review = reviewFindings([finding({ severity: 'LOW' }), finding({ severity: 'INFORMATIONAL' })], []);
    expect(review.other).toHaveLength(2);
    expect(reviewPasses(review)).toBe(true);
  });

  it('accepts a finding matched by check, file and source line, with its reason', () => {
    const review = reviewFindings([finding()], [entry]);
    expect(review.accepted).toEqual([{ finding: finding(), reason }]);
    expect(reviewPasses(review)).toBe(true);
  });

  it('covers one finding per entry: a second window is a new finding', () => {
    const review = reviewFindings([finding(), finding({ line: 40 })], [entry]);
    expect(review.accepted).toHaveLength(1);
    expect(review.blocking).toEqual([finding({ line: 40 })]);
    expect(reviewPasses(review)).toBe(false);
  });

  it.each([
    ['another check', { check: 'NODE_INTEGRATION_JS_CHECK' }],
    ['another file', { file: 'src/main/other.ts' }],
    ['another line', { sample: 'new BrowserView({' }],
  ])('does not accept a finding of %s', (_label, change) => {
    const review = reviewFindings([finding()], [{ ...entry, ...change }]);
    expect(review.blocking).toHaveLength(1);
    expect(review.unused).toHaveLength(1);
    expect(reviewPasses(review)).toBe(false);
  });

  it('fails on an entry that matches nothing, so the list cannot outlive the code', () => {
    const review = reviewFindings([], [entry]);
    expect(review.unused).toEqual([entry]);
    expect(reviewPasses(review)).toBe(false);
  });

  it.each([
    ['no reason', { reason: undefined }],
    ['a reason that says nothing', { reason: 'fine' }],
    ['a tiny sample that would match anything', { sample: '(' }],
    ['an unknown field', { severity: 'HIGH' }],
    ['a check that is not an id', { check: 'context isolation' }],
  ])('refuses an entry with %s', (_label, change) => {
    const review = reviewFindings([finding()], [{ ...entry, ...change }]);
    expect(review.invalid).toHaveLength(1);
    expect(review.blocking).toHaveLength(1);
    expect(reviewPasses(review)).toBe(false);
  });

  it('refuses a list that is not an array', () => {
    expect(reviewPasses(reviewFindings([], { entries: [] }))).toBe(false);
  });
});

describe('npm run security:electronegativity', () => {
  let temp: { dir: string; cleanup: () => void } | undefined;
  afterEach(() => temp?.cleanup());

  it('fails, naming the findings, on a window that runs a remote page without isolation', async () => {
    temp = makeTempDir('lede-electronegativity-');
    const app = join(temp.dir, 'app');
    mkdirSync(join(app, 'src'), { recursive: true });
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'fixture', main: 'src/main.js', devDependencies: { electron: '45.5.0' } }),
    );
    writeFileSync(
      join(app, 'src', 'main.js'),
      [
        "const { BrowserWindow } = require('electron');",
        'const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });',
        "win.loadURL('http://example.com/');",
        '',
      ].join('\n'),
    );
    const script = join(import.meta.dirname, 'electronegativity.mjs');
    const run = promisify(execFile)(
      process.execPath,
      [script, '--input', app, '--accepted', join(temp.dir, 'none.json')],
      { timeout: 60_000 },
    );
    const failure = (await run.then(
      () => undefined,
      (error: unknown) => error,
    )) as { code?: number; stdout?: string } | undefined;
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toMatch(/BLOCKING {2}CONTEXT_ISOLATION_JS_CHECK HIGH\/\w+ src\/main\.js:2/);
    // Lede passes these two because it limits navigation and denies permissions.
    expect(failure?.stdout).toMatch(/BLOCKING {2}LIMIT_NAVIGATION_GLOBAL_CHECK HIGH/);
    expect(failure?.stdout).toMatch(/BLOCKING {2}PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK MEDIUM/);
    expect(failure?.stdout).toContain('Electronegativity: FAILED');
  }, 60_000);
});
