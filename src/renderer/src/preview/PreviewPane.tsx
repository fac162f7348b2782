import { layoutLabels, layouts, type Layout } from '../../../shared/render';
import { ExportControl } from './ExportControl';
import { previewStore, previewWidths, usePreviewState, type PreviewWidth } from './preview-store';
import { usePreviewPages } from './use-preview-pages';
import './preview.css';

const widthLabels: Record<PreviewWidth, string> = { full: 'Fit', desktop: 'Desktop', tablet: 'Tablet', phone: 'Phone' };

/**
 * The story as it will be published, beside the editor: one layout or two side by side,
 * at a chosen device width, in frames that run no script and load nothing (the page's
 * own policy and the app's both apply). What each frame holds is what export writes.
 */
export function PreviewPane({ articleId }: { articleId: string | undefined }) {
  const state = usePreviewState();
  const { pages, asOf, error } = usePreviewPages(articleId, state.layouts, state.savedTick, state.open);
  if (!state.open || !articleId) return null;
  const width = previewWidths[state.width];
  return (
    <section className="preview-pane" aria-label="Preview">
      <div className="preview-pane__bar">
        <label>
          Layout{' '}
          <select value={state.layouts[0]} onChange={(event) => previewStore.showLayout(event.target.value as Layout)}>
            {layouts.map((layout) => (
              <option key={layout} value={layout}>
                {layoutLabels[layout]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Beside it{' '}
          <select
            value={state.layouts[1] ?? ''}
            onChange={(event) => previewStore.compareWith((event.target.value || null) as Layout | null)}
          >
            <option value="">Nothing</option>
            {layouts.map((layout) => (
              <option key={layout} value={layout}>
                {layoutLabels[layout]}
              </option>
            ))}
          </select>
        </label>
        <div role="group" aria-label="Device width" className="preview-pane__widths">
          {(Object.keys(widthLabels) as PreviewWidth[]).map((key) => (
            <button
              key={key}
              type="button"
              className="quiet"
              aria-pressed={state.width === key}
              onClick={() => previewStore.setWidth(key)}
            >
              {widthLabels[key]}
            </button>
          ))}
        </div>
        <button type="button" className="quiet" onClick={() => previewStore.toggle(false)}>
          Close preview
        </button>
      </div>
      <ExportControl articleId={articleId} layout={state.layouts[0]} asOf={asOf} request={state.exportRequest} />
      {error && (
        <p className="banner banner--error" role="alert">
          The preview could not be drawn: {error}
        </p>
      )}
      <div className="preview-pane__frames">
        {pages.map((page) => (
          <div className="preview-pane__frame" key={page.layout}>
            <iframe
              title={`Preview: ${layoutLabels[page.layout]}`}
              sandbox=""
              referrerPolicy="no-referrer"
              srcDoc={page.html}
              data-layout={page.layout}
              data-as-of={asOf}
              width={page.layout === 'social' ? 1200 : (width ?? undefined)}
              height={page.layout === 'social' ? 630 : undefined}
            />
          </div>
        ))}
      </div>
    </section>
  );
}

/** The button that shows the preview pane. */
export function PreviewToggle() {
  const { open } = usePreviewState();
  return (
    <button type="button" className="quiet" aria-pressed={open} onClick={() => previewStore.toggle()}>
      Preview
    </button>
  );
}
