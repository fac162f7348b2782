import { useEffect, useState } from 'react';
import { asLedeError } from '../../../shared/errors';
import { defaultOutlet, renderArticle, type Layout } from '../../../shared/render';
import { previewAssets } from './preview-assets';

export interface PreviewPage {
  layout: Layout;
  html: string;
}

export interface PreviewPages {
  pages: PreviewPage[];
  /** The moment the pages' relative times count from; export with it to get the same bytes. */
  asOf: number | undefined;
  error: string | undefined;
}

/** Typing saves about a second after a pause; the preview follows each save after this long. */
const debounceMs = 250;

/**
 * Renders the stored article in each layout with the one renderer export uses, again
 * after every save (debounced), so the pane shows what export would write now.
 */
export function usePreviewPages(
  articleId: string | undefined,
  layouts: readonly Layout[],
  tick: number,
  open: boolean,
): PreviewPages {
  const [result, setResult] = useState<PreviewPages>({ pages: [], asOf: undefined, error: undefined });
  const key = layouts.join(',');
  useEffect(() => {
    if (!open || !articleId) return;
    let live = true;
    const timer = setTimeout(() => {
      void (async () => {
        try {
          const [article, related] = await Promise.all([
            window.lede.articles.get({ id: articleId }),
            window.lede.related.block({ articleId }),
          ]);
          const assets = await previewAssets(article);
          const asOf = Date.now();
          const pages = key.split(',').map((layout) => ({
            layout: layout as Layout,
            html: renderArticle({
              article,
              related,
              assets,
              options: { layout: layout as Layout, asOf, outlet: defaultOutlet },
            }),
          }));
          if (live) setResult({ pages, asOf, error: undefined });
        } catch (caught) {
          if (live) setResult((previous) => ({ ...previous, error: asLedeError(caught).message }));
        }
      })();
    }, debounceMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [articleId, key, tick, open]);
  return result;
}
