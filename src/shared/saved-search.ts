import { z } from 'zod';
import { LibraryQuery } from './library';

export const maxSavedSearchName = 100;
export const maxSavedSearches = 200;

export const SavedSearchName = z
  .string()
  .transform((name) => name.trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1, 'a saved search needs a name')
      .max(maxSavedSearchName, `a saved search name is at most ${maxSavedSearchName} characters`),
  );

export const SavedSearchId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** A named query the sidebar keeps; opening it runs it again on the stories as they are now. */
export interface SavedSearch {
  id: number;
  name: string;
  query: LibraryQuery;
  createdAt: number;
  updatedAt: number;
}

export const SavedSearchCreate = z.object({ name: SavedSearchName, query: LibraryQuery }).strict();

export const SavedSearchUpdate = z
  .object({ id: SavedSearchId, name: SavedSearchName.optional(), query: LibraryQuery.optional() })
  .strict();
