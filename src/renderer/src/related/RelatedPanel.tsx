import { BacklinkList } from './BacklinkList';
import { LinkList } from './LinkList';
import { LinkPicker } from './LinkPicker';
import { SuggestionList } from './SuggestionList';
import type { RelatedState } from './use-related';
import './related.css';

interface RelatedPanelProps {
  articleId: string;
  related: RelatedState;
  visible: boolean;
  onOpenArticle: (id: string) => void;
}

/** The Related tab: the article's links, the picker, suggestions and "Linked from". */
export function RelatedPanel({ articleId, related, visible, onOpenArticle }: RelatedPanelProps) {
  const { links, change, version } = related;
  const sourceId = articleId;
  return (
    <div className="related-panel">
      {related.error && (
        <p className="field__hint field__hint--problem" role="alert">
          {related.error}{' '}
          <button type="button" className="quiet" onClick={related.dismissError}>
            Dismiss
          </button>
        </p>
      )}
      <section className="panel-section" aria-labelledby="links-heading">
        <h2 id="links-heading">Related links</h2>
        {links ? (
          <LinkList
            links={links.links}
            onReorder={(targetIds) => change(() => window.lede.related.reorder({ sourceId, targetIds }))}
            onUpdate={(targetId, patch) => change(() => window.lede.related.update({ sourceId, targetId, ...patch }))}
            onRemove={(targetId) => change(() => window.lede.related.remove({ sourceId, targetId }))}
          />
        ) : (
          <p className="history__note">Loading links…</p>
        )}
        <LinkPicker
          articleId={articleId}
          version={version}
          onLink={(targetId, relation) => change(() => window.lede.related.add({ sourceId, targetId, relation }))}
        />
      </section>
      <section className="panel-section" aria-labelledby="suggestions-heading">
        <h2 id="suggestions-heading">Suggestions</h2>
        <SuggestionList
          articleId={articleId}
          version={version}
          visible={visible}
          onLink={(targetId) => change(() => window.lede.related.add({ sourceId, targetId }))}
        />
      </section>
      <section className="panel-section" aria-labelledby="backlinks-heading">
        <h2 id="backlinks-heading">Linked from</h2>
        {links && <BacklinkList backlinks={links.backlinks} onOpen={onOpenArticle} />}
      </section>
    </div>
  );
}
