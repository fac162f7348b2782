import { useState } from 'react';
import { embargoProblem, type Embargo, type EmbargoInput } from '../../../shared/embargo';
import { shortLocal } from '../../../shared/zoned-time';

interface EmbargoFieldProps {
  embargo: Embargo | null;
  /** Called with a sound embargo, or null to clear it; a malformed one is never sent. */
  onCommit: (embargo: EmbargoInput | null) => void;
}

const systemZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
let zones: string[] | undefined;
const knownZones = (): string[] => (zones ??= Intl.supportedValuesOf('timeZone'));

/** Date, time and time zone of the embargo; "Clear" removes it. */
export function EmbargoField({ embargo, onCommit }: EmbargoFieldProps) {
  const [local, setLocal] = useState(embargo ? shortLocal(embargo.local) : '');
  const [zone, setZone] = useState(embargo?.timeZone ?? systemZone());
  const [problem, setProblem] = useState<string | undefined>();

  const consider = (nextLocal: string, nextZone: string): void => {
    if (nextLocal === '') {
      setProblem(undefined);
      if (embargo) onCommit(null);
      return;
    }
    const input = { local: nextLocal, timeZone: nextZone.trim() };
    const found = embargoProblem(input);
    if (found) {
      setProblem(`Not saved: ${found}.`);
      return;
    }
    setProblem(undefined);
    if (!embargo || embargo.local !== input.local || embargo.timeZone !== input.timeZone) onCommit(input);
  };

  return (
    <fieldset className="field field--embargo" aria-describedby="embargo-hint">
      <legend className="field__label">Embargo</legend>
      <div className="field__row">
        <label className="field__inline">
          <span className="visually-hidden">Embargo date and time</span>
          <input
            id="field-embargo"
            type="datetime-local"
            value={local}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => {
              setLocal(event.target.value);
              consider(event.target.value, zone);
            }}
          />
        </label>
        <label className="field__inline">
          <span className="visually-hidden">Embargo time zone</span>
          <input
            id="field-embargo-zone"
            value={zone}
            list="time-zones"
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => {
              setZone(event.target.value);
              if (local) consider(local, event.target.value);
            }}
          />
        </label>
        <button
          type="button"
          className="quiet"
          disabled={!local && !embargo}
          onClick={() => {
            setLocal('');
            consider('', zone);
          }}
        >
          Clear
        </button>
      </div>
      <datalist id="time-zones">
        {knownZones().map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <p id="embargo-hint" className={`field__hint${problem ? ' field__hint--problem' : ''}`} role="status">
        {problem ?? (local ? `Not to be published before this time in ${zone}.` : 'No embargo.')}
      </p>
    </fieldset>
  );
}
