import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/support/temp-dir';
import { resolveDataDir } from './data-dir';
import { pointerFileName, readDataDirPointer, writeDataDirPointer } from './data-dir-pointer';
import { paperColours, windowBackground } from './window-theme';

let temp: { dir: string; cleanup: () => void };
beforeEach(() => {
  temp = makeTempDir('lede-pointer-');
});
afterEach(() => temp.cleanup());

describe('the moved data folder note', () => {
  it('is absent until written, then read back; the flag and the variable still win', async () => {
    await expect(readDataDirPointer(temp.dir)).resolves.toBeUndefined();
    await writeDataDirPointer(join(temp.dir, 'app'), '/srv/lede-store');
    const pointer = await readDataDirPointer(join(temp.dir, 'app'));
    expect(pointer).toBe('/srv/lede-store');
    expect(resolveDataDir(['lede'], {}, pointer ?? temp.dir)).toBe('/srv/lede-store');
    expect(resolveDataDir(['lede', '--data-dir', '/tmp/flag'], {}, pointer!)).toBe('/tmp/flag');
  });

  it('ignores a damaged note or a relative path', async () => {
    writeFileSync(join(temp.dir, pointerFileName), '{ not json');
    await expect(readDataDirPointer(temp.dir)).resolves.toBeUndefined();
    writeFileSync(join(temp.dir, pointerFileName), JSON.stringify({ dataDir: 'relative/folder' }));
    await expect(readDataDirPointer(temp.dir)).resolves.toBeUndefined();
  });
});

describe('the window background', () => {
  it('matches the page paper colour of the theme in effect', () => {
    expect(windowBackground('dark', false)).toBe(paperColours.dark);
    expect(windowBackground('light', true)).toBe(paperColours.light);
    expect(windowBackground('system', true)).toBe(paperColours.dark);
    expect(windowBackground('system', false)).toBe(paperColours.light);
  });

  it('uses the same colours as the stylesheet', () => {
    const tokens = readFileSync(join(import.meta.dirname, '..', 'renderer', 'src', 'theme', 'tokens.css'), 'utf8');
    const papers = [...tokens.matchAll(/--paper: (#[0-9a-f]{6});/g)].map((match) => match[1]);
    expect(papers[0]).toBe(paperColours.light);
    expect(papers.slice(1)).toEqual([paperColours.dark, paperColours.dark]);
  });
});
