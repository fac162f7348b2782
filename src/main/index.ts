import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  protocol,
  session,
  shell,
  type IpcMainInvokeEvent,
  type WebContents,
} from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assetScheme } from '../shared/asset';
import { externalWebUrl } from './app-url';
import { assetHashFromUrl, assetResponse } from './asset-protocol';
import { exportExtensions, exportFormatLabels } from '../shared/exchange/export-formats';
import { withContentSecurityPolicy } from './content-security-policy';
import { startCoreWorker, type CoreClient } from './core/core-client';
import { safeFileName } from './core/services/safe-files';
import { resolveDataDir } from './data-dir';
import { isAppSenderEvent } from './invoke-handler';
import { secureWebPreferences } from './web-preferences';
import { bindContract } from './ipc';
import { contextMenuTemplate, languageOfResult, spellcheckLanguagesFor } from './spellcheck';

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
  return isAppSenderEvent(event, appUrl);
}

/** The one place a link leaves Lede: only checked http(s) and mailto, in normalised form. */
function openInBrowser(url: string): void {
  const checked = externalWebUrl(url);
  if (checked) void shell.openExternal(checked);
}

/**
 * Every web contents, including any created later, only ever shows Lede's page: new
 * windows are denied (web links go to the system browser), navigation away is cancelled,
 * and <webview> cannot attach.
 */
function lockDown(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (url === appUrl) return;
    event.preventDefault();
    openInBrowser(url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Spellcheck in the open article's language: Chromium's Hunspell dictionaries on Windows
 * and Linux follow the session's languages; macOS uses the system checker, which picks the
 * language itself, so there the call is skipped. Dictionaries download on first use.
 */
function followArticleLanguage(language: string): void {
  if (process.platform === 'darwin') return;
  const chosen = spellcheckLanguagesFor(language, session.defaultSession.availableSpellCheckerLanguages);
  const current = session.defaultSession.getSpellCheckerLanguages();
  if (chosen.length > 0 && chosen.join() !== current.join()) session.defaultSession.setSpellCheckerLanguages(chosen);
}

/** Spelling suggestions, "Add to dictionary", cut, copy and paste on right-click. */
function bindContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
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
  bindContextMenu(window.webContents);
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

  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  // Lede needs no camera, microphone, location, notifications, devices or the like:
  // every request and every check says no.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setDevicePermissionHandler(() => false);
  // The CSP as a header as well as index.html's meta tag, where the page is served in a
  // way that has headers. The dev server keeps its looser meta policy for hot reload.
  if (!devServerUrl) {
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      const isDocument = details.resourceType === 'mainFrame' || details.resourceType === 'subFrame';
      callback(isDocument ? { responseHeaders: withContentSecurityPolicy(details.responseHeaders) } : {});
    });
  }
  bindContract(core, isAppSender, {
    onResult: (channel, value) => {
      const language = languageOfResult(channel, value);
      if (language) followArticleLanguage(language);
    },
    shell: {
      // The page never names a folder: main asks the user, so a page cannot point the store
      // anywhere by itself. A cancelled dialog sends no folder and the core changes nothing.
      'app.openStore': async (_input, event) => {
        const owner = BrowserWindow.fromWebContents(event.sender);
        const options: Electron.OpenDialogOptions = {
          title: 'Open another Lede store',
          buttonLabel: 'Open store',
          message: 'Choose the folder that holds lede.sqlite, or an empty folder to start a new store.',
          properties: ['openDirectory', 'createDirectory'],
        };
        const chosen = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
        const dataDir = chosen.canceled ? undefined : chosen.filePaths[0];
        return dataDir ? { dataDir } : {};
      },
      // Export and import: the page never names a file; main asks, and the save dialog asks
      // before replacing one (so a chosen existing file may be overwritten).
      'exports.save': async (input, event) => {
        const owner = BrowserWindow.fromWebContents(event.sender);
        const ending = exportExtensions[input.format];
        // The dialog suggests the file name a batch export would give: the slug, made safe.
        const found = await core.call('articles.get', { id: input.articleId });
        const slug = found.ok ? (found.value as { slug: string }).slug : '';
        const options: Electron.SaveDialogOptions = {
          title: 'Export the article',
          defaultPath: safeFileName(slug, ending),
          filters: [{ name: exportFormatLabels[input.format], extensions: [ending.split('.').pop()!] }],
          properties: ['showOverwriteConfirmation', 'createDirectory'],
        };
        const chosen = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
        return chosen.canceled || !chosen.filePath
          ? { ...input, path: undefined }
          : { ...input, path: chosen.filePath, overwrite: true };
      },
      'exports.chooseFolder': async (_input, event) => {
        const owner = BrowserWindow.fromWebContents(event.sender);
        const options: Electron.OpenDialogOptions = {
          title: 'Export articles to a folder',
          buttonLabel: 'Export here',
          properties: ['openDirectory', 'createDirectory'],
        };
        const chosen = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
        return chosen.canceled || !chosen.filePaths[0] ? {} : { folder: chosen.filePaths[0] };
      },
      'imports.files': async (_input, event) => {
        const owner = BrowserWindow.fromWebContents(event.sender);
        const options: Electron.OpenDialogOptions = {
          title: 'Import articles',
          buttonLabel: 'Import',
          filters: [{ name: 'Lede JSON or ninjs', extensions: ['json'] }],
          properties: ['openFile', 'multiSelections'],
        };
        const chosen = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
        return chosen.canceled ? {} : { paths: chosen.filePaths };
      },
    },
  });
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
