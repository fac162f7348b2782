import { useCallback, useEffect, useState } from 'react';
import type { Article, ArticleFields } from '../../../shared/article';
import type { RecoveryEntry } from '../../../shared/recovery';

export interface RecoveryOfferState {
  /** True until the journal has been asked; the editor waits, so it never opens over lost text. */
  checking: boolean;
  /** Unsaved text waiting for the user's choice. */
  offer: RecoveryEntry | null;
  /** The entry the user chose to recover and its differing fields, until the editor is reloaded. */
  recovered: { entry: RecoveryEntry; edits: ArticleFields } | null;
  recover(): void;
  discard(): Promise<void>;
  /** Forgets a recovery already applied (the article is being reloaded). */
  drop(): void;
}

/** Asks the recovery journal about one article when it opens. */
export function useRecoveryOffer(articleId: string): RecoveryOfferState {
  const [checked, setChecked] = useState<{ id: string; entry: RecoveryEntry | null } | undefined>();
  const [recovered, setRecovered] = useState<RecoveryOfferState['recovered']>(null);

  useEffect(() => {
    let live = true;
    window.lede.recovery
      .get({ articleId })
      // The journal is a safety net: if it cannot be read, the article still opens.
      .catch(() => null)
      .then((entry) => live && setChecked({ id: articleId, entry }));
    return () => {
      live = false;
    };
  }, [articleId]);

  const current = checked?.id === articleId ? checked : undefined;
  const offer = current?.entry ?? null;
  const recover = useCallback(() => {
    setRecovered(offer && { entry: offer, edits: recoveredEdits(offer) });
    setChecked({ id: articleId, entry: null });
  }, [articleId, offer]);
  const discard = useCallback(async () => {
    setChecked({ id: articleId, entry: null });
    await window.lede.recovery.clear({ articleId }).catch(() => undefined);
  }, [articleId]);
  const drop = useCallback(() => setRecovered(null), []);

  return { checking: current === undefined, offer, recovered, recover, discard, drop };
}

/**
 * The article as the editor should open it after "Recover": the journal's fields over the
 * stored ones, based on the revision the journal's edits were made against, so that a
 * save over a newer version is refused as a conflict rather than overwriting it.
 */
export function withRecovered(article: Article, entry: RecoveryEntry): Article {
  // The embargo (as entered: date, time, zone) and the tags (as ids) are only saved from the
  // edits; the form shows the stored ones until then.
  const { altHeadlines, embargo: _embargo, tags: _tags, ...fields } = entry.fields;
  return {
    ...article,
    ...fields,
    altHeadlines: { ...article.altHeadlines, ...altHeadlines } as Article['altHeadlines'],
    revision: entry.baseRevision,
  } as Article;
}

/** Just the fields that differ from the store: they become the editor's unsaved edits. */
export function recoveredEdits(entry: RecoveryEntry): ArticleFields {
  return Object.fromEntries(entry.changed.map((name) => [name, entry.fields[name]])) as ArticleFields;
}
