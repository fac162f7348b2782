// Pure decision logic of `npm run security:electronegativity`, kept apart from the run so
// a unit test can show that the gate fails when it should.

/** Severities that fail the check unless a finding is accepted with a reason. */
export const blockingSeverities = ['HIGH', 'MEDIUM'];

/** Shortest reason accepted: a reason has to say why, not just "ok". */
export const minReasonLength = 40;

/**
 * @typedef {{ check: string, severity: string, confidence: string, file: string, line: number, column: number, sample: string }} Finding
 * @typedef {{ check: string, file: string, sample: string, reason: string }} Accepted
 * @typedef {{ blocking: Finding[], accepted: { finding: Finding, reason: string }[], other: Finding[], unused: Accepted[], invalid: string[] }} Review
 */

/**
 * Sorts findings into blocking, accepted and the rest. An accepted entry covers exactly
 * one finding with the same check and file whose source line contains `sample`; an entry
 * that covers nothing is reported as unused, so the list cannot outlive the code it
 * excused, and a second finding of the same kind needs its own entry and reason.
 * @param {Finding[]} findings
 * @param {unknown} acceptedList
 * @returns {Review}
 */
export function reviewFindings(findings, acceptedList) {
  /** @type {Review} */
  const review = { blocking: [], accepted: [], other: [], unused: [], invalid: [] };
  const entries = Array.isArray(acceptedList) ? acceptedList : [];
  if (!Array.isArray(acceptedList)) review.invalid.push('the accepted list must be a JSON array');
  /** @type {Accepted[]} */
  const usable = [];
  entries.forEach((entry, index) => {
    const problem = entryProblem(entry);
    if (problem) review.invalid.push(`entry ${index + 1}: ${problem}`);
    else usable.push(entry);
  });
  const used = new Set();
  for (const finding of findings) {
    if (!blockingSeverities.includes(finding.severity)) {
      review.other.push(finding);
      continue;
    }
    const match = usable.find(
      (entry) =>
        !used.has(entry) &&
        entry.check === finding.check &&
        entry.file === finding.file &&
        finding.sample.includes(entry.sample),
    );
    if (match) {
      used.add(match);
      review.accepted.push({ finding, reason: match.reason });
    } else {
      review.blocking.push(finding);
    }
  }
  review.unused = usable.filter((entry) => !used.has(entry));
  return review;
}

/** @param {Review} review */
export function reviewPasses(review) {
  return review.blocking.length === 0 && review.unused.length === 0 && review.invalid.length === 0;
}

/** @param {unknown} entry */
function entryProblem(entry) {
  if (typeof entry !== 'object' || entry === null) return 'must be an object';
  const { check, file, sample, reason } = /** @type {Record<string, unknown>} */ (entry);
  if (typeof check !== 'string' || !/^[A-Z_]+$/.test(check)) return 'needs "check", an Electronegativity check id';
  if (typeof file !== 'string' || file.length === 0) return 'needs "file", relative to the project';
  if (typeof sample !== 'string' || sample.trim().length < 8)
    return 'needs "sample", part of the flagged source line (8 characters or more)';
  if (typeof reason !== 'string' || reason.trim().length < minReasonLength)
    return `needs "reason", a sentence of at least ${minReasonLength} characters saying why it is safe`;
  const extra = Object.keys(entry).filter((key) => !['check', 'file', 'sample', 'reason'].includes(key));
  if (extra.length > 0) return `has unknown fields: ${extra.join(', ')}`;
  return null;
}
