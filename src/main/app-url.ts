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

/** Links the app may hand to the system browser; everything else is dropped. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}
