import { relatedItemView, type RelatedLink } from '../../../shared/related';
import { useMinuteClock } from '../app/use-minute-clock';
import type { RelatedState } from './use-related';
import './related.css';

/**
 * The related block at the foot of the article, as readers will see it: headline, outlet,
 * how long ago, excerpt. Spiked stories are left out (and counted), as in previews.
 */
export function RelatedBlock({ related }: { related: RelatedState }) {
  const now = useMinuteClock();
  const spiked = (related.links?.links ?? []).filter((link: RelatedLink) => link.story.status === 'spiked').length;
  if (related.block.length === 0 && spiked === 0) return null;
  return (
    <aside className="related-block" aria-labelledby="related-block-heading">
      <h2 id="related-block-heading">Related articles</h2>
      <ul>
        {related.block.map((item) => {
          const view = relatedItemView(item, now);
          return (
            <li key={item.id} className="related-block__item">
              <span className="related-block__headline" dir="auto">
                {view.headline.trim() || 'Untitled'}
              </span>
              <span className="related-block__meta">
                {view.outlet && <span dir="auto">{view.outlet}</span>}
                <time dateTime={new Date(view.time).toISOString()}>{view.when}</time>
              </span>
              {view.excerpt && (
                <span className="related-block__excerpt" dir="auto">
                  {view.excerpt}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {spiked > 0 && (
        <p className="history__note">
          {spiked === 1 ? 'One linked story is spiked and' : `${spiked} linked stories are spiked and`} left out of the
          block.
        </p>
      )}
    </aside>
  );
}
