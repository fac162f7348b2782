export { checkLinkUrl, linkScheme, maxLinkLength, type LinkCheck } from './check-link-url';
export { Links, type LinksOptions } from './links';
