import type Database from 'better-sqlite3';
import { LedeError } from '../../../shared/errors';

export interface TrashService {
  /** How many stories are spiked. */
  count(): number;
  /**
   * Deletes every spiked story for good (with its versions and tags), but only if the
   * trash still holds `expected` stories, the number the user was shown and agreed to;
   * otherwise refuses with `conflict` and deletes nothing.
   */
  empty(expected: number): { deleted: number };
}

/** The trash: spiked stories. Taking one out is a workflow move (articles.setStatus). */
export function createTrashService(db: Database.Database): TrashService {
  const countSpiked = db.prepare("SELECT count(*) FROM library_entries WHERE status = 'spiked'").pluck();
  const deleteSpiked = db.prepare("DELETE FROM articles WHERE status = 'spiked'");
  const count = (): number => countSpiked.get() as number;
  return {
    count,
    empty(expected) {
      return db.transaction(() => {
        const now = count();
        if (now !== expected) {
          throw new LedeError(
            'conflict',
            `The trash now holds ${now} ${now === 1 ? 'story' : 'stories'}, not ${expected}; nothing was deleted. Look at it again and empty it if you still want to.`,
          );
        }
        return { deleted: deleteSpiked.run().changes };
      })();
    },
  };
}
