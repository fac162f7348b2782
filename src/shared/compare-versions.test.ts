// Type-checked by both tsconfig.node.json and tsconfig.web.json: no Node modules or globals here.
import { describe, expect, it } from 'vitest';
import { bodyParts, compareVersions } from './compare-versions';
import type { DocNode } from './doc';
import type { ArticleSnapshot } from './revision';

const doc = (...paragraphs: string[]): DocNode => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

const base: ArticleSnapshot = {
  kicker: '',
  headline: 'Council votes on budget',
  altHeadlines: { web: '', seo: '', social: '' },
  standfirst: 'A close vote.',
  slug: 'council-votes-on-budget',
  slugEdited: false,
  bylines: ['Amira Haddad'],
  dateline: 'LEEDS',
  section: 'Politics',
  source: '',
  language: 'en',
  urgency: 5,
  editorsNote: '',
  embargo: null,
  body: doc('First paragraph.', 'Second paragraph.'),
  status: 'draft',
};

describe('compareVersions', () => {
  it('lists every field in page order, marking only what changed', () => {
    const rows = compareVersions(base, { ...base });
    expect(rows.map((row) => row.field)).toEqual([
      'kicker',
      'headline',
      'altHeadlines.web',
      'altHeadlines.seo',
      'altHeadlines.social',
      'standfirst',
      'bylines',
      'dateline',
      'section',
      'source',
      'slug',
      'language',
      'urgency',
      'embargo',
      'editorsNote',
      'status',
      'body',
    ]);
    expect(rows.filter((row) => row.changed)).toEqual([]);
  });

  it('compares tags by kind and name when either version has them', () => {
    const kyiv = { id: 1, kind: 'place' as const, name: 'Kyiv', externalIds: [] };
    const talks = { id: 2, kind: 'event' as const, name: 'Istanbul talks', externalIds: [] };
    const row = compareVersions({ ...base, tags: [kyiv, talks] }, { ...base, tags: [talks] }).find(
      (r) => r.field === 'tags',
    );
    expect(row).toEqual({
      field: 'tags',
      label: 'Tags',
      changed: true,
      before: 'Kyiv (place); Istanbul talks (event)',
      after: 'Istanbul talks (event)',
    });
    expect(compareVersions(base, { ...base, tags: [] }).find((r) => r.field === 'tags')?.changed).toBe(false);
  });

  it('gives a word diff for a changed headline and readable values for metadata', () => {
    const after: ArticleSnapshot = {
      ...base,
      headline: 'Council rejects budget',
      bylines: ['Amira Haddad', 'Ben Walsh'],
      language: 'ur',
      embargo: { local: '2026-03-01T09:00', timeZone: 'Asia/Karachi', at: 0 },
      status: 'in_edit',
    };
    const changed = Object.fromEntries(
      compareVersions(base, after)
        .filter((row) => row.changed)
        .map((row) => [row.field, row]),
    );
    expect(Object.keys(changed)).toEqual(['headline', 'bylines', 'language', 'embargo', 'status']);
    expect(changed.headline!.parts).toEqual([
      { kind: 'same', text: 'Council ' },
      { kind: 'removed', text: 'votes on' },
      { kind: 'added', text: 'rejects' },
      { kind: 'same', text: ' budget' },
    ]);
    expect(changed.bylines!.after).toBe('Amira Haddad; Ben Walsh');
    expect(changed.language!.after).toBe('Urdu (ur)');
    expect(changed.embargo).toMatchObject({ before: 'None', after: '1 Mar 2026, 09:00 (Asia/Karachi)' });
    expect(changed.status).toMatchObject({ before: 'Draft', after: 'In edit' });
  });

  it('diffs the body paragraph by paragraph and word by word', () => {
    const rows = compareVersions(base, {
      ...base,
      body: doc('First paragraph.', 'Second, longer paragraph.', 'Third.'),
    });
    const body = rows.find((row) => row.field === 'body')!;
    expect(body.changed).toBe(true);
    expect(body.after).toBe('First paragraph.\nSecond, longer paragraph.\nThird.');
    const added = body.parts!.filter((part) => part.kind === 'added').map((part) => ('text' in part ? part.text : ''));
    const removed = body.parts!.filter((part) => part.kind === 'removed');
    expect(added.join('')).toContain('longer');
    expect(added.join('')).toContain('Third.');
    expect(removed).toEqual([]);
    // The parts put together give the new text back.
    const rebuilt = body
      .parts!.map((part) => (part.kind === 'skip' || part.kind === 'removed' ? '' : part.text))
      .join('');
    expect(rebuilt).toBe(body.after);
  });
});

describe('bodyParts', () => {
  it('leaves out long unchanged stretches, keeping one paragraph of context', () => {
    const before = Array.from({ length: 10 }, (_, i) => `Paragraph ${i + 1}.`).join('\n');
    const after = before.replace('Paragraph 6.', 'Paragraph six.');
    const parts = bodyParts(before, after);
    expect(parts[0]).toEqual({ kind: 'skip', paragraphs: 4 });
    expect(parts[1]).toEqual({ kind: 'same', text: 'Paragraph 5.\n' });
    expect(parts.filter((part) => part.kind === 'removed').map((part) => ('text' in part ? part.text : ''))).toEqual([
      '6',
    ]);
    expect(parts.filter((part) => part.kind === 'added').map((part) => ('text' in part ? part.text : ''))).toEqual([
      'six',
    ]);
    expect(parts[parts.length - 1]).toEqual({ kind: 'skip', paragraphs: 3 });
  });

  it('shows a wholly new body as added', () => {
    expect(bodyParts('', 'New text.')).toEqual([{ kind: 'added', text: 'New text.' }]);
  });
});
