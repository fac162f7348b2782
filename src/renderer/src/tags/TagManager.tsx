import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TagChange } from '../../../shared/channels/tags';
import { asLedeError } from '../../../shared/errors';
import { tagKindLabels, tagKinds, tagNameKey, type TagKind, type TagWithCount } from '../../../shared/tag';
import { TagRow } from './TagRow';
import './tags.css';

interface TagManagerProps {
  /** Show the library filtered to this tag. */
  onShowArticles: (tag: TagWithCount) => void;
  onClose: () => void;
}

/** How many tags of a kind show before "Show all". */
const pageSize = 100;

/**
 * The tag manager: every tag by kind with its article count; rename, merge and delete,
 * the last two undoable from here (each article keeps a version from before), and a way
 * to list a tag's articles.
 */
export function TagManager({ onShowArticles, onClose }: TagManagerProps) {
  const [tags, setTags] = useState<TagWithCount[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [filter, setFilter] = useState('');
  const [kind, setKind] = useState<TagKind | ''>('');
  const [expanded, setExpanded] = useState<Set<TagKind>>(new Set());
  const [notice, setNotice] = useState<{ message: string; change?: TagChange } | undefined>();
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    window.lede.tags
      .list({})
      .then((list) => live && setTags(list))
      .catch((caught: unknown) => live && setError(asLedeError(caught).message));
    return () => {
      live = false;
    };
  }, [reloads]);

  const onChanged = useCallback((result: { message: string; change?: TagChange } | undefined) => {
    if (!result) return;
    setNotice(result);
    setReloads((n) => n + 1);
  }, []);

  const undo = async (change: TagChange): Promise<void> => {
    try {
      const { articles } = await window.lede.tags.putBack({ revisionIds: change.versions });
      setNotice({
        message: `Undone: the tags of ${articles.toLocaleString('en')} article${articles === 1 ? '' : 's'} are back as they were.`,
      });
      setReloads((n) => n + 1);
    } catch (caught) {
      setNotice({ message: asLedeError(caught).message });
    }
  };

  const groups = useMemo(() => {
    const key = tagNameKey(filter);
    const shown = (tags ?? []).filter(
      (tag) => (kind === '' || tag.kind === kind) && (key === '' || tagNameKey(tag.name).includes(key)),
    );
    return tagKinds
      .map((k) => ({ kind: k, tags: shown.filter((tag) => tag.kind === k) }))
      .filter((group) => group.tags.length > 0);
  }, [tags, filter, kind]);

  return (
    <section className="tag-manager" aria-labelledby="tag-manager-heading">
      <div className="tag-manager__tools">
        <h1 id="tag-manager-heading">Tags</h1>
        <label>
          <span>Find a tag</span>
          <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </label>
        <label>
          <span>Kind</span>
          <select value={kind} onChange={(event) => setKind(event.target.value as TagKind | '')}>
            <option value="">All kinds</option>
            {tagKinds.map((k) => (
              <option key={k} value={k}>
                {tagKindLabels[k]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={onClose}>
          Back to the article
        </button>
      </div>
      {notice && (
        <p className="bar-notice" role="status" data-testid="tag-notice">
          {notice.message}{' '}
          {notice.change && notice.change.versions.length > 0 && (
            <button type="button" onClick={() => void undo(notice.change!)}>
              Undo
            </button>
          )}{' '}
          <button type="button" className="quiet" onClick={() => setNotice(undefined)}>
            Dismiss
          </button>
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      {!tags ? (
        <p className="history__note">Loading tags…</p>
      ) : groups.length === 0 ? (
        <p className="history__note">
          {tags.length === 0 ? 'No tags yet. Add them to an article from its Details panel.' : 'No tag matches.'}
        </p>
      ) : (
        groups.map((group) => {
          const all = expanded.has(group.kind);
          return (
            <section key={group.kind} aria-labelledby={`tags-${group.kind}`}>
              <h2 id={`tags-${group.kind}`}>
                {tagKindLabels[group.kind]} ({group.tags.length.toLocaleString('en')})
              </h2>
              <ul className="tag-rows" aria-label={`${tagKindLabels[group.kind]} tags`}>
                {(all ? group.tags : group.tags.slice(0, pageSize)).map((tag) => (
                  <TagRow key={tag.id} tag={tag} onChanged={onChanged} onShowArticles={onShowArticles} />
                ))}
              </ul>
              {!all && group.tags.length > pageSize && (
                <button
                  type="button"
                  className="quiet"
                  onClick={() => setExpanded((set) => new Set(set).add(group.kind))}
                >
                  Show all {group.tags.length.toLocaleString('en')} {tagKindLabels[group.kind].toLowerCase()} tags
                </button>
              )}
            </section>
          );
        })
      )}
    </section>
  );
}
