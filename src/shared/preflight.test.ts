// Type-checked by both tsconfig.node.json and tsconfig.web.json: no Node modules or globals here.
import { describe, expect, it } from 'vitest';
import type { DocNode } from './doc';
import { describeProblems, hasBlocking, preflight, type PreflightInput } from './preflight';
import { defaultSettings } from './settings';

const limits = defaultSettings().deskLimits;
const now = Date.UTC(2026, 2, 1, 12, 0);

const text = (value: string, marks?: DocNode['marks']): DocNode => ({
  type: 'text',
  text: value,
  ...(marks && { marks }),
});
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', ...(content.length && { content }) });
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
const link = (href: string): NonNullable<DocNode['marks']> => [{ type: 'link', attrs: { href } }];
const figure = (attrs: Record<string, unknown>): DocNode => ({
  type: 'figure',
  attrs: { src: 'lede-asset://x', ...attrs },
});

/** A story with nothing wrong; each test spoils one thing. */
function story(overrides: Partial<PreflightInput> = {}): PreflightInput {
  return {
    headline: 'Council passes budget',
    altHeadlines: { web: '', seo: '', social: '' },
    standfirst: 'A narrow vote.',
    bylines: ['Amira Haddad'],
    embargo: null,
    body: doc(paragraph(text('Five to four.'))),
    ...overrides,
  };
}

const checks = (input: PreflightInput) => preflight(input, limits, now).map((p) => [p.check, p.severity, p.field]);

describe('preflight', () => {
  it('finds nothing wrong with a complete story', () => {
    expect(preflight(story(), limits, now)).toEqual([]);
  });

  it('blocks a story without a byline and points at the byline field', () => {
    const problems = preflight(story({ bylines: [] }), limits, now);
    expect(problems).toEqual([
      { check: 'no_byline', severity: 'blocking', field: 'bylines', message: 'There is no byline.' },
    ]);
    expect(hasBlocking(problems)).toBe(true);
    expect(checks(story({ bylines: ['  ', ''] }))).toEqual([['no_byline', 'blocking', 'bylines']]);
  });

  it('blocks an empty or over-long headline, counting characters as readers do', () => {
    expect(checks(story({ headline: '   ' }))).toEqual([['headline_empty', 'blocking', 'headline']]);
    expect(checks(story({ headline: 'x'.repeat(limits.headline) }))).toEqual([]);
    const long = preflight(story({ headline: 'x'.repeat(limits.headline + 1) }), limits, now);
    expect(long.map((p) => p.message)).toEqual([`The headline is 111 characters; the desk limit is 110.`]);
    expect(checks(story({ headline: '📰'.repeat(limits.headline) }))).toEqual([]);
  });

  it('warns about over-long alternative headlines and standfirst against the desk limits', () => {
    const input = story({
      altHeadlines: { web: 'w'.repeat(111), seo: 's'.repeat(71), social: 'o'.repeat(100) },
      standfirst: 'x'.repeat(251),
    });
    expect(checks(input)).toEqual([
      ['alt_headline_too_long', 'warning', 'altHeadlines.web'],
      ['alt_headline_too_long', 'warning', 'altHeadlines.seo'],
      ['standfirst_too_long', 'warning', 'standfirst'],
    ]);
    expect(preflight(input, { ...limits, seo: 80 }, now).map((p) => p.field)).not.toContain('altHeadlines.seo');
  });

  it('warns about an embargo that has passed, not one still to come', () => {
    const past = { local: '2026-03-01T09:00', timeZone: 'UTC', at: Date.UTC(2026, 2, 1, 9) };
    const future = { local: '2026-03-02T09:00', timeZone: 'UTC', at: Date.UTC(2026, 2, 2, 9) };
    expect(checks(story({ embargo: past }))).toEqual([['embargo_passed', 'warning', 'embargo']]);
    expect(preflight(story({ embargo: past }), limits, now)[0]?.message).toContain('1 Mar 2026, 09:00 (UTC)');
    expect(checks(story({ embargo: future }))).toEqual([]);
  });

  it('warns about empty trailing paragraphs and an empty body', () => {
    const trailing = doc(
      paragraph(text('Text.')),
      paragraph(),
      paragraph(text('  ')),
      paragraph({ type: 'hardBreak' }),
    );
    const problems = preflight(story({ body: trailing }), limits, now);
    expect(problems.map((p) => [p.check, p.message])).toEqual([
      ['trailing_empty_paragraphs', 'The body ends with 3 empty paragraphs.'],
    ]);
    expect(checks(story({ body: doc(paragraph(), paragraph(text('Middle.')), paragraph(text('End.'))) }))).toEqual([]);
    expect(checks(story({ body: doc(paragraph()) }))).toEqual([['body_empty', 'warning', 'body']]);
    expect(hasBlocking(preflight(story({ body: doc(paragraph()) }), limits, now))).toBe(false);
  });

  it('blocks links that are not http, https or mailto, walking nested content, once per link', () => {
    const body = doc(
      paragraph(text('ok', link('https://example.com')), text(' and '), text('mail', link('MAILTO:desk@example.com'))),
      {
        type: 'blockquote',
        content: [
          paragraph(
            text('bad ', link('javascript:alert(1)')),
            text('link', [...link('javascript:alert(1)'), { type: 'bold' }]),
            text(' then '),
            text('file', link('file:///etc/passwd')),
          ),
        ],
      },
      paragraph(text('relative', link('/news/1')), text('empty', link(''))),
    );
    const problems = preflight(story({ body }), limits, now).filter((p) => p.check === 'link_not_allowed');
    expect(problems.map((p) => p.message)).toEqual([
      'The link on “bad link” goes to “javascript:alert(1)”; links must start with http://, https:// or mailto:.',
      'The link on “file” goes to “file:///etc/passwd”; links must start with http://, https:// or mailto:.',
      'The link on “relative” goes to “/news/1”; links must start with http://, https:// or mailto:.',
      'The link on “empty” goes to nowhere; links must start with http://, https:// or mailto:.',
    ]);
    expect(problems.every((p) => p.severity === 'blocking' && p.field === 'body')).toBe(true);
  });

  it('checks every figure for caption (warning), credit and alt text (blocking)', () => {
    const body = doc(
      paragraph(text('Intro.')),
      figure({ caption: 'Rivers rose', credit: 'Photo: REUTERS', alt: 'A flooded street' }),
      figure({ caption: '', credit: ' ', alt: null }),
      paragraph(text('After.')),
    );
    expect(preflight(story({ body }), limits, now).map((p) => [p.check, p.severity, p.message])).toEqual([
      ['figure_no_caption', 'warning', 'Image 2 has no caption.'],
      ['figure_no_credit', 'blocking', 'Image 2 has no credit (for example “Photo: REUTERS”).'],
      ['figure_no_alt', 'blocking', 'Image 2 has no alt text for readers who cannot see it.'],
    ]);
  });

  it('lists every problem at once, in page order, and describes the blocking ones in a sentence', () => {
    const problems = preflight(
      story({ headline: '', bylines: [], body: doc(paragraph(text('x', link('ftp://a'))), paragraph()) }),
      limits,
      now,
    );
    expect(problems.map((p) => p.check)).toEqual([
      'headline_empty',
      'no_byline',
      'trailing_empty_paragraphs',
      'link_not_allowed',
    ]);
    expect(describeProblems(problems.filter((p) => p.severity === 'blocking'))).toBe(
      'The headline is empty; There is no byline; The link on “x” goes to “ftp://a”; links must start with http://, https:// or mailto:',
    );
  });
});
