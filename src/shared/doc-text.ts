import type { DocNode } from './doc';

const blockSeparated = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'codeBlock', 'horizontalRule']);

/** Plain text of a document: blocks on their own lines, for search, counts and excerpts. */
export function docText(doc: DocNode): string {
  const parts: string[] = [];
  const walk = (node: DocNode): void => {
    if (node.text !== undefined) parts.push(node.text);
    else if (node.type === 'hardBreak') parts.push('\n');
    if (node.content) for (const child of node.content) walk(child);
    if (blockSeparated.has(node.type)) parts.push('\n');
  };
  walk(doc);
  return parts
    .join('')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** Counts runs of non-space characters: cheap enough to run on every autosave. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space =
      c === 32 ||
      (c >= 9 && c <= 13) ||
      c === 160 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words;
}
