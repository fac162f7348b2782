import { useEffect, useRef, useState } from 'react';
import { asLedeError } from '../../../shared/errors';
import { maxSlugLength, slugify } from '../../../shared/slug';

interface SlugFieldProps {
  articleId: string;
  /** The slug as stored (or just committed). */
  slug: string;
  slugEdited: boolean;
  /** Sends a slug to be saved; '' means "derive it from the headline again". */
  onCommit: (slug: string) => void;
}

type Check = { kind: 'idle' } | { kind: 'checking' } | { kind: 'problem'; message: string };

/**
 * The slug, editable. What is typed is tidied into a slug, checked against the store, and
 * saved only when free; a taken slug is named with its article and never sent, so the
 * rest of the article keeps saving meanwhile.
 */
export function SlugField({ articleId, slug, slugEdited, onCommit }: SlugFieldProps) {
  const [draft, setDraft] = useState<string | undefined>();
  const [check, setCheck] = useState<Check>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef('');
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = async (typed: string): Promise<void> => {
    latest.current = typed;
    if (typed.trim() === '') {
      setCheck({ kind: 'idle' });
      setDraft(undefined);
      onCommit('');
      return;
    }
    const candidate = slugify(typed, maxSlugLength);
    if (candidate === '') {
      setCheck({ kind: 'problem', message: 'A slug needs at least one letter or digit.' });
      return;
    }
    if (candidate === slug && slugEdited) {
      setCheck({ kind: 'idle' });
      return;
    }
    setCheck({ kind: 'checking' });
    try {
      const answer = await window.lede.articles.slugAvailable({ slug: candidate, exceptId: articleId });
      if (latest.current !== typed) return; // the user has typed on; a newer check decides
      if (answer.available) {
        setCheck({ kind: 'idle' });
        onCommit(candidate);
      } else {
        const owner = answer.usedBy?.headline.trim() || 'an untitled article';
        setCheck({
          kind: 'problem',
          message: `“${candidate}” is already used by “${owner}”. Choose another slug; this one was not saved.`,
        });
      }
    } catch (caught) {
      if (latest.current === typed) setCheck({ kind: 'problem', message: asLedeError(caught).message });
    }
  };

  const shown = draft ?? slug;
  return (
    <div className="field field--slug">
      <label className="field__label" htmlFor="field-slug">
        Slug
      </label>
      <div className="field__row">
        <input
          id="field-slug"
          value={shown}
          spellCheck={false}
          aria-describedby="slug-hint"
          aria-invalid={check.kind === 'problem' ? true : undefined}
          onChange={(event) => {
            const typed = event.target.value;
            setDraft(typed);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => void commit(typed), 500);
          }}
          onBlur={() => {
            if (draft === undefined) return;
            clearTimeout(timer.current);
            void commit(draft).then(() => {
              // Show the tidied slug once it is accepted.
              if (latest.current === draft) setDraft((current) => (current === draft ? undefined : current));
            });
          }}
        />
        {slugEdited && (
          <button
            type="button"
            className="quiet"
            onClick={() => {
              setDraft(undefined);
              void commit('');
            }}
          >
            Follow headline
          </button>
        )}
      </div>
      <p
        id="slug-hint"
        className={`field__hint${check.kind === 'problem' ? ' field__hint--problem' : ''}`}
        role="status"
      >
        {check.kind === 'problem'
          ? check.message
          : check.kind === 'checking'
            ? 'Checking the slug…'
            : slugEdited || draft !== undefined
              ? 'Set by hand.'
              : 'Follows the headline until you edit it.'}
      </p>
    </div>
  );
}
