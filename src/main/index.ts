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
import { bindContract, bindShellRequests } from './ipc';
import { createWindows, installMenu } from './app-windows';
import { readDataDirPointer, writeDataDirPointer } from './data-dir-pointer';
import { parseLaunchArgs, type LaunchRequest } from './launch-args';
import type { Platform } from '../shared/commands/commands';
import type { Settings } from '../shared/settings';
import type { ShellEvent } from '../shared/shell';
import type { ImportReport } from '../shared/exchange/import-report';
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
let extraSpellcheckLanguages: readonly string[] = [];
let lastArticleLanguage = '';

function followArticleLanguage(language: string): void {
  lastArticleLanguage = language;
  if (process.platform === 'darwin') return;
  const available = session.defaultSession.availableSpellCheckerLanguages;
  // The article's language first, then the ones chosen in Settings that this machine has.
  const chosen = [
    ...new Set([
      ...(language ? spellcheckLanguagesFor(language, available) : []),
      ...extraSpellcheckLanguages.filter((tag) => available.includes(tag)),
    ]),
  ];
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

/** Events that arrive before the page is listening (a second launch during start-up) wait here. */
function launchEvents(request: LaunchRequest): ShellEvent[] {
  return [
    ...(request.articleId ? [{ type: 'openArticle' as const, id: request.articleId }] : []),
    ...(request.file ? [{ type: 'openFile' as const, path: request.file }] : []),
  ];
}

const platform: Platform = process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';

async function main(): Promise<void> {
  const appData = app.getPath('userData');
  // A store moved in Settings is found through a small note in the app's own folder.
  const dataDir = resolveDataDir(process.argv, process.env, (await readDataDirPointer(appData)) ?? appData);
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
  const windows = createWindows({
    devServerUrl,
    rendererFile,
    prepare: bindContextMenu,
    rememberBounds: (windowBounds) => void core.call('settings.update', { windowBounds }),
  });
  const settingsSeen = (settings: Settings): void => {
    windows.setTheme(settings.theme);
    extraSpellcheckLanguages = settings.spellcheckLanguages;
    followArticleLanguage(lastArticleLanguage);
  };
  installMenu(platform, !app.isPackaged, (event) => windows.sendToFocused(event));
  bindShellRequests(isAppSender, (request, event) => {
    if (request.type === 'flushed') windows.flushes.acknowledge(request.token);
    else windows.openArticle(request.id, BrowserWindow.fromWebContents(event.sender));
  });
  // A second launch hands over its command line: Lede comes forward and opens what it was given.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const events = launchEvents(parseLaunchArgs(argv, workingDirectory));
    if (events.length === 0) windows.focusMain();
    for (const event of events) windows.focusMain(event);
  });
  // Packaged builds answer lede://article/<id> links (Windows needs this call; elsewhere the
  // installer's registration from electron-builder.yml does it too).
  if (app.isPackaged) app.setAsDefaultProtocolClient('lede');

  // Export dialogs open in the folder chosen under Settings (none chosen: the dialog's own default).
  const exportFolder = async (): Promise<string | undefined> => {
    const settings = await core.call('settings.get', {});
    return (settings.ok && (settings.value as Settings).exportFolder) || undefined;
  };
  bindContract(core, isAppSender, {
    onResult: (channel, value) => {
      const language = languageOfResult(channel, value);
      if (language) followArticleLanguage(language);
      if (channel === 'settings.get' || channel === 'settings.update') settingsSeen(value as Settings);
      if (channel === 'app.moveStore') {
        const moved = value as { cancelled: boolean; status: { state: string; dataDir: string } };
        if (!moved.cancelled && moved.status.state === 'ready') void writeDataDirPointer(appData, moved.status.dataDir);
      }
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
        const folder = await exportFolder();
        const options: Electron.SaveDialogOptions = {
          title: 'Export the article',
          defaultPath: folder ? join(folder, safeFileName(slug, ending)) : safeFileName(slug, ending),
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
          defaultPath: await exportFolder(),
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
      'app.moveStore': async (_input, event) => {
        const owner = BrowserWindow.fromWebContents(event.sender);
        const options: Electron.OpenDialogOptions = {
          title: 'Move the Lede store',
          buttonLabel: 'Move store here',
          message: 'Choose an empty folder. Lede copies the store there, checks the copy, then works from it.',
          properties: ['openDirectory', 'createDirectory'],
        };
        const chosen = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
        const dataDir = chosen.canceled ? undefined : chosen.filePaths[0];
        return dataDir ? { dataDir } : {};
      },
    },
  });
  // Stored images reach the page only through this scheme, read from the store by hash.
  protocol.handle(assetScheme, (request) => assetResponse(core.call, assetHashFromUrl(request.url), request.method));

  // The window's colour and place come from the settings; a store that is slow to open (a
  // migration) must not keep the window from showing, so the wait is short.
  const settings = await Promise.race([
    core.call('settings.get', {}).then((envelope) => (envelope.ok ? (envelope.value as Settings) : undefined)),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 1_500)),
  ]);
  if (settings) settingsSeen(settings);

  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    // Every page saves what is pending, the main window's place is kept, and the worker
    // finishes every call in flight and closes the store; only then does Lede exit.
    event.preventDefault();
    const bounds = windows.mainBounds();
    void windows
      .flushAll()
      .then(() => (bounds ? core.call('settings.update', { windowBounds: bounds }) : undefined))
      .finally(() =>
        core.close().finally(() => {
          closed = true;
          app.quit();
        }),
      );
  });
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) windows.openMain(settings?.windowBounds ?? null);
  });
  windows.openMain(settings?.windowBounds ?? null);
  // The page keeps events that arrive before it listens (see the preload), so what the
  // launch asked for can go now.
  // A file from the desktop is imported here, in main, like a file chosen in the import
  // dialog; the page only hears the outcome (it never names a file itself).
  const importFromDesktop = async (path: string): Promise<ShellEvent> => {
    const envelope = await core.call('imports.files', { paths: [path] });
    if (!envelope.ok) return { type: 'imported', path, error: envelope.error.message };
    const [report] = (envelope.value as { reports: ImportReport[] }).reports;
    return report?.ok && report.articleId
      ? { type: 'imported', path, articleId: report.articleId }
      : { type: 'imported', path, error: report?.error ?? 'Lede could not read it.' };
  };
  deliverDesktopEvents = (event) => {
    if (event.type === 'openFile') void importFromDesktop(event.path).then((outcome) => windows.focusMain(outcome));
    else windows.focusMain(event);
  };
  for (const event of [...launchEvents(parseLaunchArgs(process.argv, process.cwd())), ...earlyDesktopEvents.splice(0)])
    deliverDesktopEvents(event);
}

// macOS hands over files opened from the Finder (file associations) and lede:// links as
// events, the first ones before the app is ready; Windows and Linux pass both on the command
// line (the first launch's argv, or second-instance).
const earlyDesktopEvents: ShellEvent[] = [];
let deliverDesktopEvents: ((event: ShellEvent) => void) | undefined;
const fromDesktop = (event: ShellEvent): void => {
  if (deliverDesktopEvents) deliverDesktopEvents(event);
  else earlyDesktopEvents.push(event);
};
app.on('open-file', (event, path) => {
  event.preventDefault();
  fromDesktop({ type: 'openFile', path });
});
app.on('open-url', (event, url) => {
  event.preventDefault();
  for (const opened of launchEvents(parseLaunchArgs(['lede', url], process.cwd()))) fromDesktop(opened);
});

// Before the app is ready: a standard, secure scheme gets an origin and loads in a
// secure page like https would; no other privilege (no service workers, no bypassing CSP).
protocol.registerSchemesAsPrivileged([
  { scheme: assetScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();
// One Lede at a time: a second launch hands its command line to this one and exits.
if (!app.requestSingleInstanceLock()) app.quit();
else void app.whenReady().then(main);
