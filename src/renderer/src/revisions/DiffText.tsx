import type { DiffPart, DiffSkip } from '../../../shared/compare-versions';

/**
 * A text diff that reads without colour: removed text is struck through (`<del>`), added
 * text underlined (`<ins>`), and unchanged stretches left out are named.
 */
export function DiffText({ parts, dir, lang }: { parts: (DiffPart | DiffSkip)[]; dir?: string; lang?: string }) {
  return (
    <p className="diff" dir={dir} lang={lang}>
      {parts.map((part, index) => {
        if (part.kind === 'skip') {
          return (
            <span key={index} className="diff__skip">
              {`… ${part.paragraphs} unchanged paragraph${part.paragraphs === 1 ? '' : 's'} …\n`}
            </span>
          );
        }
        if (part.kind === 'added') {
          return (
            <ins key={index} className="diff__added">
              {part.text}
            </ins>
          );
        }
        if (part.kind === 'removed') {
          return (
            <del key={index} className="diff__removed">
              {part.text}
            </del>
          );
        }
        return <span key={index}>{part.text}</span>;
      })}
    </p>
  );
}
