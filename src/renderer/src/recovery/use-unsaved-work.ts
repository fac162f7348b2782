import { useEffect, useMemo, useRef } from 'react';
import type { ArticleFields } from '../../../shared/article';
import type { Autosave, Edits } from '../editor/autosave';
import { RecoveryJournal } from './recovery-journal';

/** What the conflict and recovery controls need from an open article's unsaved work. */
export interface UnsavedWork {
  /** The user's fields: what is on screen, plus any other unsaved field the autosave holds. */
  readFields(): ArticleFields;
  /** Names of the fields with unsaved edits. */
  fieldNames(): string[];
  /** Drops the unsaved edits and their journal entry; nothing of them is saved. */
  discard(): Promise<void>;
}

// Spelled out rather than read from the zod schema, which would put zod in the page bundle.
const fieldNames = [
  'kicker',
  'headline',
  'altHeadlines',
  'standfirst',
  'slug',
  'bylines',
  'dateline',
  'section',
  'source',
  'language',
  'urgency',
  'editorsNote',
  'embargo',
  'body',
  'hero',
  'tags',
] as const;
// Fails to compile when ArticleFields gains a field this list lacks.
const everyField: Record<Exclude<keyof ArticleFields, (typeof fieldNames)[number]>, never> = {};
void everyField;

/** Only the article fields of a patch: the journal and a copy accept nothing else. */
function pickFields(patch: Record<string, unknown>): ArticleFields {
  const fields: Record<string, unknown> = {};
  for (const name of fieldNames) if (patch[name] !== undefined) fields[name] = patch[name];
  return fields as ArticleFields;
}

/** Recovered fields as autosave edits, so they save like typing would. */
function toEdits(fields: ArticleFields): Edits {
  const { body, ...rest } = fields;
  const edits: Edits = { ...rest };
  if (body !== undefined) edits.body = () => body;
  return edits;
}

/**
 * Journals an open article's unsaved edits to the store (see RecoveryJournal), flushes the
 * journal when the page hides or the editor closes, and, when the article was opened
 * with recovered text, hands that text to the autosave as unsaved edits.
 */
export function useUnsavedWork(
  articleId: string,
  autosave: Autosave,
  readDraft: () => ArticleFields,
  recovered?: ArticleFields,
): UnsavedWork {
  const readRef = useRef(readDraft);
  useEffect(() => {
    readRef.current = readDraft;
  });
  const journalRef = useRef<RecoveryJournal | undefined>(undefined);

  useEffect(() => {
    const journal = new RecoveryJournal({
      articleId,
      source: autosave,
      read: () => ({ ...pickFields(autosave.unsavedPatch()), ...readRef.current() }),
      put: (entry) => window.lede.recovery.put(entry),
      clear: (id) => window.lede.recovery.clear({ articleId: id }),
    });
    journalRef.current = journal;
    const onHide = (): void => void journal.flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      // The autosave flushes too as the editor closes; should that save fail, this is kept.
      if (autosave.unsaved) void journal.flush();
      journal.dispose();
    };
  }, [articleId, autosave]);

  useEffect(() => {
    if (recovered) autosave.change(toEdits(recovered));
  }, [autosave, recovered]);

  return useMemo(
    () => ({
      readFields: () => ({ ...pickFields(autosave.unsavedPatch()), ...readRef.current() }),
      fieldNames: () => autosave.unsavedFields(),
      discard: async () => {
        const forgotten = journalRef.current?.forget();
        autosave.discard();
        await forgotten;
      },
    }),
    [autosave],
  );
}
