import { z } from 'zod';
import type { Article } from '../article';
import { channel } from '../channel';
import {
  RevisionCreateInput,
  RevisionId,
  RevisionListInput,
  RevisionRestoreInput,
  type Revision,
  type RevisionSummary,
} from '../revision';

export const revisionChannels = {
  /** An article's versions, newest first. */
  'revisions.list': channel<RevisionSummary[]>()(RevisionListInput),

  /** One version with everything it kept. */
  'revisions.get': channel<Revision>()(z.object({ id: RevisionId }).strict()),

  /**
   * Keeps a version of the article as it is stored now: `autosave` when typing pauses,
   * `manual` for "Save version". Nothing new is written when the latest version already
   * holds this revision; that version is returned (marked manual if asked for).
   */
  'revisions.create': channel<RevisionSummary>()(RevisionCreateInput),

  /**
   * Puts a version's content back as a new revision of the article, conflict-checked
   * against `baseRevision`. The current state is kept as a version first and the result
   * as another, so a restore loses nothing and can itself be undone. The status stays.
   */
  'revisions.restore': channel<Article>()(RevisionRestoreInput),
};
