/**
 * The web preferences of every Lede window: the page runs sandboxed, isolated from the
 * preload, with no Node; the preload's one object is all it can reach.
 * Kept free of Electron imports so a unit test can pin these values.
 */
export function secureWebPreferences(preload: string) {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
  } as const;
}
