import { cdataNode, elementNode, textNode, type HtmlNode } from '../editor/extensions/clean-paste/html-node';

/** A parsed element or text: the shape the paste cleaner reads (see HtmlNode). */
export interface TreeNode extends HtmlNode {
  childNodes: TreeNode[];
  attributes: Map<string, string>;
}

const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Their content is text up to the closing tag, never markup. */
const rawText = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
]);
/** A new one of these closes an open one, as browsers do. */
const selfClosing: Record<string, string[]> = {
  p: ['p'],
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  tr: ['tr'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  option: ['option'],
};
const closesP = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'aside',
  'table',
  'hr',
  'pre',
  'section',
  'article',
  'header',
  'footer',
]);

const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  middot: '·',
  bull: '•',
  deg: '°',
  euro: '€',
  pound: '£',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
};

/** Character references decoded: the named ones news copy uses, and every numeric one. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

function element(name: string, attributes: Map<string, string>): TreeNode {
  return {
    nodeType: elementNode,
    nodeName: name.toUpperCase(),
    nodeValue: null,
    childNodes: [],
    attributes,
    getAttribute: (attribute) => attributes.get(attribute.toLowerCase()) ?? null,
  };
}

const text = (value: string, type = textNode): TreeNode => ({
  nodeType: type,
  nodeName: '#text',
  nodeValue: value,
  childNodes: [],
  attributes: new Map(),
});

const attributePattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * A forgiving HTML parser for markup that arrives in files (a ninjs body): tags,
 * attributes, text and character references into a tree the paste cleaner reads. Nothing
 * runs and nothing loads: it only builds objects. Not a full HTML5 parser; it does not
 * need to be, since `sanitizeHtml` keeps only what it knows from whatever tree it gets.
 */
export function parseHtmlTree(html: string): TreeNode {
  const root: TreeNode = { ...element('#document-fragment', new Map()), nodeType: 11, nodeName: '#document-fragment' };
  const stack: TreeNode[] = [root];
  const top = (): TreeNode => stack[stack.length - 1]!;
  const close = (name: string): void => {
    for (let i = stack.length - 1; i > 0; i--) {
      if (stack[i]!.nodeName === name.toUpperCase()) {
        stack.length = i;
        return;
      }
    }
  };
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) {
      top().childNodes.push(text(decodeEntities(html.slice(at))));
      break;
    }
    if (lt > at) top().childNodes.push(text(decodeEntities(html.slice(at, lt))));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt);
      top().childNodes.push(text(html.slice(lt + 9, end === -1 ? html.length : end), cdataNode));
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][^\s/>]*)([^>]*)>/.exec(html.slice(lt, lt + 100_000));
    if (!tag) {
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        const end = html.indexOf('>', lt);
        at = end === -1 ? html.length : end + 1;
      } else {
        top().childNodes.push(text('<'));
        at = lt + 1;
      }
      continue;
    }
    at = lt + tag[0].length;
    const name = tag[2]!.toLowerCase();
    if (tag[1]) {
      close(name);
      continue;
    }
    const attributes = new Map<string, string>();
    for (const match of tag[3]!.matchAll(attributePattern)) {
      const key = match[1]!.toLowerCase();
      if (!attributes.has(key)) attributes.set(key, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
    }
    for (const closed of selfClosing[name] ?? []) if (top().nodeName === closed.toUpperCase()) stack.pop();
    if (closesP.has(name) && top().nodeName === 'P') stack.pop();
    const node = element(name, attributes);
    top().childNodes.push(node);
    if (voidElements.has(name) || tag[3]!.trimEnd().endsWith('/')) continue;
    if (rawText.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, at);
      node.childNodes.push(text(html.slice(at, end === -1 ? html.length : end)));
      const gt = end === -1 ? -1 : html.indexOf('>', end);
      at = gt === -1 ? html.length : gt + 1;
      continue;
    }
    if (stack.length < 512) stack.push(node);
  }
  return root;
}
