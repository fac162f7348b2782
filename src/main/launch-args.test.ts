import { describe, expect, it } from 'vitest';
import { parseLaunchArgs } from './launch-args';

const id = '0b6f3d2e-3a8f-4c1e-9d2b-7e5a1c9f0a11';

describe('parseLaunchArgs', () => {
  it('reads an article id from --article, --article= and a lede:// link', () => {
    expect(parseLaunchArgs(['/opt/Lede/lede', '--article', id], '/home/desk')).toEqual({ articleId: id });
    expect(parseLaunchArgs(['/opt/Lede/lede', `--article=${id.toUpperCase()}`], '/')).toEqual({ articleId: id });
    expect(parseLaunchArgs(['lede', `lede://article/${id}`], '/')).toEqual({ articleId: id });
  });

  it('ignores an id that is not a UUID', () => {
    expect(parseLaunchArgs(['lede', '--article', '../../etc/passwd'], '/')).toEqual({});
    expect(parseLaunchArgs(['lede', 'lede://article/1 OR 1=1'], '/')).toEqual({});
  });

  it('takes a .json file, resolving a relative path against the launching folder', () => {
    expect(parseLaunchArgs(['lede', 'story.json'], '/home/desk')).toEqual({ file: '/home/desk/story.json' });
    expect(parseLaunchArgs(['lede', '/srv/wire/NINJS.JSON'], '/home/desk')).toEqual({ file: '/srv/wire/NINJS.JSON' });
  });

  it('skips the executable, the dev app folder, Chromium switches and --data-dir with its value', () => {
    const argv = ['/usr/bin/electron', '.', '--no-sandbox', '--data-dir', '/srv/x.json', '--enable-logging'];
    expect(parseLaunchArgs(argv, '/work')).toEqual({});
  });

  it('ignores files that are not .json', () => {
    expect(parseLaunchArgs(['lede', 'notes.txt', 'picture.png'], '/')).toEqual({});
  });
});
