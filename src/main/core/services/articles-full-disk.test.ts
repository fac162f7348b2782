import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fillDisk, mountSkipReason, smallDisk, type Mounted } from '../../../../tests/support/mounts';
import type { Article } from '../../../shared/article';
import type { Envelope } from '../../../shared/errors';
import { openCore, type Core } from '../open-core';

const noMounts = mountSkipReason();
if (noMounts) console.warn(`SKIPPED: the full-disk article tests did not run: ${noMounts}.`);

let disk: Mounted | undefined;
let core: Core | undefined;
afterEach(() => {
  core?.close();
  disk?.release();
  core = disk = undefined;
});

function value<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`expected success, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

describe.skipIf(noMounts !== undefined)('an update on a full disk (a small tmpfs)', () => {
  it('is reported as not saved, with the disk-full words, and the stored revision does not move', () => {
    disk = smallDisk(2_048);
    core = openCore({ dataDir: disk.path });
    const article = value<Article>(core.dispatch('articles.create', { headline: 'Before the disk filled' }));
    fillDisk(join(disk.path, 'filler.bin'));

    // The UPDATE … RETURNING row comes back before the commit; the commit is what the disk refuses.
    const refused = core.dispatch('articles.update', {
      id: article.id,
      baseRevision: 1,
      patch: { headline: 'After the disk filled' },
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'store_unavailable',
        message: 'The disk is full, so nothing was saved. Free some space; Lede keeps trying.',
      },
    });
    expect(value<Article>(core.dispatch('articles.get', { id: article.id }))).toMatchObject({
      headline: 'Before the disk filled',
      revision: 1,
    });
  });
});
