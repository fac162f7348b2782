import { useMemo } from 'react';
import { sideBySide, type Segment } from './text-diff';
import { comparedFields, describeFields, type Version } from './versions';
import './compare.css';

interface CompareVersionsProps {
  /** Shown on the left; what only it has is struck through. */
  older: Version;
  /** Shown on the right; what only it has is underlined. */
  newer: Version;
  id?: string;
}

/**
 * Two versions side by side, field by field, with a word-level diff. Differences are
 * marked with <del>/<ins> (struck through and underlined, not only coloured) so they read
 * the same to a screen reader and in high contrast.
 */
export function CompareVersions({ older, newer, id }: CompareVersionsProps) {
  const rows = useMemo(
    () => comparedFields.map(([key, name]) => ({ key, name, diff: sideBySide(older[key], newer[key]) })),
    [older, newer],
  );
  const differing = rows.filter((row) => !row.diff.identical);
  return (
    <section className="compare" id={id} tabIndex={-1} aria-label="Compare versions">
      <p className="compare__summary">
        {differing.length === 0
          ? 'The two versions are the same.'
          : `They differ in ${describeFields(differing.map((row) => row.key))}.`}
      </p>
      {rows.map(({ key, name, diff }) => (
        <div key={key} className="compare__field" role="group" aria-label={name}>
          <h3 className="compare__name">
            {name}
            {diff.identical && <span className="compare__same"> — the same in both</span>}
          </h3>
          {!diff.identical && (
            <div className="compare__columns">
              <Column label={older.label} field={name} segments={diff.left} />
              <Column label={newer.label} field={name} segments={diff.right} />
            </div>
          )}
        </div>
      ))}
    </section>
  );
}

function Column({ label, field, segments }: { label: string; field: string; segments: Segment[] }) {
  return (
    <div className="compare__column">
      <h4 className="compare__label">{label}</h4>
      {/* Scrollable when long, so it must be reachable by keyboard. */}
      <div className="compare__text" dir="auto" tabIndex={0} aria-label={`${field}: ${label}`}>
        {segments.length === 0 ? (
          <span className="compare__empty">(empty)</span>
        ) : (
          segments.map((segment, index) =>
            segment.change === 'removed' ? (
              <del key={index}>{segment.text}</del>
            ) : segment.change === 'added' ? (
              <ins key={index}>{segment.text}</ins>
            ) : (
              <span key={index}>{segment.text}</span>
            ),
          )
        )}
      </div>
    </div>
  );
}
