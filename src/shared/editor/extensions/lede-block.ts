/**
 * Lede's own blocks carry everything in `data-*` attributes beside their visible markup,
 * so copying one inside Lede, or reading an export back, restores it exactly, and the
 * paste cleaner can keep them by name without trusting any other markup.
 */
export const ledeBlockAttribute = 'data-lede';

/** A text attribute read back from HTML: a string, capped, never null. */
export function textAttribute(
  element: { getAttribute(name: string): string | null },
  name: string,
  max: number,
): string {
  return (element.getAttribute(name) ?? '').slice(0, max);
}
