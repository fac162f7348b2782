import { diffLines, diffWordsWithSpace, type Change } from 'diff';

export interface Segment {
  text: string;
  /** `removed`: only in the older text; `added`: only in the newer one. */
  change: 'same' | 'removed' | 'added';
}

export interface SideBySide {
  /** The older text, with what the newer one lacks marked `removed`. */
  left: Segment[];
  /** The newer text, with what the older one lacks marked `added`. */
  right: Segment[];
  identical: boolean;
}

/**
 * Beyond this many word edits the diff gives up on words and tries lines, then marks the
 * texts as wholly different: two rewrites of a long article are compared in bounded
 * time instead of freezing the window.
 */
const maxWordEdits = 1_500;
const maxLineEdits = 1_000;

/** A word-level comparison laid out for two columns, each column keeping its own text. */
export function sideBySide(older: string, newer: string): SideBySide {
  if (older === newer) {
    const same: Segment[] = older ? [{ text: older, change: 'same' }] : [];
    return { left: same, right: same, identical: true };
  }
  const changes =
    diffWordsWithSpace(older, newer, { maxEditLength: maxWordEdits }) ??
    diffLines(older, newer, { maxEditLength: maxLineEdits }) ??
    wholly(older, newer);
  const left: Segment[] = [];
  const right: Segment[] = [];
  for (const part of changes) {
    if (part.removed) push(left, part.value, 'removed');
    else if (part.added) push(right, part.value, 'added');
    else {
      push(left, part.value, 'same');
      push(right, part.value, 'same');
    }
  }
  return { left, right, identical: false };
}

function wholly(older: string, newer: string): Change[] {
  const changes: Change[] = [];
  if (older) changes.push({ value: older, added: false, removed: true, count: 1 });
  if (newer) changes.push({ value: newer, added: true, removed: false, count: 1 });
  return changes;
}

/** Appends, joining runs of the same kind so the markup stays small. */
function push(segments: Segment[], text: string, change: Segment['change']): void {
  if (!text) return;
  const last = segments[segments.length - 1];
  if (last && last.change === change) last.text += text;
  else segments.push({ text, change });
}
