import { app, BrowserWindow, dialog, protocol, session, shell, type IpcMainInvokeEvent } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assetScheme } from '../shared/asset';
import { isAppUrl, isExternalWebUrl } from './app-url';
import { assetHashFromUrl, assetResponse } from './asset-protocol';
import { startCoreWorker, type CoreClient } from './core/core-client';
import { resolveDataDir } from './data-dir';
import { secureWebPreferences } from './web-preferences';
import { bindContract } from './ipc';

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const rendererFile = join(__dirname, '../renderer/index.html');
const appUrl = devServerUrl ?? pathToFileURL(rendererFile).href;

/** better-sqlite3 built for Electron: packaged beside the app, or prepared by `npm run native:electron`. */
function electronNativeBinding(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : join(app.getAppPath(), '.native', `electron-${process.versions.electron}`, 'better_sqlite3.node');
}

function isAppSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame === event.sender.mainFrame && isAppUrl(frame.url, appUrl);
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 760,
    minHeight: 480,
    show: false,
    title: 'Lede',
    backgroundColor: '#f7f5f0',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });
  window.once('ready-to-show', () => window.show());
  // The window only ever shows Lede's page; links go to the system browser.
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (url === appUrl) return;
    event.preventDefault();
    if (isExternalWebUrl(url)) void shell.openExternal(url);
  });
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(rendererFile);
  return window;
}

async function main(): Promise<void> {
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  const nativeBinding = electronNativeBinding();
  if (!existsSync(nativeBinding)) {
    dialog.showErrorBox(
      'Lede cannot open its store',
      `The SQLite module built for Electron is missing (${nativeBinding}). Run "npm run native:electron" with a network connection, then start Lede again.`,
    );
    app.exit(1);
    return;
  }
  const core: CoreClient = startCoreWorker(join(__dirname, 'core-worker.js'), { dataDir, nativeBinding });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  bindContract(core, isAppSender);
  // Stored images reach the page only through this scheme, read from the store by hash.
  protocol.handle(assetScheme, (request) => assetResponse(core.call, assetHashFromUrl(request.url), request.method));

  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    // Let the worker finish every save in flight and close the store before exiting.
    event.preventDefault();
    void core.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  createWindow();
}

// Before the app is ready: a standard, secure scheme gets an origin and loads in a
// secure page like https would; no other privilege (no service workers, no bypassing CSP).
protocol.registerSchemesAsPrivileged([
  { scheme: assetScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();
void app.whenReady().then(main);
