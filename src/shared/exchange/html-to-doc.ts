import { Node as PmNode } from '@tiptap/pm/model';
import { sanitizeHtml, type PasteReport } from '../editor/extensions/clean-paste/sanitize-html';
import type { DocNode } from '../doc';
import { bodySchema } from '../render/body-html';
import { parseHtmlTree, type TreeNode } from './html-tree';

type Mark = NonNullable<DocNode['marks']>[number];

export interface HtmlImport {
  doc: DocNode;
  /** What the cleaner left out, as the paste notice counts it. */
  report: PasteReport;
  /** Tag names it unwrapped or dropped, other than the ones the body keeps. */
  unknownTags: string[];
}

const keptTags = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'blockquote',
  'ul',
  'ol',
  'li',
  'hr',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'a',
  'figure',
  'aside',
  'figcaption',
  'img',
]);

function unknownTagsOf(root: TreeNode): string[] {
  const found = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 1) {
      const name = node.nodeName.toLowerCase();
      if (!keptTags.has(name) && !/^h[1-6]$/.test(name)) found.add(name);
    }
    stack.push(...node.childNodes);
  }
  return [...found].sort();
}

const attr = (node: TreeNode, name: string): string => node.attributes.get(name) ?? '';

function inline(node: TreeNode, marks: Mark[], out: DocNode[]): void {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      if (child.nodeValue) out.push({ type: 'text', text: child.nodeValue, ...(marks.length ? { marks } : {}) });
      continue;
    }
    const name = child.nodeName.toLowerCase();
    if (name === 'br') out.push({ type: 'hardBreak' });
    else if (name === 'strong') inline(child, [...marks, { type: 'bold' }], out);
    else if (name === 'em') inline(child, [...marks, { type: 'italic' }], out);
    else if (name === 'a') inline(child, [...marks, { type: 'link', attrs: { href: attr(child, 'href') } }], out);
    else inline(child, marks, out);
  }
}

const textBlock = (type: string, node: TreeNode, attrs?: Record<string, unknown>): DocNode => {
  const content: DocNode[] = [];
  inline(node, [], content);
  return { type, ...(attrs ? { attrs } : {}), ...(content.length ? { content } : {}) };
};

function blocks(node: TreeNode): DocNode[] {
  const out: DocNode[] = [];
  for (const child of node.childNodes) {
    if (child.nodeType !== 1) continue;
    const name = child.nodeName.toLowerCase();
    const lede = attr(child, 'data-lede');
    if (lede === 'figure') {
      out.push({
        type: 'figure',
        attrs: {
          assetId: attr(child, 'data-asset-id'),
          caption: attr(child, 'data-caption'),
          credit: attr(child, 'data-credit'),
          alt: attr(child, 'data-alt'),
        },
      });
    } else if (lede === 'social-post') {
      out.push({
        type: 'socialPost',
        attrs: {
          author: attr(child, 'data-author'),
          handle: attr(child, 'data-handle'),
          date: attr(child, 'data-date'),
          text: attr(child, 'data-text'),
          url: attr(child, 'data-url'),
        },
      });
    } else if (lede === 'pull-quote') {
      const p = child.childNodes.find((inner) => inner.nodeName === 'P') ?? child;
      out.push(textBlock('pullQuote', p));
    } else if (name === 'p') out.push(textBlock('paragraph', child));
    else if (/^h[234]$/.test(name)) out.push(textBlock('heading', child, { level: Number(name[1]) }));
    else if (name === 'hr') out.push({ type: 'horizontalRule' });
    else if (name === 'blockquote') out.push({ type: 'blockquote', content: blocks(child) });
    else if (name === 'ul' || name === 'ol') {
      const items = child.childNodes
        .filter((item) => item.nodeName === 'LI')
        .map((item) => ({ type: 'listItem', content: blocks(item) }));
      out.push({ type: name === 'ul' ? 'bulletList' : 'orderedList', content: items });
    }
  }
  return out;
}

/**
 * Body HTML from a file (a ninjs body) made into a document the editor's schema accepts:
 * through the paste cleaner (so only paragraphs, headings, lists, quotes, bold, italic,
 * web and mail links and Lede's own blocks survive), then checked against the schema. What
 * was left out is reported; a document the schema still refuses becomes plain paragraphs.
 */
export function htmlToDoc(html: string): HtmlImport {
  const tree = parseHtmlTree(html);
  const unknownTags = unknownTagsOf(tree);
  const clean = sanitizeHtml(tree);
  const content = blocks(parseHtmlTree(clean.html));
  let doc: DocNode = { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
  try {
    PmNode.fromJSON(bodySchema(), doc).check();
  } catch {
    const text = tree.childNodes.length ? collectText(tree) : '';
    doc = {
      type: 'doc',
      content: text.split(/\n{2,}/).map((line) => ({
        type: 'paragraph',
        ...(line.trim() ? { content: [{ type: 'text', text: line.trim() }] } : {}),
      })),
    };
  }
  return { doc, report: clean.report, unknownTags };
}

function collectText(node: TreeNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return node.childNodes.map(collectText).join(node.nodeName === 'P' ? '\n\n' : '');
}
