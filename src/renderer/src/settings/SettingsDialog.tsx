import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { asLedeError } from '../../../shared/errors';
import { deskLimitBounds, editorFontSizeBounds, SettingsPatch, type Theme } from '../../../shared/settings';
import type { StoreStatus } from '../../../shared/store-status';
import { DataFolderSection } from './DataFolderSection';
import { draftOf, limitFields, patchOf, themeChoices, type SettingsDraft } from './settings-form';
import { useSettings } from './use-settings';
import './settings.css';

interface SettingsDialogProps {
  dataDir: string;
  onClose: () => void;
  /** The store moved to another folder. */
  onMoved: (status: StoreStatus) => void;
}

/** The settings form in a modal dialog; everything is stored in the store's settings table. */
export function SettingsDialog({ dataDir, onClose, onMoved }: SettingsDialogProps) {
  const { settings, update } = useSettings();
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(settings));
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const id = useId();
  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const parsed = SettingsPatch.safeParse(patchOf(draft));
    if (!parsed.success) {
      setError(`Not saved: ${parsed.error.issues[0]?.message ?? 'a value is not valid'}.`);
      return;
    }
    setSaving(true);
    try {
      await update(parsed.data);
      onClose();
    } catch (caught) {
      setError(asLedeError(caught).message);
      setSaving(false);
    }
  };

  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby={`${id}-title`} onCancel={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <h2 id={`${id}-title`}>Settings</h2>
        <fieldset>
          <legend>You and new articles</legend>
          <label className="settings-dialog__field">
            <span>Your name</span>
            <input
              value={draft.authorName}
              onChange={(event) => set('authorName', event.target.value)}
              placeholder="Shown on saved versions"
            />
          </label>
          <label className="settings-dialog__field">
            <span>Default byline</span>
            <input
              value={draft.defaultByline}
              onChange={(event) => set('defaultByline', event.target.value)}
              placeholder="Put on new articles"
            />
          </label>
          <label className="settings-dialog__field">
            <span>Default section</span>
            <input
              value={draft.defaultSection}
              onChange={(event) => set('defaultSection', event.target.value)}
              placeholder="Where new articles start"
            />
          </label>
        </fieldset>
        <fieldset>
          <legend>Desk limits (characters)</legend>
          {limitFields.map(({ key, label }) => (
            <label key={key} className="settings-dialog__field settings-dialog__field--limit">
              <span>{label}</span>
              <input
                type="number"
                inputMode="numeric"
                min={deskLimitBounds.min}
                max={deskLimitBounds.max}
                step={1}
                value={draft.limits[key]}
                onChange={(event) => set('limits', { ...draft.limits, [key]: event.target.value })}
              />
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Appearance</legend>
          <div role="radiogroup" aria-label="Theme" className="settings-dialog__choices">
            {themeChoices.map((choice) => (
              <label key={choice.value}>
                <input
                  type="radio"
                  name={`${id}-theme`}
                  value={choice.value}
                  checked={draft.theme === choice.value}
                  onChange={() => set('theme', choice.value as Theme)}
                />{' '}
                {choice.label}
              </label>
            ))}
          </div>
          <label className="settings-dialog__field">
            <span>Editor text size (pixels)</span>
            <input
              type="number"
              inputMode="numeric"
              min={editorFontSizeBounds.min}
              max={editorFontSizeBounds.max}
              step={1}
              value={draft.editorFontSize}
              onChange={(event) => set('editorFontSize', event.target.value)}
            />
          </label>
        </fieldset>
        <fieldset>
          <legend>Spelling and exports</legend>
          <label className="settings-dialog__field settings-dialog__field--wide">
            <span>Spellcheck languages</span>
            <input
              value={draft.spellcheckLanguages}
              onChange={(event) => set('spellcheckLanguages', event.target.value)}
              placeholder="e.g. en-GB, fr"
              aria-describedby={`${id}-spell`}
            />
          </label>
          <p className="settings-dialog__hint" id={`${id}-spell`}>
            Used beside each article’s own language (Windows and Linux; macOS chooses its own).
          </p>
          <label className="settings-dialog__field settings-dialog__field--wide">
            <span>Default export folder</span>
            <input
              value={draft.exportFolder}
              onChange={(event) => set('exportFolder', event.target.value)}
              placeholder="An absolute path, e.g. /home/desk/exports"
            />
          </label>
        </fieldset>
        {error && (
          <p className="settings-dialog__error" role="alert">
            {error}
          </p>
        )}
        <div className="settings-dialog__actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving}>
            Save settings
          </button>
        </div>
      </form>
      <DataFolderSection dataDir={dataDir} onMoved={onMoved} />
    </dialog>
  );
}
