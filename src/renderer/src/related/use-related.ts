import { useCallback, useEffect, useState } from 'react';
import { asLedeError } from '../../../shared/errors';
import type { RelatedBlockItem, RelatedLinks } from '../../../shared/related';

export interface RelatedState {
  links: RelatedLinks | undefined;
  /** The block as previews print it: in order, spiked stories left out. */
  block: RelatedBlockItem[];
  error: string | undefined;
  /** Goes up after every change, so suggestions reload. */
  version: number;
  /** Runs a change; its answer (the new links) replaces the list. Failures show as `error`. */
  change: (call: () => Promise<RelatedLinks>) => Promise<boolean>;
  dismissError: () => void;
}

/** An article's related links, backlinks and block, kept fresh after each change. */
export function useRelated(articleId: string): RelatedState {
  const [links, setLinks] = useState<RelatedLinks | undefined>();
  const [block, setBlock] = useState<RelatedBlockItem[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    Promise.all([window.lede.related.list({ articleId }), window.lede.related.block({ articleId })])
      .then(([loaded, items]) => {
        if (!live) return;
        setLinks(loaded);
        setBlock(items);
      })
      .catch((caught: unknown) => live && setError(asLedeError(caught).message));
    return () => {
      live = false;
    };
  }, [articleId, version]);

  const change = useCallback(async (call: () => Promise<RelatedLinks>): Promise<boolean> => {
    try {
      setLinks(await call());
      setError(undefined);
      return true;
    } catch (caught) {
      setError(asLedeError(caught).message);
      return false;
    } finally {
      setVersion((n) => n + 1);
    }
  }, []);

  return { links, block, error, version, change, dismissError: () => setError(undefined) };
}
