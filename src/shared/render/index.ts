export { renderArticle } from './render-article';
export { bodyHtml, bodySchema, knownMarkup, type DroppedMarkup } from './body-html';
export { bytesToBase64, base64ToBytes } from './base64';
export { newsArticleJsonLd } from './json-ld';
export { renderPolicy } from './content-policy';
export { assetsUsedBy, dataUriAsset } from './render-assets';
export {
  layouts,
  defaultOutlet,
  layoutLabels,
  type Layout,
  type RenderArticle,
  type RenderAsset,
  type RenderInput,
  type RenderOptions,
} from './render-types';
