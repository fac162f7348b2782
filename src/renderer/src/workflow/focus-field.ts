import type { PreflightField } from '../../../shared/preflight';

/** The control each pre-flight field names, inside the editor. */
const selectors: Record<PreflightField, string> = {
  headline: '#field-headline',
  'altHeadlines.web': '#field-alt-web',
  'altHeadlines.seo': '#field-alt-seo',
  'altHeadlines.social': '#field-alt-social',
  standfirst: '#field-standfirst',
  bylines: '#field-byline-0',
  embargo: '#field-embargo',
  body: '.body-editor',
};

/** Fields that live in the side panel, so its details tab must show first. */
export const panelFields: ReadonlySet<PreflightField> = new Set([
  'altHeadlines.web',
  'altHeadlines.seo',
  'altHeadlines.social',
  'embargo',
]);

/** Moves focus to the control for `field` and brings it into view; false when it is not there. */
export function focusField(root: ParentNode, field: PreflightField): boolean {
  const element = root.querySelector<HTMLElement>(selectors[field]);
  if (!element) return false;
  element.focus();
  element.scrollIntoView({ block: 'center' });
  return true;
}
