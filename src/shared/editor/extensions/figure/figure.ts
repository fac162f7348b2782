import { Node, mergeAttributes } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { NodeSelection } from '@tiptap/pm/state';
import { appAssetUrlBase, isAssetHash } from '../../../asset';
import { imageTextLimits } from '../../../hero-image';
import { ledeBlockAttribute, textAttribute } from '../lede-block';

export interface FigureAttributes {
  /** The image: an asset's sha256. Pre-flight checks read this name. */
  assetId: string | null;
  caption: string;
  /** "Photo: REUTERS". */
  credit: string;
  /** What the image shows, for readers who cannot see it. */
  alt: string;
}

export interface FigureOptions {
  /**
   * Where the image of an asset is fetched from. The editor passes
   * `window.lede.assets.url`; an export passes whatever its output needs.
   */
  assetUrl: (hash: string) => string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts a figure for a stored image at `position`, or at the selection (after a selected node). */
      insertFigure: (attributes: Partial<FigureAttributes> & { assetId: string }, position?: number) => ReturnType;
      /** Changes the selected figure's caption, credit or alt text. */
      updateFigure: (attributes: Partial<Omit<FigureAttributes, 'assetId'>>) => ReturnType;
    };
  }
}

/**
 * A photo in the body with its caption, credit and alt text, all attributes of the node
 * `figure` (names that pre-flight checks rely on) and edited in place by the editor's node
 * view. Only stored assets can be shown: there is no `src` to point at the web.
 */
export const Figure = Node.create<FigureOptions>({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  isolating: true,

  addOptions() {
    return { assetUrl: (hash) => `${appAssetUrlBase}${hash}` };
  },

  addAttributes() {
    return {
      assetId: { default: null, rendered: false },
      caption: { default: '', rendered: false },
      credit: { default: '', rendered: false },
      alt: { default: '', rendered: false },
    };
  },

  parseHTML() {
    return [
      {
        // Ahead of StarterKit's plain <blockquote>, <figure> and <p> rules.
        priority: 60,
        tag: `figure[${ledeBlockAttribute}="figure"], [${ledeBlockAttribute}="figure"]`,
        getAttrs: (element) => {
          const assetId = element.getAttribute('data-asset-id');
          if (!isAssetHash(assetId)) return false;
          return {
            assetId,
            caption: textAttribute(element, 'data-caption', imageTextLimits.caption),
            credit: textAttribute(element, 'data-credit', imageTextLimits.credit),
            alt: textAttribute(element, 'data-alt', imageTextLimits.alt),
          };
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { assetId, caption, credit, alt } = node.attrs as FigureAttributes;
    const valid = isAssetHash(assetId);
    const captionParts: (string | DOMOutputSpec)[] = [];
    if (caption) captionParts.push(['span', { class: 'figure__caption' }, caption]);
    if (caption && credit) captionParts.push(' ');
    if (credit) captionParts.push(['span', { class: 'figure__credit' }, credit]);
    const image: DOMOutputSpec = ['img', valid ? { src: this.options.assetUrl(assetId), alt } : { alt }];
    return [
      'figure',
      mergeAttributes(HTMLAttributes, {
        [ledeBlockAttribute]: 'figure',
        'data-asset-id': valid ? assetId : '',
        'data-caption': caption,
        'data-credit': credit,
        'data-alt': alt,
      }),
      image,
      ...(captionParts.length > 0 ? [['figcaption', {}, ...captionParts] as DOMOutputSpec] : []),
    ];
  },

  renderText({ node }) {
    return (node.attrs as FigureAttributes).caption;
  },

  addCommands() {
    return {
      insertFigure:
        (attributes, position) =>
        ({ commands, state }) => {
          if (!isAssetHash(attributes.assetId)) return false;
          const content = { type: this.name, attrs: { caption: '', credit: '', alt: '', ...attributes } };
          if (position !== undefined) return commands.insertContentAt(position, content);
          // With a figure (or any node) selected, the new one goes after it, never over it.
          const { selection } = state;
          return selection instanceof NodeSelection
            ? commands.insertContentAt(selection.to, content)
            : commands.insertContent(content);
        },
      updateFigure:
        (attributes) =>
        ({ commands }) =>
          commands.updateAttributes(this.name, attributes),
    };
  },
});
