import { useState } from 'react';
import { canonicalLanguage, commonLanguages, languageName } from '../../../shared/language';
import { textDirection } from '../../../shared/text-direction';

interface LanguageFieldProps {
  language: string;
  /** Called with a canonical tag only; a malformed one is explained and never sent. */
  onCommit: (language: string) => void;
}

/** The article's language as a BCP 47 tag, with its name and the direction it sets. */
export function LanguageField({ language, onCommit }: LanguageFieldProps) {
  const [draft, setDraft] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const shown = draft ?? language;
  const direction = textDirection(language) === 'rtl' ? 'right to left' : 'left to right';
  return (
    <div className="field">
      <label className="field__label" htmlFor="field-language">
        Language
      </label>
      <input
        id="field-language"
        value={shown}
        list="language-options"
        spellCheck={false}
        autoComplete="off"
        aria-describedby="language-hint"
        aria-invalid={problem ? true : undefined}
        onChange={(event) => {
          const typed = event.target.value;
          setDraft(typed);
          const canonical = canonicalLanguage(typed);
          if (canonical) {
            setProblem(undefined);
            if (canonical !== language) onCommit(canonical);
          }
        }}
        onBlur={() => {
          if (draft === undefined) return;
          if (canonicalLanguage(draft)) setDraft(undefined);
          else
            setProblem(
              `“${draft}” is not a language tag like en, en-GB, ar or ur; the article stays in ${languageName(language)}.`,
            );
        }}
      />
      <datalist id="language-options">
        {commonLanguages.map((tag) => (
          <option key={tag} value={tag}>
            {languageName(tag)}
          </option>
        ))}
      </datalist>
      <p id="language-hint" className={`field__hint${problem ? ' field__hint--problem' : ''}`} role="status">
        {problem ?? `${languageName(language)}, reads ${direction}.`}
      </p>
    </div>
  );
}
