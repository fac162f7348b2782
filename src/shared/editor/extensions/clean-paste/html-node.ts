/**
 * The part of the DOM the paste cleaner reads, written out so shared code needs no DOM
 * types: a browser's parsed Document (from DOMParser, inert: nothing loads or runs) fits it.
 */
export interface HtmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
  getAttribute?(name: string): string | null;
}

export const elementNode = 1;
export const textNode = 3;
export const cdataNode = 4;

export const attribute = (node: HtmlNode, name: string): string | null => node.getAttribute?.(name) ?? null;
