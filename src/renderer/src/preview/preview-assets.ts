import { assetsUsedBy, dataUriAsset, type RenderArticle, type RenderAsset } from '../../../shared/render';

const cache = new Map<string, Promise<RenderAsset | undefined>>();

/**
 * The article's images as data URIs, read from the store through the bridge, the way a
 * self-contained export embeds them: so the preview's bytes are the export's bytes. An
 * image the store no longer has is left out of the page, as export leaves it out.
 */
export async function previewAssets(
  article: Pick<RenderArticle, 'hero' | 'body'>,
): Promise<Record<string, RenderAsset>> {
  const hashes = assetsUsedBy(article);
  const entries = await Promise.all(
    hashes.map(async (hash) => {
      let pending = cache.get(hash);
      if (!pending) {
        // Stored images never change (the key is their hash), so each is read once.
        pending = Promise.all([window.lede.assets.get({ hash }), window.lede.assets.read({ hash })])
          .then(([asset, read]) => dataUriAsset({ ...asset, bytes: read.bytes }))
          .catch(() => {
            cache.delete(hash);
            return undefined;
          });
        cache.set(hash, pending);
      }
      return [hash, await pending] as const;
    }),
  );
  const assets: Record<string, RenderAsset> = {};
  for (const [hash, asset] of entries) if (asset) assets[hash] = asset;
  return assets;
}
