import { z } from 'zod';
import { channel, NoInput } from '../channel';
import { SavedSearchCreate, SavedSearchId, SavedSearchUpdate, type SavedSearch } from '../saved-search';

export const savedSearchChannels = {
  /** Every saved search, in sidebar order. */
  'searches.list': channel<SavedSearch[]>()(NoInput),

  /** Saves a named query; a name already in use is refused with `invalid_input`. */
  'searches.create': channel<SavedSearch>()(SavedSearchCreate),

  /** Renames a saved search or replaces its query. */
  'searches.update': channel<SavedSearch>()(SavedSearchUpdate),

  /** Removes a saved search (the stories it finds are untouched). */
  'searches.delete': channel<{ id: number }>()(z.object({ id: SavedSearchId }).strict()),
};
