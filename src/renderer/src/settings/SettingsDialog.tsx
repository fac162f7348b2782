import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { asLedeError } from '../../../shared/errors';
import { deskLimitBounds, SettingsPatch, type DeskLimits } from '../../../shared/settings';
import { useSettings } from './use-settings';
import './settings.css';

const limitFields: { key: keyof DeskLimits; label: string }[] = [
  { key: 'headline', label: 'Headline' },
  { key: 'standfirst', label: 'Standfirst' },
  { key: 'web', label: 'Web headline' },
  { key: 'seo', label: 'SEO headline' },
  { key: 'social', label: 'Social headline' },
];

/** The settings form in a modal dialog: your name and the desk's length limits. */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { settings, update } = useSettings();
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(settings.authorName);
  const [limits, setLimits] = useState<Record<keyof DeskLimits, string>>(
    () =>
      Object.fromEntries(limitFields.map(({ key }) => [key, String(settings.deskLimits[key])])) as Record<
        keyof DeskLimits,
        string
      >,
  );
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const parsed = SettingsPatch.safeParse({
      authorName: name,
      deskLimits: Object.fromEntries(limitFields.map(({ key }) => [key, Number(limits[key])])),
    });
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
        <label className="settings-dialog__field">
          <span>Your name</span>
          <input value={name} onChange={(event) => setName(event.target.value)} placeholder="Shown on saved versions" />
        </label>
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
                value={limits[key]}
                onChange={(event) => setLimits((current) => ({ ...current, [key]: event.target.value }))}
              />
            </label>
          ))}
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
    </dialog>
  );
}
