import { diffLines, diffWords } from 'diff';
import { altHeadlineLabels, altHeadlineRoles, namedBylines, statusLabels } from './article';
import { docText } from './doc';
import { formatEmbargo } from './embargo';
import { languageName } from './language';
import type { ArticleSnapshot } from './revision';
import { describeTag } from './tag';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** A run of unchanged paragraphs left out of a body diff, so the changes stand out. */
export interface DiffSkip {
  kind: 'skip';
  paragraphs: number;
}

export interface FieldComparison {
  field: string;
  label: string;
  changed: boolean;
  /** Readable values: bylines joined, embargo as a date, the body as plain text. */
  before: string;
  after: string;
  /** Word-level changes for text fields that differ. */
  parts?: (DiffPart | DiffSkip)[];
}

/** Unchanged paragraphs kept around a change in a body diff. */
const context = 1;

/**
 * Compares two versions field by field, in the order of the page. Text fields that
 * differ carry a word diff; the body is diffed paragraph by paragraph, then word by word
 * inside changed paragraphs, with long unchanged stretches left out.
 */
export function compareVersions(before: ArticleSnapshot, after: ArticleSnapshot): FieldComparison[] {
  const rows: FieldComparison[] = [];
  const text = (field: string, label: string, a: string, b: string, words = true): void => {
    const changed = a !== b;
    rows.push({ field, label, changed, before: a, after: b, ...(changed && words ? { parts: wordParts(a, b) } : {}) });
  };
  text('kicker', 'Kicker', before.kicker, after.kicker);
  text('headline', 'Headline', before.headline, after.headline);
  for (const role of altHeadlineRoles) {
    text(
      `altHeadlines.${role}`,
      `${altHeadlineLabels[role]} headline`,
      before.altHeadlines?.[role] ?? '',
      after.altHeadlines?.[role] ?? '',
    );
  }
  text('standfirst', 'Standfirst', before.standfirst, after.standfirst);
  text('bylines', 'Bylines', namedBylines(before.bylines).join('; '), namedBylines(after.bylines).join('; '));
  text('dateline', 'Dateline', before.dateline, after.dateline);
  text('section', 'Section', before.section, after.section);
  text('source', 'Source line', before.source, after.source);
  text('slug', 'Slug', before.slug, after.slug, false);
  text('language', 'Language', describeLanguage(before.language), describeLanguage(after.language), false);
  text('urgency', 'Urgency', String(before.urgency), String(after.urgency), false);
  text('embargo', 'Embargo', formatEmbargo(before.embargo), formatEmbargo(after.embargo), false);
  text('editorsNote', "Editor's note", before.editorsNote, after.editorsNote);
  text('status', 'Status', statusLabels[before.status], statusLabels[after.status], false);
  // Versions kept before tags existed have none to compare.
  if (before.tags !== undefined || after.tags !== undefined) {
    text('tags', 'Tags', describeTags(before.tags), describeTags(after.tags), false);
  }
  const beforeBody = docText(before.body);
  const afterBody = docText(after.body);
  rows.push({
    field: 'body',
    label: 'Body',
    changed: beforeBody !== afterBody,
    before: beforeBody,
    after: afterBody,
    ...(beforeBody !== afterBody ? { parts: bodyParts(beforeBody, afterBody) } : {}),
  });
  return rows;
}

/** "Kyiv (place); Istanbul talks (event)", in the article's order. */
function describeTags(tags: ArticleSnapshot['tags']): string {
  return (tags ?? []).map(describeTag).join('; ');
}

function describeLanguage(tag: string): string {
  const name = languageName(tag);
  return name === tag ? tag : `${name} (${tag})`;
}

function wordParts(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** Paragraph diff first (fast on long bodies), then words inside each changed stretch. */
export function bodyParts(before: string, after: string): (DiffPart | DiffSkip)[] {
  if (before === '' || after === '') {
    return before === after ? [] : [{ kind: before === '' ? 'added' : 'removed', text: before || after }];
  }
  const lines = diffLines(`${before}\n`, `${after}\n`);
  const parts: (DiffPart | DiffSkip)[] = [];
  for (let i = 0; i < lines.length; i++) {
    const change = lines[i]!;
    const next = lines[i + 1];
    if (change.removed && next?.added) {
      parts.push(...wordParts(change.value, next.value));
      i++;
    } else if (change.added || change.removed) {
      parts.push({ kind: change.added ? 'added' : 'removed', text: change.value });
    } else {
      parts.push(...trimUnchanged(change.value, i === 0, i === lines.length - 1));
    }
  }
  // The trailing newline added above is not part of either text.
  const last = parts[parts.length - 1];
  if (last && last.kind !== 'skip' && last.text.endsWith('\n')) {
    last.text = last.text.slice(0, -1);
    if (last.text === '') parts.pop();
  }
  return parts;
}

function trimUnchanged(value: string, first: boolean, last: boolean): (DiffPart | DiffSkip)[] {
  const paragraphs = value.split('\n');
  if (paragraphs[paragraphs.length - 1] === '') paragraphs.pop();
  const keepBefore = first ? 0 : context;
  const keepAfter = last ? 0 : context;
  const hidden = paragraphs.length - keepBefore - keepAfter;
  if (hidden <= 1) return [{ kind: 'same', text: value }];
  const out: (DiffPart | DiffSkip)[] = [];
  if (keepBefore > 0) out.push({ kind: 'same', text: `${paragraphs.slice(0, keepBefore).join('\n')}\n` });
  out.push({ kind: 'skip', paragraphs: hidden });
  if (keepAfter > 0) out.push({ kind: 'same', text: `${paragraphs.slice(-keepAfter).join('\n')}\n` });
  return out;
}
