import {
  getAttributesFromExtensions,
  getSchemaByResolvedExtensions,
  resolveExtensions,
  splitExtensions,
} from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { Node as PmNode } from '@tiptap/pm/model';
import {
  domOutputSpecToHTMLString,
  mapMarkExtensionToReactNode,
  mapNodeExtensionToReactNode,
  serializeChildrenToHTMLString,
} from '@tiptap/static-renderer/pm/html-string';
import { renderJSONContentToString } from '@tiptap/static-renderer/json/html-string';
import type { DocNode } from '../doc';
import { schemaExtensions } from '../editor/schema-extensions';
import { escapeHtml } from './escape';

type Renderer = (props: { content: PmNode }) => string;

let current: (hash: string) => string = () => '';
let built: { schema: Schema; render: Renderer } | undefined;

/**
 * The static renderer over the shared schema list, built once: rebuilding the schema is
 * most of the cost of a render (see BASELINES.md). Figures ask `current` for their image,
 * which `bodyHtml` sets for the length of one synchronous call.
 */
function renderer(): { schema: Schema; render: Renderer } {
  if (built) return built;
  const extensions = resolveExtensions(schemaExtensions({ assetUrl: (hash) => current(hash) }));
  const schema = getSchemaByResolvedExtensions(extensions);
  const attributes = getAttributesFromExtensions(extensions);
  const { nodeExtensions, markExtensions } = splitExtensions(extensions);
  const nodeMapping = Object.fromEntries(
    nodeExtensions
      .filter((extension) => extension.name !== 'doc' && extension.name !== 'text')
      .map((extension) => mapNodeExtensionToReactNode(domOutputSpecToHTMLString, extension, attributes)),
  );
  const markMapping = Object.fromEntries(
    markExtensions.map((extension) => mapMarkExtensionToReactNode(domOutputSpecToHTMLString, extension, attributes)),
  );
  // The mappings are typed for JSON input; they are given ProseMirror nodes, as
  // renderToHTMLString gives them, hence the casts.
  const renderString = renderJSONContentToString as unknown as (mapping: {
    nodeMapping: Record<string, unknown>;
    markMapping: Record<string, unknown>;
  }) => Renderer;
  const render = renderString({
    nodeMapping: {
      ...nodeMapping,
      doc: ({ children }: { children?: unknown }) => serializeChildrenToHTMLString(children as string[]),
      text: ({ node }: { node: { text?: string } }) => escapeHtml(node.text ?? ''),
    },
    markMapping,
  });
  built = { schema, render };
  return built;
}

/** The body's schema: what the editor, the renderer and the importer agree a body may hold. */
export function bodySchema(): Schema {
  return renderer().schema;
}

/** What was left out of a document because the schema does not know it. */
export interface DroppedMarkup {
  nodes: Record<string, number>;
  marks: Record<string, number>;
}

/**
 * A copy of `doc` holding only node and mark types the schema knows: an unknown block goes
 * with everything inside it, an unknown mark leaves its text plain. Walks with a stack, so
 * a deep document costs bounded work (the contract has already capped its size).
 */
export function knownMarkup(doc: DocNode, schema: Schema = bodySchema()): { doc: DocNode; dropped: DroppedMarkup } {
  const dropped: DroppedMarkup = { nodes: {}, marks: {} };
  const count = (into: Record<string, number>, name: string): void => {
    const key = name.slice(0, 64);
    into[key] = (into[key] ?? 0) + 1;
  };
  const copy = (node: DocNode): DocNode | undefined => {
    if (!Object.hasOwn(schema.nodes, node.type)) {
      count(dropped.nodes, node.type);
      return undefined;
    }
    const out: DocNode = { type: node.type };
    if (node.attrs) out.attrs = node.attrs;
    if (node.text !== undefined) out.text = node.text;
    if (node.marks) {
      const marks = node.marks.filter((mark) => {
        const known = Object.hasOwn(schema.marks, mark.type);
        if (!known) count(dropped.marks, mark.type);
        return known;
      });
      if (marks.length > 0) out.marks = marks;
    }
    if (node.content) {
      const children: DocNode[] = [];
      for (const child of node.content) {
        const kept = copy(child);
        if (kept) children.push(kept);
      }
      out.content = children;
    }
    return out;
  };
  return { doc: copy(doc) ?? { type: 'doc', content: [] }, dropped };
}

/**
 * The article body as HTML, through TipTap's static renderer and the shared schema list:
 * only the markup Lede's own nodes and marks produce, every text escaped, link targets
 * checked again on the way out (http, https, mailto). `assetSrc` gives each figure's image
 * address; an empty string leaves the image without one.
 */
export function bodyHtml(doc: DocNode, assetSrc: (hash: string) => string): string {
  const { schema, render } = renderer();
  const known = knownMarkup(doc, schema).doc;
  let node: PmNode;
  try {
    node = PmNode.fromJSON(schema, known);
  } catch {
    // A document whose attributes or text the schema refuses: print its paragraphs as text.
    return plainParagraphs(known);
  }
  const previous = current;
  current = assetSrc;
  try {
    return render({ content: node });
  } finally {
    current = previous;
  }
}

function plainParagraphs(doc: DocNode): string {
  const lines: string[] = [];
  const stack: DocNode[] = [doc];
  let line = '';
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node.text === 'string') line += node.text;
    if (node.type === 'paragraph' || node.type === 'heading') {
      if (line) lines.push(line);
      line = '';
    }
    if (node.content) for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i]!);
  }
  if (line) lines.push(line);
  return lines.map((text) => `<p>${escapeHtml(text)}</p>`).join('');
}
