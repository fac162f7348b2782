import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedWireStory } from '../../../../tests/support/exchange-fixture';
import { ninjsValidator } from '../../../../tests/support/ninjs-validator';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import { openTestCore, type TestCore } from '../../../../tests/support/test-core';
import { insideFolder, safeFileName } from './safe-files';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});
function core(): TestCore {
  const t = openTestCore();
  cleanups.push(() => t.close());
  return t;
}
function folder(): string {
  const temp = makeTempDir('lede-export-');
  cleanups.push(temp.cleanup);
  return temp.dir;
}

describe('export', () => {
  it('writes the page the preview renders, byte for byte, with its images embedded', () => {
    const t = core();
    const { id, heroHash } = seedWireStory(t);
    const out = join(folder(), 'story.html');
    const asOf = t.clock.now + 3_600_000;
    expect(t.call('exports.save', { articleId: id, format: 'html', path: out, asOf })).toEqual({
      cancelled: false,
      path: out,
    });
    const { html } = t.call('exports.render', { articleId: id, layout: 'web', asOf });
    expect(readFileSync(out, 'utf8')).toBe(html);
    expect(html).toContain('src="data:image/png;base64,');
    expect(html).not.toContain(heroHash + '.png');
  });

  it('never replaces a file unless told to, and leaves no temporary file behind', () => {
    const t = core();
    const { id } = seedWireStory(t);
    const dir = folder();
    const out = join(dir, 'story.html');
    writeFileSync(out, 'keep me');
    expect(t.fail('exports.save', { articleId: id, format: 'html', path: out }).code).toBe('already_exists');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    t.call('exports.save', { articleId: id, format: 'html', path: out, overwrite: true });
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
    expect(readdirSync(dir)).toEqual(['story.html']);
    expect(t.fail('exports.save', { articleId: id, format: 'html', path: join(dir, 'missing', 'x.html') }).code).toBe(
      'not_found',
    );
  });

  it('writes a page with its images in a folder beside it', () => {
    const t = core();
    const { id, heroHash, figureHash } = seedWireStory(t);
    const dir = folder();
    t.call('exports.save', { articleId: id, format: 'html-folder', path: join(dir, 'story.html') });
    const html = readFileSync(join(dir, 'story.html'), 'utf8');
    expect(html).toContain(`src="images/${heroHash}.png"`);
    expect(html).toContain(`src="images/${figureHash}.png"`);
    expect(html).toContain("img-src data: 'self'");
    expect(html).not.toContain('data:image');
    expect(readdirSync(join(dir, 'images')).sort()).toEqual([`${heroHash}.png`, `${figureHash}.png`].sort());
  });

  it('writes ninjs 2.2 and 3.1 that the official schemas accept', () => {
    const t = core();
    const { id } = seedWireStory(t);
    const dir = folder();
    t.call('exports.save', { articleId: id, format: 'ninjs', path: join(dir, 'a.json') });
    t.call('exports.save', { articleId: id, format: 'ninjs3', path: join(dir, 'b.json') });
    const v2 = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')) as Record<string, unknown>;
    const v3 = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')) as Record<string, unknown>;
    expect(ninjsValidator('2.2')(v2)).toEqual([]);
    expect(ninjsValidator('3.1')(v3)).toEqual([]);
    expect(v2).toMatchObject({
      uri: `urn:uuid:${id}`,
      pubstatus: 'withheld',
      located: 'ISTANBUL',
      embargoed: '2026-11-26T06:00:00Z',
    });
    expect((v2.associations as { name: string }[]).map((a) => a.name)).toEqual(['featureimage', 'background-1']);
  });

  it('exports a batch into the chosen folder under safe names from the slugs, reporting what failed', () => {
    const t = core();
    const { id, targetId } = seedWireStory(t);
    const dir = folder();
    const { token } = t.call('exports.chooseFolder', { folder: dir });
    const first = t.call('exports.batch', { token: token!, articleIds: [id, targetId], format: 'json' });
    expect(first.written.map((w) => w.file).sort()).toEqual(
      ['first-round-ends-without-a-deal.lede.json', 'talks-resume-in-istanbul.lede.json'].sort(),
    );
    const again = t.call('exports.batch', { token: token!, articleIds: [id], format: 'json' });
    expect(again.written).toEqual([]);
    expect(again.failed[0]!.message).toMatch(/already exists; nothing was written/);
    expect(
      t.fail('exports.batch', { token: '00000000-0000-4000-8000-000000000000', articleIds: [id], format: 'json' }).code,
    ).toBe('not_found');
  });

  it('names files safely for every system and refuses paths outside the folder', () => {
    expect(safeFileName('Talks: résumé / “Istanbul”?', '.html')).toBe('talks-resume-istanbul.html');
    expect(safeFileName('con', '.json')).toBe('con-file.json');
    expect(safeFileName('', '.json')).toBe('article.json');
    expect(safeFileName('../../etc/passwd', '.html')).toBe('etc-passwd.html');
    const dir = folder();
    expect(() => insideFolder(dir, '../escape.html')).toThrow(/outside the folder/);
    expect(() => insideFolder(dir, '/etc/passwd')).toThrow(/outside the folder/);
    mkdirSync(join(dir, 'images'));
    expect(insideFolder(dir, 'images/x.png')).toBe(join(dir, 'images', 'x.png'));
    expect(existsSync(join(dir, '..', 'escape.html'))).toBe(false);
  });
});
