import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { isAssetHash } from '../../../shared/asset';
import type { FigureAttributes } from '../../../shared/editor/extensions/figure';
import { imageTextLimits } from '../../../shared/hero-image';

/**
 * A figure in the body as the editor shows it: the stored image, then its caption, credit
 * and alt text as fields edited in place. Each change is one step in the body's history.
 */
export function FigureView({ node, updateAttributes, selected }: ReactNodeViewProps) {
  const { assetId, caption, credit, alt } = node.attrs as FigureAttributes;
  const src = isAssetHash(assetId) ? window.lede.assets.url(assetId) : undefined;
  return (
    <NodeViewWrapper
      as="figure"
      className={`figure-view${selected ? ' is-selected' : ''}`}
      data-asset-id={assetId ?? ''}
    >
      <span className="figure-view__grip" data-drag-handle title="Drag to move the image" aria-hidden="true">
        ⠿
      </span>
      {src ? (
        <img className="figure-view__image" src={src} alt={alt} draggable={false} />
      ) : (
        <p className="figure-view__missing">This image is missing from the store; insert it again from its file.</p>
      )}
      <figcaption className="figure-view__fields">
        <label className="figure-view__field">
          <span className="field__label">Caption</span>
          <input
            type="text"
            value={caption}
            maxLength={imageTextLimits.caption}
            placeholder="What is happening, where, when"
            onChange={(event) => updateAttributes({ caption: event.target.value })}
          />
        </label>
        <label className="figure-view__field">
          <span className="field__label">Credit</span>
          <input
            type="text"
            value={credit}
            maxLength={imageTextLimits.credit}
            placeholder="Photo: REUTERS"
            onChange={(event) => updateAttributes({ credit: event.target.value })}
          />
        </label>
        <label className="figure-view__field">
          <span className="field__label">Alt text</span>
          <input
            type="text"
            value={alt}
            maxLength={imageTextLimits.alt}
            placeholder="What the image shows, for readers who cannot see it"
            onChange={(event) => updateAttributes({ alt: event.target.value })}
          />
        </label>
      </figcaption>
    </NodeViewWrapper>
  );
}
