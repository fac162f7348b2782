export type LinkCheck = { ok: true; href: string } | { ok: false; message: string };

/** Longer than any real address; a cap so a pasted blob cannot become an attribute. */
export const maxLinkLength = 2_048;

const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);

/**
 * Whether a link may go into an article: http, https and mailto only, said in a sentence
 * when not. A bare "example.com/page" becomes https, a bare address becomes mailto.
 * `javascript:`, `data:`, `file:` and every other scheme are refused, however disguised
 * (URL parsing drops the tabs, newlines and case tricks that hide them).
 */
export function checkLinkUrl(input: string | null | undefined): LinkCheck {
  const raw = (input ?? '').trim();
  if (raw === '') return { ok: false, message: 'Type a web address (https://…) or an email address.' };
  if (raw.length > maxLinkLength) return { ok: false, message: `That address is over ${maxLinkLength} characters.` };
  let candidate = raw;
  if (linkScheme(raw) === undefined) {
    if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(raw)) candidate = `mailto:${raw}`;
    else if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+([/?#:].*)?$/i.test(raw)) candidate = `https://${raw}`;
    else
      return {
        ok: false,
        message: `“${shorten(raw)}” is not a web address. Links start with https://, http:// or mailto:.`,
      };
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, message: `“${shorten(raw)}” is not a web address Lede can read.` };
  }
  if (!allowedProtocols.has(url.protocol)) {
    return {
      ok: false,
      message: `Links can only go to web pages (http, https) or email (mailto); a “${url.protocol}” link was refused.`,
    };
  }
  if (url.protocol !== 'mailto:' && url.hostname === '') {
    return { ok: false, message: `“${shorten(raw)}” has no site name after the //.` };
  }
  if (url.protocol === 'mailto:' && url.pathname === '') {
    return { ok: false, message: 'An email link needs an address after mailto:.' };
  }
  return { ok: true, href: url.href };
}

/**
 * The scheme a browser would read from `href`, lowercased: it ignores spaces and control
 * characters anywhere in it ("java\tscript:"), so they are dropped before looking.
 */
export function linkScheme(href: string): string | undefined {
  let visible = '';
  for (const char of href) if (char > ' ') visible += char;
  return /^([a-z][a-z0-9+.-]*):/i.exec(visible)?.[1]?.toLowerCase();
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
