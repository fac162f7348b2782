import type { Article } from '../article';
import type { ImageType } from '../asset';
import type { RelatedBlockItem } from '../related';

/** The layouts a story is previewed and exported in. */
export const layouts = ['web', 'mobile', 'print', 'newsletter', 'social'] as const;
export type Layout = (typeof layouts)[number];

/** The outlet name pages print until the desk sets its own. */
export const defaultOutlet = 'Lede';

export const layoutLabels: Record<Layout, string> = {
  web: 'Web article',
  mobile: 'Mobile',
  print: 'Print column',
  newsletter: 'Newsletter',
  social: 'Social card',
};

/** An image as a rendered page points at it: a data URI (self-contained) or a file beside the page. */
export interface RenderAsset {
  src: string;
  type: ImageType;
  width: number;
  height: number;
}

/** The article's fields a page prints; the whole Article fits. */
export type RenderArticle = Pick<
  Article,
  | 'id'
  | 'kicker'
  | 'headline'
  | 'altHeadlines'
  | 'standfirst'
  | 'slug'
  | 'bylines'
  | 'dateline'
  | 'section'
  | 'source'
  | 'language'
  | 'editorsNote'
  | 'tags'
  | 'body'
  | 'hero'
  | 'wordCount'
  | 'status'
  | 'createdAt'
  | 'updatedAt'
  | 'firstPublishedAt'
>;

export interface RenderOptions {
  layout: Layout;
  /** The moment relative times ("2 hours ago") are counted from: never the clock, so one input gives one page. */
  asOf: number;
  /** The publication's name, for the social card, the newsletter and JSON-LD's publisher. */
  outlet: string;
}

/** Everything a page is made from; the same input always gives the same bytes. */
export interface RenderInput {
  article: RenderArticle;
  /** The related block, in order, spiked stories already left out. */
  related: readonly RelatedBlockItem[];
  /** Images by asset hash; an image not here is left out of the page. */
  assets: Readonly<Record<string, RenderAsset>>;
  options: RenderOptions;
}
