/** Text and line breaks with the only formatting pasted text keeps: bold, italic, a link. */
export type InlineItem = { text: string; bold: boolean; italic: boolean; href: string | null } | { br: true };

export interface Marks {
  bold: boolean;
  italic: boolean;
  href: string | null;
}

const isSpace = (char: string | undefined): boolean => char === undefined || /\s/.test(char);

/**
 * Text as a reader sees it: runs of spaces, tabs and newlines are one space; a
 * non-breaking space stays only between two words (Word fills empty lines with them).
 */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/\u00a0/g, (_m, at: number) => (isSpace(text[at - 1]) || isSpace(text[at + 1]) ? ' ' : '\u00a0'))
    .replace(/[ \t\n\r\f\v\u200b\ufeff]+/g, (run) => (/[ \t\n\r\f\v]/.test(run) ? ' ' : ''));
}

/**
 * One paragraph's inline items, tidied: whitespace collapsed across element boundaries
 * (so "<span>Hello </span><span> world</span>" keeps one space and "Hello" and "world"
 * never fuse), trimmed at the edges and around line breaks, neighbours with the same
 * formatting merged, and a double line break split into two paragraphs.
 */
export function tidyInline(items: InlineItem[]): InlineItem[][] {
  const paragraphs: InlineItem[][] = [[]];
  let previousBreak = false;
  for (const item of items) {
    if ('br' in item) {
      const current = paragraphs[paragraphs.length - 1]!;
      if (previousBreak) {
        // Two breaks in a row: a paragraph break typed with Shift+Enter.
        if (current[current.length - 1] && 'br' in current[current.length - 1]!) current.pop();
        paragraphs.push([]);
        previousBreak = false;
      } else {
        current.push(item);
        previousBreak = true;
      }
      continue;
    }
    if (item.text.trim() !== '') previousBreak = false;
    paragraphs[paragraphs.length - 1]!.push(item);
  }
  return paragraphs.map(tidyParagraph).filter((paragraph) => paragraph.length > 0);
}

function tidyParagraph(items: InlineItem[]): InlineItem[] {
  const out: InlineItem[] = [];
  let lastEndsInSpace = true; // at the start, a leading space is dropped
  for (const item of items) {
    if ('br' in item) {
      trimEnd(out);
      out.push(item);
      lastEndsInSpace = true;
      continue;
    }
    let text = collapseWhitespace(item.text);
    if (lastEndsInSpace) text = text.replace(/^ /, '');
    if (text === '') continue;
    lastEndsInSpace = text.endsWith(' ');
    const previous = out[out.length - 1];
    if (previous && !('br' in previous) && sameMarks(previous, item)) previous.text += text;
    else out.push({ ...item, text });
  }
  trimEnd(out);
  while (out[0] && 'br' in out[0]) out.shift();
  if (out.every((item) => 'br' in item)) return [];
  return out;
}

function trimEnd(items: InlineItem[]): void {
  while (items.length > 0) {
    const last = items[items.length - 1]!;
    if ('br' in last) {
      items.pop();
      continue;
    }
    last.text = last.text.replace(/ $/, '');
    if (last.text !== '') return;
    items.pop();
  }
}

const sameMarks = (a: Marks, b: Marks): boolean => a.bold === b.bold && a.italic === b.italic && a.href === b.href;
