import { ArticleId } from '../../../shared/article';

/**
 * The article a window was opened for: main loads the page with `#article=<id>` when
 * someone opens an article in its own window. Anything else in the hash is ignored.
 */
export function articleFromLocation(): string | undefined {
  const match = /^#article=([0-9a-f-]{36})$/i.exec(window.location.hash);
  return match && ArticleId.safeParse(match[1]).success ? match[1] : undefined;
}
