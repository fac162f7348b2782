import { z } from 'zod';
import { ArticleId } from '../article';
import { channel } from '../channel';
import {
  LinkAddInput,
  LinkRemoveInput,
  LinkReorderInput,
  LinkSearchInput,
  LinkUpdateInput,
  SuggestInput,
  type LinkCandidate,
  type RelatedBlockItem,
  type RelatedLinks,
  type Suggestion,
} from '../related';

const ArticleInput = z.object({ articleId: ArticleId }).strict();

export const relatedChannels = {
  /** An article's related links in order (spiked stories marked by status) and its backlinks. */
  'related.list': channel<RelatedLinks>()(ArticleInput),

  /**
   * Links a story at the end of the list. Refused, changing nothing: the article itself,
   * a missing or spiked story, a story linked already (`already_exists`).
   */
  'related.add': channel<RelatedLinks>()(LinkAddInput),

  /** Changes a link's relation or note. */
  'related.update': channel<RelatedLinks>()(LinkUpdateInput),

  'related.remove': channel<RelatedLinks>()(LinkRemoveInput),

  /** Puts the links in this order; it must name each linked story once. */
  'related.reorder': channel<RelatedLinks>()(LinkReorderInput),

  /** The related block as previews and exports print it: in order, spiked stories left out. */
  'related.block': channel<RelatedBlockItem[]>()(ArticleInput),

  /** The link picker: headlines and standfirsts matching what was typed, or a pasted id. */
  'related.search': channel<LinkCandidate[]>()(LinkSearchInput),

  /** Ranked stories to link, each saying why; linked and spiked stories are left out. */
  'related.suggest': channel<Suggestion[]>()(SuggestInput),
};
