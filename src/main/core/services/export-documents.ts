import type { Article } from '../../../shared/article';
import type { Asset } from '../../../shared/asset';
import type { ExportFormat } from '../../../shared/exchange/export-formats';
import { ledeJson } from '../../../shared/exchange/lede-json';
import { ninjs22, ninjs31, ninjsText } from '../../../shared/exchange/ninjs';
import {
  assetsUsedBy,
  dataUriAsset,
  defaultOutlet,
  renderArticle,
  type Layout,
  type RenderAsset,
} from '../../../shared/render';
import type { RelatedBlockItem, RelatedLinks } from '../../../shared/related';

/** What an export reads from the store: an article, its related block and links, and image bytes. */
export interface ExportSource {
  article(id: string): Article;
  block(id: string): RelatedBlockItem[];
  links(id: string): RelatedLinks;
  /** An image and its bytes, or undefined when the store no longer has it. */
  asset(hash: string): (Asset & { bytes: Uint8Array }) | undefined;
}

export interface ExportOptions {
  layout: Layout;
  asOf: number;
  outlet?: string;
  /** Images as files in `images/` beside the document rather than inside it. */
  imagesBeside?: boolean;
}

/** One file an export writes: its name relative to the export folder, and its bytes. */
export interface ExportFile {
  name: string;
  data: string | Uint8Array;
}

const extensions: Record<Asset['type'], string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'image/gif': '.gif',
  'image/avif': '.avif',
};

/** Where an image goes when it is written beside the page. */
export const besideName = (asset: Pick<Asset, 'hash' | 'type'>): string =>
  `images/${asset.hash}${extensions[asset.type]}`;

/**
 * The files of one article in one format; `main` is the document, the rest are images
 * (for a page with its images beside it). The HTML comes from the same renderer as the
 * preview, with the same embedded images, so the two are the same bytes.
 */
export function exportDocument(
  source: ExportSource,
  id: string,
  format: ExportFormat,
  options: ExportOptions,
): { main: string; images: ExportFile[]; article: Article } {
  const article = source.article(id);
  const used = assetsUsedBy(article)
    .map((hash) => source.asset(hash))
    .filter((asset): asset is Asset & { bytes: Uint8Array } => asset !== undefined);
  const beside = format === 'html-folder' || (options.imagesBeside ?? false);
  if (format === 'json') {
    const links = source
      .links(id)
      .links.map((link) => ({ id: link.story.id, relation: link.relation, note: link.note }));
    const assets = beside ? used.map(({ bytes: _bytes, ...asset }) => asset) : used;
    return { main: ledeJson(article, links, assets), images: beside ? used.map(imageFile) : [], article };
  }
  const renderAssets: Record<string, RenderAsset & { size: number }> = {};
  for (const asset of used) {
    const rendered = beside
      ? { src: besideName(asset), type: asset.type, width: asset.width, height: asset.height }
      : dataUriAsset(asset);
    renderAssets[asset.hash] = { ...rendered, size: asset.size };
  }
  const related = source.block(id);
  const images = beside ? used.map(imageFile) : [];
  if (format === 'ninjs' || format === 'ninjs3') {
    const item = (format === 'ninjs' ? ninjs22 : ninjs31)({ article, related, assets: renderAssets });
    return { main: ninjsText(item), images, article };
  }
  const html = renderArticle({
    article,
    related,
    assets: renderAssets,
    options: { layout: options.layout, asOf: options.asOf, outlet: options.outlet ?? defaultOutlet },
  });
  return { main: html, images, article };
}

function imageFile(asset: Asset & { bytes: Uint8Array }): ExportFile {
  return { name: besideName(asset), data: asset.bytes };
}
