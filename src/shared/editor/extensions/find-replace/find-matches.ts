import type { Node as PMNode } from '@tiptap/pm/model';

export interface TextRange {
  from: number;
  to: number;
}

/** Enough for any search a person reads through; beyond it the count says "10,000+". */
export const maxMatches = 10_000;
export const maxQueryLength = 1_000;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every occurrence of `query` in the document's text blocks, in order. A match never
 * spans two blocks or an inline node (a line break, say): each text block is read as one
 * string in which every inline node is one character, so offsets map straight to positions.
 * Case-insensitive matching uses a Unicode regular expression, so offsets never shift.
 */
export function findMatches(doc: PMNode, query: string, caseSensitive = false): TextRange[] {
  if (query === '' || query.length > maxQueryLength) return [];
  const pattern = new RegExp(escapeRegExp(query), caseSensitive ? 'gu' : 'giu');
  const matches: TextRange[] = [];
  doc.descendants((node, pos) => {
    if (matches.length >= maxMatches) return false;
    if (!node.isTextblock) return true;
    let text = '';
    node.forEach((child) => {
      text += child.isText ? child.text! : '\ufffc';
    });
    const start = pos + 1;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      matches.push({ from: start + match.index, to: start + match.index + match[0].length });
      if (matches.length >= maxMatches) break;
    }
    return false;
  });
  return matches;
}
