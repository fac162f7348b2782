/**
 * The policy every rendered page carries as a meta tag: nothing may load or run. No
 * script of any kind, no frames, fonts, media or connections; images only from data URIs
 * (and, for a page exported with its images in a folder beside it, from that folder);
 * styles only inline (the page's own); no <base>, no form posts.
 */
export function renderPolicy(imagesBeside: boolean): string {
  const images = imagesBeside ? "img-src data: 'self'" : 'img-src data:';
  return `default-src 'none'; script-src 'none'; ${images}; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'`;
}
