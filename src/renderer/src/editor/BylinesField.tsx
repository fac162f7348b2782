import { useRef } from 'react';
import { articleLimits } from '../../../shared/article';
import type { TextDirection } from '../../../shared/text-direction';
import { HeaderField } from './HeaderField';

interface BylinesFieldProps {
  bylines: string[];
  onChange: (bylines: string[]) => void;
  dir: TextDirection;
  lang: string;
}

/** One field per byline; the first is "Byline", the others are numbered. */
export function BylinesField({ bylines, onChange, dir, lang }: BylinesFieldProps) {
  const shown = bylines.length > 0 ? bylines : [''];
  const group = useRef<HTMLDivElement>(null);
  const focusAt = (index: number): void => {
    requestAnimationFrame(() => group.current?.querySelector<HTMLInputElement>(`#field-byline-${index}`)?.focus());
  };
  return (
    <div className="bylines" ref={group}>
      {shown.map((byline, index) => (
        <div className="bylines__row" key={index}>
          <HeaderField
            id={`field-byline-${index}`}
            label={index === 0 ? 'Byline' : `Byline ${index + 1}`}
            name="byline"
            value={byline}
            max={articleLimits.byline}
            onChange={(value) => onChange(shown.map((old, at) => (at === index ? value : old)))}
            dir={dir}
            lang={lang}
            placeholder="By …"
            className="field--byline"
          />
          {shown.length > 1 && (
            <button
              type="button"
              className="quiet"
              aria-label={`Remove byline ${index + 1}${byline.trim() ? ` (${byline.trim()})` : ''}`}
              onClick={() => {
                onChange(shown.filter((_, at) => at !== index));
                focusAt(Math.max(0, index - 1));
              }}
            >
              Remove
            </button>
          )}
        </div>
      ))}
      {shown.length < articleLimits.bylines && (
        <button
          type="button"
          className="quiet bylines__add"
          onClick={() => {
            onChange([...shown, '']);
            focusAt(shown.length);
          }}
        >
          Add byline
        </button>
      )}
    </div>
  );
}
