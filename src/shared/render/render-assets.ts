import type { DocNode } from '../doc';
import type { ImageType } from '../asset';
import { isAssetHash } from '../asset';
import { bytesToBase64 } from './base64';
import type { RenderArticle, RenderAsset } from './render-types';

/** Every image an article shows: the hero first, then the body's figures in order, each once. */
export function assetsUsedBy(article: Pick<RenderArticle, 'hero' | 'body'>): string[] {
  const found = new Set<string>();
  if (article.hero && isAssetHash(article.hero.assetId)) found.add(article.hero.assetId);
  const stack: DocNode[] = [article.body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'figure' && isAssetHash(node.attrs?.assetId)) found.add(node.attrs.assetId);
    if (node.content) for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i]!);
  }
  return [...found];
}

/** An image embedded in the page as a data URI: the form the preview and a self-contained export share. */
export function dataUriAsset(asset: {
  type: ImageType;
  width: number;
  height: number;
  bytes: Uint8Array;
}): RenderAsset {
  return {
    src: `data:${asset.type};base64,${bytesToBase64(asset.bytes)}`,
    type: asset.type,
    width: asset.width,
    height: asset.height,
  };
}
