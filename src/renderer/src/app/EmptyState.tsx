const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const newKey = isMac ? '⌘N' : 'Ctrl+N';

/** What a new user sees: what Lede is for and the one key that starts. */
export function EmptyState({ hasArticles, onCreate }: { hasArticles: boolean; onCreate: () => void }) {
  return (
    <section className="empty-state" aria-labelledby="empty-heading">
      <h1 id="empty-heading">{hasArticles ? 'Pick an article to edit' : 'Write your first article'}</h1>
      <p>
        {hasArticles
          ? 'Choose one from the list, or start a new one.'
          : 'Lede keeps every article on this computer and saves as you type.'}{' '}
        Press <kbd>{newKey}</kbd> or use the button below to start a new article.
      </p>
      <button type="button" className="primary" onClick={onCreate}>
        New article
      </button>
    </section>
  );
}
