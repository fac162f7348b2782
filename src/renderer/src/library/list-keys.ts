/**
 * What a key does to the list's active row: the row to move to, 'open' for Enter, or null
 * when the key is not the list's (it then does what it normally does). In the search box,
 * Home and End stay with the text.
 */
export function listKey(
  key: string,
  active: number,
  total: number,
  pageRows: number,
  inTextBox: boolean,
): number | 'open' | null {
  if (total === 0) return null;
  const clamp = (index: number): number => Math.max(0, Math.min(total - 1, index));
  switch (key) {
    case 'ArrowDown':
      return active < 0 ? 0 : clamp(active + 1);
    case 'ArrowUp':
      return active < 0 ? 0 : clamp(active - 1);
    case 'PageDown':
      return clamp(Math.max(active, 0) + pageRows);
    case 'PageUp':
      return clamp(Math.max(active, 0) - pageRows);
    case 'Home':
      return inTextBox ? null : 0;
    case 'End':
      return inTextBox ? null : total - 1;
    case 'Enter':
      return active >= 0 && active < total ? 'open' : null;
    default:
      return null;
  }
}
