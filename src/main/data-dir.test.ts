import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from './data-dir';

const fallback = '/home/someone/.config/Lede';
const electronArgv = ['/opt/Lede/lede', '/opt/Lede/resources/app.asar'];

describe('resolveDataDir', () => {
  it('uses the platform folder when there is neither flag nor variable', () => {
    expect(resolveDataDir(electronArgv, {}, fallback)).toBe(fallback);
  });

  it('uses LEDE_DATA_DIR over the platform folder, resolved to an absolute path', () => {
    expect(resolveDataDir(electronArgv, { LEDE_DATA_DIR: '/srv/lede' }, fallback)).toBe('/srv/lede');
    expect(resolveDataDir(electronArgv, { LEDE_DATA_DIR: 'relative/store' }, fallback)).toBe(resolve('relative/store'));
  });

  it('ignores an empty LEDE_DATA_DIR', () => {
    expect(resolveDataDir(electronArgv, { LEDE_DATA_DIR: '' }, fallback)).toBe(fallback);
  });

  it('uses "--data-dir DIR" over the variable', () => {
    const argv = [...electronArgv, '--data-dir', '/tmp/from-flag'];
    expect(resolveDataDir(argv, { LEDE_DATA_DIR: '/srv/lede' }, fallback)).toBe('/tmp/from-flag');
  });

  it('uses "--data-dir=DIR" over the variable', () => {
    const argv = [...electronArgv, '--data-dir=/tmp/from-equals'];
    expect(resolveDataDir(argv, { LEDE_DATA_DIR: '/srv/lede' }, fallback)).toBe('/tmp/from-equals');
  });

  it('resolves a relative flag value against the working folder', () => {
    expect(resolveDataDir(['--data-dir', 'stores/a'], {}, fallback)).toBe(resolve('stores/a'));
    expect(resolveDataDir(['--data-dir=stores/b'], {}, fallback)).toBe(resolve('stores/b'));
  });

  it('takes the first flag when given twice', () => {
    expect(resolveDataDir(['--data-dir=/first', '--data-dir', '/second'], {}, fallback)).toBe('/first');
    expect(resolveDataDir(['--data-dir', '/first', '--data-dir=/second'], {}, fallback)).toBe('/first');
  });

  it('ignores a flag without a value and falls through to the variable', () => {
    expect(resolveDataDir([...electronArgv, '--data-dir'], { LEDE_DATA_DIR: '/srv/lede' }, fallback)).toBe('/srv/lede');
    expect(resolveDataDir([...electronArgv, '--data-dir='], { LEDE_DATA_DIR: '/srv/lede' }, fallback)).toBe(
      '/srv/lede',
    );
    expect(resolveDataDir([...electronArgv, '--data-dir', ''], {}, fallback)).toBe(fallback);
  });

  it('does not mistake a similar flag for the data-dir flag', () => {
    expect(resolveDataDir(['--data-directory=/nope', '--data-dirs', '/nope'], {}, fallback)).toBe(fallback);
  });
});
