import { closeSync, ftruncateSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedWireStory } from '../../../../tests/support/exchange-fixture';
import { makeTempDir } from '../../../../tests/support/temp-dir';
import { openTestCore, type TestCore } from '../../../../tests/support/test-core';

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
  const temp = makeTempDir('lede-import-');
  cleanups.push(temp.cleanup);
  return temp.dir;
}
const importFiles = (t: TestCore, paths: string[]) => t.call('imports.files', { paths }).reports;

describe('native JSON round trip', () => {
  it('export → import into another store → export gives the identical file', () => {
    const a = core();
    const { id, targetId } = seedWireStory(a);
    const dir = folder();
    a.call('exports.save', { articleId: targetId, format: 'json', path: join(dir, 'target.json') });
    a.call('exports.save', { articleId: id, format: 'json', path: join(dir, 'story.json') });
    const b = core();
    const reports = importFiles(b, [join(dir, 'target.json'), join(dir, 'story.json')]);
    expect(reports.map((r) => [r.ok, r.error, r.dropped])).toEqual([
      [true, undefined, []],
      [true, undefined, []],
    ]);
    expect(reports[1]!.articleId).toBe(id);
    b.call('exports.save', { articleId: id, format: 'json', path: join(dir, 'again.json') });
    expect(readFileSync(join(dir, 'again.json'), 'utf8')).toBe(readFileSync(join(dir, 'story.json'), 'utf8'));
    const file = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'lede.article', version: 1 });
    expect(file.related).toEqual([{ id: targetId, relation: 'background', note: 'first round' }]);
    expect(b.call('related.list', { articleId: id }).links[0]!.story.id).toBe(targetId);
  });

  it('imports a story a second time as a copy with a new id and slug, and drops links to missing stories', () => {
    const a = core();
    const { id } = seedWireStory(a);
    const dir = folder();
    a.call('exports.save', { articleId: id, format: 'json', path: join(dir, 'story.json') });
    const [report] = importFiles(a, [join(dir, 'story.json')]);
    expect(report!.ok).toBe(true);
    expect(report!.articleId).not.toBe(id);
    expect(report!.dropped.join('\n')).toMatch(/imported as a copy with a new id/);
    expect(a.call('articles.get', { id: report!.articleId! }).slug).toBe('talks-resume-in-istanbul-2');
    const b = core();
    const [alone] = importFiles(b, [join(dir, 'story.json')]);
    expect(alone!.dropped.join('\n')).toMatch(/related link to .* \(no such story in this store\)/);
  });
});

describe('ninjs import', () => {
  it('maps headlines, body, typed tags, the source and associations to stories that exist', () => {
    const t = core();
    const target = t.call('articles.create', { headline: 'Earlier story' });
    const dir = folder();
    const item = {
      uri: 'http://agency.example/news/123',
      type: 'text',
      versionCreated: '2026-11-25T10:00:00Z',
      pubStatus: 'usable',
      language: 'fr',
      urgency: 2,
      headlines: [
        { role: 'main', value: 'Sommet à Genève' },
        { role: 'social', value: 'Genève' },
      ],
      descriptions: [{ role: 'summary', value: 'Les dirigeants se réunissent.' }],
      bodies: [
        {
          role: 'main',
          contentType: 'text/html',
          value:
            '<p>Bonjour <b>le</b> <a href="javascript:alert(1)">monde</a><script>alert(1)</script></p><table><tr><td>x</td></tr></table><img src="https://evil.example/x.png">',
        },
      ],
      by: 'Marie Curie and Jo Lee',
      located: 'GENEVA',
      subjects: [{ name: 'Politics', uri: 'http://cv.iptc.org/newscodes/mediatopic/11000000' }],
      people: [{ name: 'Marie Curie' }],
      places: [{ name: 'Geneva' }],
      organisations: [{ name: 'UN' }],
      associations: [{ name: 'related-1', uri: `urn:uuid:${target.id}`, type: 'text', rel: 'follow_up_of' }],
      infoSources: [{ name: 'AFP' }],
      genres: [{ name: 'News' }],
    };
    writeFileSync(join(dir, 'item.json'), JSON.stringify(item));
    const [report] = importFiles(t, [join(dir, 'item.json')]);
    expect(report!.ok).toBe(true);
    expect(report!.format).toBe('ninjs 3.x');
    const article = t.call('articles.get', { id: report!.articleId! });
    expect(article).toMatchObject({
      headline: 'Sommet à Genève',
      standfirst: 'Les dirigeants se réunissent.',
      bylines: ['Marie Curie', 'Jo Lee'],
      dateline: 'GENEVA',
      source: 'AFP',
      language: 'fr',
      urgency: 2,
      status: 'draft',
    });
    expect(article.altHeadlines.social).toBe('Genève');
    expect(article.tags.map((tag) => `${tag.kind}:${tag.name}`)).toEqual([
      'topic:Politics',
      'person:Marie Curie',
      'organisation:UN',
      'place:Geneva',
    ]);
    expect(article.bodyText).toContain('Bonjour le monde');
    expect(JSON.stringify(article.body)).not.toMatch(/javascript|script|evil/);
    expect(report!.dropped.join('\n')).toMatch(/1 script/);
    expect(report!.dropped.join('\n')).toMatch(/1 image/);
    expect(report!.dropped.join('\n')).toMatch(/<table>/);
    expect(report!.dropped.join('\n')).toMatch(/genres/);
    expect(t.call('related.list', { articleId: article.id }).links.map((l) => [l.story.id, l.relation])).toEqual([
      [target.id, 'follow_up_of'],
    ]);
  });

  it('reads what Lede writes: its own ninjs comes back with the hero image', () => {
    const a = core();
    const { id } = seedWireStory(a);
    const dir = folder();
    a.call('exports.save', { articleId: id, format: 'ninjs', path: join(dir, 'n.json') });
    const b = core();
    const [report] = importFiles(b, [join(dir, 'n.json')]);
    expect(report!.ok).toBe(true);
    const copy = b.call('articles.get', { id: report!.articleId! });
    expect(copy.id).toBe(id);
    expect(copy.hero).toMatchObject({ caption: 'Delegates arrive.', credit: 'Photo: REUTERS' });
    expect(copy.tags).toHaveLength(5);
  });
});

describe('a bad file imports nothing and says why', () => {
  const cases: [string, string, RegExp][] = [
    ['malformed.json', '{"format": "lede.article", ', /not valid JSON/],
    ['wrong-format.json', '{"format": "other.thing", "version": 1}', /format is “other.thing”/],
    ['wrong-version.json', '{"format": "lede.article", "version": 9, "article": {}}', /version 9 of the Lede format/],
    ['no-uri.json', '{"type": "text", "headlines": [{"value": "x"}]}', /no "uri"/],
    [
      'bad-article.json',
      '{"format": "lede.article", "version": 1, "article": {"id": "x"}, "tags": [], "related": [], "assets": []}',
      /does not hold a valid article/,
    ],
    ['array.json', '[1, 2]', /not a JSON object/],
  ];
  it.each(cases)('%s', (name, text, message) => {
    const t = core();
    seedWireStory(t);
    const before = t.dump();
    const dir = folder();
    writeFileSync(join(dir, name), text);
    const [report] = importFiles(t, [join(dir, name)]);
    expect(report!.ok).toBe(false);
    expect(report!.error).toMatch(message);
    expect(report!.error).toMatch(/Nothing from it was written/);
    expect(t.dump()).toEqual(before);
  });

  it('refuses a 200 MB file without reading it', () => {
    const t = core();
    const dir = folder();
    const path = join(dir, 'huge.json');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    const before = t.dump();
    const [report] = importFiles(t, [path]);
    expect(report!.error).toMatch(/huge.json was not imported: it is 200 MB, over the 100 MB an import reads/);
    expect(t.dump()).toEqual(before);
  });

  it('rolls back a file that fails half way: an image that does not match its hash', () => {
    const a = core();
    const { id } = seedWireStory(a);
    const dir = folder();
    a.call('exports.save', { articleId: id, format: 'json', path: join(dir, 'story.json') });
    const file = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8')) as { assets: { hash: string }[] };
    file.assets[1]!.hash = 'f'.repeat(64);
    writeFileSync(join(dir, 'story.json'), JSON.stringify(file));
    const b = core();
    const before = b.dump();
    const [report] = importFiles(b, [join(dir, 'story.json')]);
    expect(report!.error).toMatch(/does not match its own hash/);
    expect(b.dump()).toEqual(before);
    expect(b.raw.prepare('SELECT count(*) FROM assets').pluck().get()).toBe(0);
  });
});

// The IPTC's own examples, copied into the fixtures so the test runs on every clone.
const officialExamples = join(import.meta.dirname, '..', '..', '..', '..', 'tests', 'fixtures', 'ninjs');
describe('the official ninjs examples', () => {
  it('each imports with a headline or a report, never an error', () => {
    const t = core();
    const files = ['examples-2.2', 'examples-3.1'].flatMap((dir) =>
      readdirSync(join(officialExamples, dir)).map((name) => join(officialExamples, dir, name)),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const report of importFiles(t, files)) expect(report, report.file).toMatchObject({ ok: true });
  });
});
