import { isAssetHash } from '../../../asset';
import { imageTextLimits } from '../../../hero-image';
import { checkLinkUrl, linkScheme } from '../links/check-link-url';
import { socialPostLimits, socialPostUrl } from '../social-post/social-post';
import { tidyInline, type InlineItem, type Marks } from './clean-inline';
import { attribute, cdataNode, elementNode, textNode, type HtmlNode } from './html-node';

/** What was left out, for the message after a paste. */
export interface PasteReport {
  /** Images from the web or the clipboard's HTML (photos go in from files). */
  images: number;
  /** One-pixel and hidden images: trackers, never shown, never mentioned. */
  trackers: number;
  /** Links to anything but http, https or mailto (javascript:, data:, file:…), kept as text. */
  unsafeLinks: number;
  /** Scripts, frames, embedded objects, SVG, forms: dropped whole. */
  active: number;
}

export interface SanitizedHtml {
  /** Markup made only of what the body's schema knows, every text escaped. */
  html: string;
  report: PasteReport;
}

type Block =
  | { kind: 'p' | 'h2' | 'h3' | 'h4'; inline: InlineItem[] }
  | { kind: 'blockquote'; blocks: Block[] }
  | { kind: 'ul' | 'ol'; items: Block[][] }
  | { kind: 'hr' }
  | { kind: 'lede'; html: string };

/** Dropped with everything inside: active content and things that are never text. */
const dropWhole = new Set([
  'head',
  'title',
  'meta',
  'link',
  'base',
  'style',
  'template',
  'noscript',
  'xml',
  'map',
  'area',
  'source',
  'track',
  'video',
  'audio',
  'canvas',
  'math',
  'input',
  'select',
  'option',
  'textarea',
  'datalist',
  'output',
  'progress',
  'meter',
]);
/** Dropped whole and counted: what could run or load something. */
const active = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'form',
  'button',
  'dialog',
  'portal',
]);
/** Blocks whose content becomes paragraphs of their own. */
const blockish = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'address',
  'center',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'pre',
  'tr',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'caption',
  'details',
  'summary',
  'fieldset',
  'legend',
  'body',
  'html',
  'hgroup',
  'search',
]);
const headings: Record<string, 'h2' | 'h3' | 'h4'> = { h1: 'h2', h2: 'h2', h3: 'h3', h4: 'h4', h5: 'h4', h6: 'h4' };

/** Where `defuseForParsing` moves inline styles to; still read here for bold and italic. */
export const styleAlias = 'data-lede-style';

/**
 * Clipboard HTML made quiet before the browser parses it. A parsed document is inert
 * (nothing in it loads or runs), but the page's CSP still checks inline styles, event
 * handler attributes and <base> as they are parsed, and reports each as an error. So
 * `style=` and `on…=` attributes are renamed to `data-lede-…`, `<base>` becomes an unknown
 * tag and `<style>` sheets go. Not a safety measure: `sanitizeHtml` is that, whatever it gets.
 */
export function defuseForParsing(html: string): string {
  return html
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<(\/?)base\b/gi, '<$1lede-base')
    .replace(/<[a-z][^<>]*>/gi, (tag) => tag.replace(/([\s/])(on[a-z]+|style)(\s*=)/gi, '$1data-lede-$2$3'));
}

const styleOf = (node: HtmlNode): string =>
  (attribute(node, 'style') ?? attribute(node, styleAlias) ?? '').toLowerCase().replace(/\s+/g, '');

/** Word marks its list bullets `mso-list:Ignore`; hidden text and tracking boxes use display:none. */
const isHidden = (style: string): boolean =>
  /(^|;)display:none/.test(style) ||
  /(^|;)visibility:hidden/.test(style) ||
  /mso-hide:all/.test(style) ||
  /mso-list:ignore/.test(style);

function boldFromStyle(style: string): boolean | undefined {
  const match = /(?:^|;)font-weight:([a-z0-9]+)/.exec(style);
  if (!match) return undefined;
  const weight = match[1]!;
  if (weight === 'bold' || weight === 'bolder') return true;
  if (weight === 'normal' || weight === 'lighter') return false;
  const numeric = Number(weight);
  return Number.isFinite(numeric) ? numeric >= 600 : undefined;
}

function italicFromStyle(style: string): boolean | undefined {
  const match = /(?:^|;)font-style:([a-z]+)/.exec(style);
  if (!match) return undefined;
  return match[1] === 'italic' || match[1] === 'oblique';
}

/** Text content of a subtree (for Word's bullet labels), bounded. */
function textOf(node: HtmlNode, limit = 200): string {
  if (node.nodeType === textNode) return (node.nodeValue ?? '').slice(0, limit);
  let text = '';
  for (let i = 0; i < node.childNodes.length && text.length < limit; i++) text += textOf(node.childNodes[i]!, limit);
  return text;
}

function findByStyle(node: HtmlNode, test: (style: string) => boolean, depth = 0): HtmlNode | undefined {
  if (depth > 6) return undefined;
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i]!;
    if (child.nodeType !== elementNode) continue;
    if (test(styleOf(child))) return child;
    const found = findByStyle(child, test, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Collects blocks for one container (the document, a quote, a list item). */
class Container {
  readonly blocks: Block[] = [];
  private inline: InlineItem[] = [];
  private kind: 'p' | 'h2' | 'h3' | 'h4' = 'p';
  /** Word list paragraphs waiting to become one list: [level, ordered, inline]. */
  private wordList: { level: number; ordered: boolean; inline: InlineItem[] }[] = [];

  text(text: string, marks: Marks): void {
    this.inline.push({ text, ...marks });
  }

  lineBreak(): void {
    this.inline.push({ br: true });
  }

  /** Ends the paragraph being collected; a blank one (spaces, &nbsp;, breaks) is dropped. */
  close(): void {
    const paragraphs = tidyInline(this.inline);
    this.inline = [];
    const kind = this.kind;
    this.kind = 'p';
    if (paragraphs.length > 0) this.flushWordList();
    for (const inline of paragraphs) this.blocks.push({ kind, inline });
  }

  startHeading(kind: 'h2' | 'h3' | 'h4'): void {
    this.close();
    this.kind = kind;
  }

  push(block: Block): void {
    this.close();
    this.flushWordList();
    this.blocks.push(block);
  }

  /** A Word list paragraph (`mso-list`): gathered, then nested by level at the end of the run. */
  wordListItem(level: number, ordered: boolean, collect: (container: Container) => void): void {
    this.close();
    const item = new Container();
    collect(item);
    item.close();
    const inline = item.blocks.flatMap((block) => ('inline' in block ? [block.inline] : []));
    const joined = inline.flatMap((items, i) => (i === 0 ? items : [{ br: true } as InlineItem, ...items]));
    if (joined.length > 0) this.wordList.push({ level, ordered, inline: joined });
  }

  finish(): Block[] {
    this.close();
    this.flushWordList();
    return this.blocks;
  }

  private flushWordList(): void {
    if (this.wordList.length === 0) return;
    const entries = this.wordList;
    this.wordList = [];
    const build = (start: number, level: number): { list: Block; next: number } => {
      const ordered = entries[start]!.ordered;
      const items: Block[][] = [];
      let i = start;
      while (i < entries.length && entries[i]!.level >= level) {
        const entry = entries[i]!;
        if (entry.level > level && items.length > 0) {
          const nested = build(i, entry.level);
          items[items.length - 1]!.push(nested.list);
          i = nested.next;
          continue;
        }
        items.push([{ kind: 'p', inline: entry.inline }]);
        i++;
      }
      return { list: { kind: ordered ? 'ol' : 'ul', items }, next: i };
    };
    let i = 0;
    while (i < entries.length) {
      const { list, next } = build(i, entries[i]!.level);
      this.blocks.push(list);
      i = next === i ? i + 1 : next;
    }
  }
}

/**
 * Turns pasted HTML (from Word, Google Docs, a web page or Lede itself) into markup that
 * holds only what an article body knows: paragraphs, headings, lists, quotes, bold,
 * italic and http/https/mailto links, plus Lede's own figures, pull quotes and social
 * posts by their data attributes. Everything else is unwrapped to its text or dropped:
 * styles, classes, spans, fonts, comments, Word's `o:p` and conditional bullets, images
 * (never loaded: the input is an inert parsed document), scripts, event handlers, frames,
 * SVG and every other scheme of link. The output is built from scratch, never copied, so
 * nothing the list does not name can pass. Pure: reads the tree, returns a string.
 */
export function sanitizeHtml(root: HtmlNode): SanitizedHtml {
  const report: PasteReport = { images: 0, trackers: 0, unsafeLinks: 0, active: 0 };
  const plain: Marks = { bold: false, italic: false, href: null };

  const walkChildren = (node: HtmlNode, container: Container, marks: Marks, pre: boolean): void => {
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, container, marks, pre);
  };

  const walk = (node: HtmlNode, container: Container, marks: Marks, pre: boolean): void => {
    if (node.nodeType === textNode || node.nodeType === cdataNode) {
      const value = node.nodeValue ?? '';
      if (!pre) return container.text(value, marks);
      value.split(/\r?\n/).forEach((line, i) => {
        if (i > 0) container.lineBreak();
        container.text(line, marks);
      });
      return;
    }
    if (node.nodeType !== elementNode && node.nodeType !== 9 && node.nodeType !== 11) return; // comments and the rest
    const tag = node.nodeName.toLowerCase();
    if (active.has(tag)) {
      report.active++;
      return;
    }
    // Office's VML drawings go; its other namespaced tags (o:p, st1:place, w:sdt) hold text and are unwrapped below.
    if (dropWhole.has(tag) || tag.startsWith('v:')) return;
    const style = styleOf(node);
    if (isHidden(style)) {
      if (tag === 'img') report.trackers++;
      return;
    }

    const lede = attribute(node, 'data-lede');
    if (lede === 'figure' || lede === 'social-post') {
      const html = ledeBlock(lede, node);
      if (html) container.push({ kind: 'lede', html });
      return;
    }
    if (lede === 'pull-quote') {
      // A pull quote keeps its words and their bold, italic and links; nothing else.
      const inner = new Container();
      walkChildren(node, inner, plain, false);
      const lines = inner.finish().flatMap((block) => ('inline' in block ? [block.inline] : []));
      const inline = lines.flatMap((items, i) => (i === 0 ? items : [{ text: ' ', ...plain }, ...items]));
      if (inline.length > 0)
        container.push({ kind: 'lede', html: `<aside data-lede="pull-quote"><p>${inlineHtml(inline)}</p></aside>` });
      return;
    }

    switch (tag) {
      case 'img':
        return void (isTracker(node) ? report.trackers++ : report.images++);
      case 'br':
        return container.lineBreak();
      case 'hr':
        return container.push({ kind: 'hr' });
      case 'blockquote': {
        const inner = new Container();
        walkChildren(node, inner, marks, pre);
        const blocks = inner.finish();
        if (blocks.length > 0) container.push({ kind: 'blockquote', blocks });
        return;
      }
      case 'ul':
      case 'ol':
      case 'menu': {
        const items: Block[][] = [];
        for (let i = 0; i < node.childNodes.length; i++) {
          const child = node.childNodes[i]!;
          if (child.nodeType === textNode && (child.nodeValue ?? '').trim() === '') continue;
          const item = new Container();
          // An li is the item; anything else inside a list (a stray p, a nested list) is one too.
          if (child.nodeName.toLowerCase() === 'li') walkChildren(child, item, marks, pre);
          else walk(child, item, marks, pre);
          const blocks = item.finish();
          if (blocks.length > 0) items.push(blocks);
        }
        if (items.length > 0) container.push({ kind: tag === 'ol' ? 'ol' : 'ul', items });
        return;
      }
      case 'td':
      case 'th':
      case 'li':
        // Cells read as one line with spaces between; a stray li as its own paragraph.
        if (tag === 'li') container.close();
        container.text(' ', marks);
        walkChildren(node, container, marks, pre);
        container.text(' ', marks);
        if (tag === 'li') container.close();
        return;
      case 'a': {
        const href = attribute(node, 'href');
        if (href === null) return walkChildren(node, container, marks, pre); // Word's bookmarks: <a name=…>
        const checked = checkLinkUrl(href);
        // Only absolute addresses: a relative one has no page to be relative to.
        const absolute = checked.ok && /^(https?:|mailto:)/i.test(href.trim());
        const scheme = linkScheme(href);
        if (scheme && !['http', 'https', 'mailto'].includes(scheme)) report.unsafeLinks++;
        return walkChildren(node, container, { ...marks, href: absolute ? checked.href : marks.href }, pre);
      }
    }

    if (tag in headings) {
      container.startHeading(headings[tag]!);
      walkChildren(node, container, marks, pre);
      container.close();
      return;
    }

    // Word lists: paragraphs with mso-list:lN levelM, bullets in a hidden span.
    const wordList = /mso-list:l\d+level(\d+)/.exec(style);
    if (wordList && tag === 'p') {
      const bullet = findByStyle(node, (s) => /mso-list:ignore/.test(s));
      const label = bullet ? textOf(bullet).trim() : '';
      const ordered = /^\(?([0-9]+|[a-z]|[ivxlcdm]+)[.)]$/i.test(label);
      container.wordListItem(Math.min(Number(wordList[1]), 4), ordered, (item) => walkChildren(node, item, marks, pre));
      return;
    }

    const next: Marks = { ...marks };
    if (tag === 'b' || tag === 'strong') next.bold = true;
    if (tag === 'i' || tag === 'em' || tag === 'cite' || tag === 'dfn') next.italic = true;
    // Google Docs wraps the whole paste in <b style="font-weight:normal" id="docs-internal-guid-…">:
    // the style wins over the tag, so that wrapper makes nothing bold.
    next.bold = boldFromStyle(style) ?? next.bold;
    next.italic = italicFromStyle(style) ?? next.italic;

    if (blockish.has(tag) || node.nodeType === 9 || node.nodeType === 11) {
      container.close();
      walkChildren(node, container, next, pre || tag === 'pre');
      container.close();
      return;
    }
    // Everything else (span, font, u, sub, custom elements…) gives up its tag, keeps its text.
    walkChildren(node, container, next, pre);
  };

  const top = new Container();
  walk(root, top, plain, false);
  return { html: top.finish().map(blockHtml).join(''), report };
}

/** A 1×1 (or 0-sized) image is a tracking pixel, as is one sized by style to nothing. */
function isTracker(node: HtmlNode): boolean {
  const size = (name: string): number | undefined => {
    const value = attribute(node, name);
    return value === null ? undefined : Number.parseFloat(value);
  };
  const width = size('width');
  const height = size('height');
  return (width !== undefined && width <= 2) || (height !== undefined && height <= 2);
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

function inlineHtml(items: InlineItem[]): string {
  return items
    .map((item) => {
      if ('br' in item) return '<br>';
      let html = escapeText(item.text);
      if (item.italic) html = `<em>${html}</em>`;
      if (item.bold) html = `<strong>${html}</strong>`;
      if (item.href) html = `<a href="${escapeAttribute(item.href)}">${html}</a>`;
      return html;
    })
    .join('');
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'p':
    case 'h2':
    case 'h3':
    case 'h4':
      return `<${block.kind}>${inlineHtml(block.inline)}</${block.kind}>`;
    case 'blockquote':
      return `<blockquote>${block.blocks.map(blockHtml).join('')}</blockquote>`;
    case 'ul':
    case 'ol':
      return `<${block.kind}>${block.items.map((item) => `<li>${item.map(blockHtml).join('')}</li>`).join('')}</${block.kind}>`;
    case 'hr':
      return '<hr>';
    case 'lede':
      return block.html;
  }
}

const dataAttributes = (values: Record<string, string>): string =>
  Object.entries(values)
    .map(([name, value]) => ` data-${name}="${escapeAttribute(value)}"`)
    .join('');

/** Lede's own blocks, rebuilt from their data attributes alone (validated, capped). */
function ledeBlock(kind: 'figure' | 'social-post', node: HtmlNode): string | undefined {
  const read = (name: string, max: number): string => (attribute(node, `data-${name}`) ?? '').slice(0, max);
  if (kind === 'figure') {
    const assetId = read('asset-id', 64);
    if (!isAssetHash(assetId)) return undefined;
    return `<figure data-lede="figure"${dataAttributes({
      'asset-id': assetId,
      caption: read('caption', imageTextLimits.caption),
      credit: read('credit', imageTextLimits.credit),
      alt: read('alt', imageTextLimits.alt),
    })}></figure>`;
  }
  return `<blockquote data-lede="social-post"${dataAttributes({
    author: read('author', socialPostLimits.author),
    handle: read('handle', socialPostLimits.handle),
    date: read('date', socialPostLimits.date),
    text: read('text', socialPostLimits.text),
    url: socialPostUrl(read('url', socialPostLimits.url)),
  })}></blockquote>`;
}
