/**
 * Whether a frame's URL is the app's own page. In development that is the dev server's
 * origin; built, it is the renderer's index.html on disk. Anything else (a navigated
 * frame, an iframe, a remote page) is refused before its call reaches the core.
 */
export function isAppUrl(frameUrl: string | undefined, appUrl: string): boolean {
  if (!frameUrl) return false;
  let frame: URL;
  let app: URL;
  try {
    frame = new URL(frameUrl);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'file:')
    return frame.protocol === 'file:' && frame.host === app.host && frame.pathname === app.pathname;
  return frame.origin === app.origin;
}

/**
 * Longest link handed to the system browser. Real article links are far shorter; a huge
 * one is more likely a payload, and some platforms' launchers truncate or choke on them.
 */
export const maxExternalUrlLength = 2_048;

/**
 * The normalised form of a link the app may hand to the system browser, or null. Only
 * http(s) with a host and no credentials (`https://bank.example@evil.example/` reads as
 * one site and goes to another) and mailto with one or more addresses pass; nothing over
 * `maxExternalUrlLength`, nothing with control characters.
 */
export function externalWebUrl(url: string): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > maxExternalUrlLength) return null;
  // The URL parser silently strips tabs and newlines; a link that needs that is not honest.
  for (let i = 0; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return null;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
    if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return null;
  } else if (parsed.protocol === 'mailto:') {
    const recipients = decodeURIComponentSafe(parsed.pathname).split(',');
    if (!recipients.every((address) => /^[^@\s,]+@[^@\s,]+$/.test(address.trim()))) return null;
  } else {
    return null;
  }
  return parsed.href.length > maxExternalUrlLength ? null : parsed.href;
}

/** Links the app may hand to the system browser; everything else is dropped. */
export function isExternalWebUrl(url: string): boolean {
  return externalWebUrl(url) !== null;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
