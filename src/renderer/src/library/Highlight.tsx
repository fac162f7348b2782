import type { Highlighted } from '../../../shared/library';

/** Text with the search matches marked. */
export function Highlight({ parts }: { parts: Highlighted }) {
  return <>{parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}</>;
}
