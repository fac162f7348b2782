import { useState, type ChangeEvent, type ClipboardEvent } from 'react';
import type { TextDirection } from '../../../shared/text-direction';
import { cutToLength } from '../../../shared/text-counts';

interface HeaderFieldProps {
  id: string;
  label: string;
  /** What the field is called in messages, when the label alone is too short ("Web"). */
  name?: string;
  value: string;
  /** The contract's hard limit, in UTF-16 units; a paste past it is cut, with a message. */
  max: number;
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  dir?: TextDirection;
  lang?: string;
  placeholder?: string;
  className?: string;
  /** Ids of elements that describe the field (its counter). */
  describedBy?: string;
  autoFocus?: boolean;
}

/**
 * A labelled text field for the article's header (headline, standfirst, kicker, …). Text
 * that would pass the field's hard limit, pasted or dropped, is cut to fit and the user is
 * told how much was left out: never silently.
 */
export function HeaderField(props: HeaderFieldProps) {
  const { id, label, value, max, onChange, multiline, rows = 1, describedBy } = props;
  const [notice, setNotice] = useState<string | undefined>();
  const noticeId = `${id}-notice`;

  const cutNotice = (leftOut: number): string =>
    `The paste was cut to fit: the ${props.name ?? label.toLowerCase()} holds at most ${max.toLocaleString('en')} characters, so the last ${leftOut.toLocaleString('en')} were left out.`;

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>): void => {
    const field = event.currentTarget;
    let pasted = event.clipboardData.getData('text/plain');
    if (!multiline) pasted = pasted.replace(/\s*[\r\n]+\s*/g, ' ');
    const start = field.selectionStart ?? value.length;
    const end = field.selectionEnd ?? start;
    const room = max - (value.length - (end - start));
    if (pasted.length <= room) return;
    event.preventDefault();
    const kept = cutToLength(pasted, Math.max(0, room));
    onChange(value.slice(0, start) + kept + value.slice(end));
    setNotice(cutNotice(pasted.length - kept.length));
    requestAnimationFrame(() => field.setSelectionRange(start + kept.length, start + kept.length));
  };

  const onInput = (event: ChangeEvent<HTMLTextAreaElement | HTMLInputElement>): void => {
    const next = event.target.value;
    if (next.length > max) {
      // Dropped text or an input method went past the limit: keep what fits and say so.
      onChange(cutToLength(next, max));
      setNotice(cutNotice(next.length - cutToLength(next, max).length));
      return;
    }
    setNotice(undefined);
    onChange(next);
  };

  const shared = {
    id,
    value,
    dir: props.dir,
    lang: props.lang,
    placeholder: props.placeholder,
    autoFocus: props.autoFocus,
    spellCheck: true,
    'aria-describedby': [describedBy, notice ? noticeId : undefined].filter(Boolean).join(' ') || undefined,
    onChange: onInput,
    onPaste,
  };

  return (
    <div className={`field ${props.className ?? ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline || rows > 1 ? <textarea rows={rows} {...shared} /> : <input {...shared} />}
      {notice && (
        <p className="field__notice" id={noticeId} role="status">
          {notice}{' '}
          <button type="button" className="quiet" onClick={() => setNotice(undefined)}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
