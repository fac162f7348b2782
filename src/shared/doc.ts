import { z } from 'zod';

/** A ProseMirror/TipTap document node as JSON, the form the store keeps. */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

/** Deep enough for any real article; shallow enough that walking it cannot exhaust a stack. */
export const maxDocDepth = 64;
export const maxDocNodes = 500_000;

export const emptyDoc = (): DocNode => ({ type: 'doc', content: [{ type: 'paragraph' }] });

/**
 * Checks the shape of a document without recursion, so a hostile payload
 * (deep nesting, cycles are impossible over structured clone but huge fan-out is not)
 * costs bounded work. Returns a readable problem, or null when the shape is sound.
 */
export function docProblem(value: unknown): string | null {
  if (!isPlainObject(value) || value.type !== 'doc') return 'the body must be a document whose type is "doc"';
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 1 }];
  let seen = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (++seen > maxDocNodes) return `the body has more than ${maxDocNodes} nodes`;
    if (depth > maxDocDepth) return `the body is nested deeper than ${maxDocDepth} levels`;
    if (!isPlainObject(node)) return 'every body node must be an object';
    if (typeof node.type !== 'string' || node.type.length === 0 || node.type.length > 64) {
      return 'every body node needs a type name';
    }
    if (node.text !== undefined && typeof node.text !== 'string') return 'a text node must hold a string';
    if (node.attrs !== undefined && !isPlainObject(node.attrs)) return 'node attributes must be an object';
    if (node.marks !== undefined) {
      if (!Array.isArray(node.marks)) return 'marks must be a list';
      for (const mark of node.marks) {
        if (!isPlainObject(mark) || typeof mark.type !== 'string') return 'every mark needs a type name';
        if (mark.attrs !== undefined && !isPlainObject(mark.attrs)) return 'mark attributes must be an object';
      }
    }
    if (node.content !== undefined) {
      if (!Array.isArray(node.content)) return 'node content must be a list';
      for (const child of node.content) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Zod schema for a document body; the walk above does the real work. */
export const DocSchema = z.custom<DocNode>().superRefine((value, ctx) => {
  const problem = docProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

// Text helpers live apart from the zod schema so the page can use them without bundling zod.
export { countWords, docText } from './doc-text';
