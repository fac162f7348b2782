import { mobilePage, newsletterPage, printPage, socialCard, webPage } from './layouts';
import type { Layout, RenderInput } from './render-types';

const pages: Record<Layout, (input: RenderInput) => string> = {
  web: webPage,
  mobile: mobilePage,
  print: printPage,
  newsletter: newsletterPage,
  social: socialCard,
};

/**
 * One complete HTML document for the layout in `input.options`: what the preview pane shows
 * and what export writes, from one function, so the two are byte for byte the same. Pure:
 * no clock (relative times count from `options.asOf`), no DOM, no I/O.
 */
export function renderArticle(input: RenderInput): string {
  return pages[input.options.layout](input);
}
