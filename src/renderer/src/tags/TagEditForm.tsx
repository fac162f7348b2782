import { useState, type FormEvent } from 'react';
import { asLedeError } from '../../../shared/errors';
import { ExternalIds, TagName, tagKindLabels, tagKinds, type TagKind, type TagWithCount } from '../../../shared/tag';

interface TagEditFormProps {
  tag: TagWithCount;
  onDone: (message: string | undefined) => void;
}

/** Rename a tag, change its kind, or edit its external ids (one URI a line). */
export function TagEditForm({ tag, onDone }: TagEditFormProps) {
  const [name, setName] = useState(tag.name);
  const [kind, setKind] = useState<TagKind>(tag.kind);
  const [ids, setIds] = useState(tag.externalIds.join('\n'));
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const prefix = `tag-edit-${tag.id}`;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const parsedName = TagName.safeParse(name);
    const parsedIds = ExternalIds.safeParse(ids.split('\n').filter((line) => line.trim() !== ''));
    const issue = !parsedName.success
      ? parsedName.error.issues[0]
      : !parsedIds.success
        ? parsedIds.error.issues[0]
        : undefined;
    if (issue || !parsedName.success || !parsedIds.success) {
      setProblem(`Not saved: ${issue?.message ?? 'a value is not valid'}.`);
      return;
    }
    setBusy(true);
    try {
      const saved = await window.lede.tags.update({
        id: tag.id,
        name: parsedName.data,
        kind,
        externalIds: parsedIds.data,
      });
      onDone(
        saved.name !== tag.name
          ? `Renamed “${tag.name}” to “${saved.name}” on ${saved.articleCount.toLocaleString('en')} articles.`
          : 'Tag saved.',
      );
    } catch (caught) {
      setProblem(asLedeError(caught).message);
      setBusy(false);
    }
  };

  return (
    <form className="tag-edit" noValidate onSubmit={(event) => void submit(event)} aria-label={`Edit tag ${tag.name}`}>
      <label>
        <span>Name</span>
        <input id={`${prefix}-name`} value={name} onChange={(event) => setName(event.target.value)} autoFocus />
      </label>
      <label>
        <span>Kind</span>
        <select value={kind} onChange={(event) => setKind(event.target.value as TagKind)}>
          {tagKinds.map((option) => (
            <option key={option} value={option}>
              {tagKindLabels[option]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>External ids (one URI a line, e.g. IPTC Media Topic or Wikidata)</span>
        <textarea rows={2} value={ids} onChange={(event) => setIds(event.target.value)} spellCheck={false} />
      </label>
      {problem && (
        <p className="field__hint field__hint--problem" role="alert">
          {problem}
        </p>
      )}
      <div className="tag-edit__actions">
        <button type="submit" className="primary" disabled={busy}>
          Save tag
        </button>
        <button type="button" onClick={() => onDone(undefined)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
