import { BrowserWindow, Menu, nativeTheme, screen, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { join } from 'node:path';
import type { Platform } from '../shared/commands/commands';
import type { Theme, WindowBounds } from '../shared/settings';
import { shellEventChannel, type ShellEvent } from '../shared/shell';
import { buildMenuTemplate, type MenuItemSpec } from './menu-template';
import { createFlushCoordinator } from './quit-flush';
import { secureWebPreferences } from './web-preferences';
import { minimumWindowSize, placeWindow } from './window-bounds';
import { windowBackground } from './window-theme';

/** How long a quit or a closing window waits for its page to save before going on anyway. */
const flushTimeoutMs = 8_000;

export interface WindowsOptions {
  /** The page: the dev server's URL, or the built index.html. */
  devServerUrl: string | undefined;
  rendererFile: string;
  /** Spellcheck menus and the like, for every window's contents. */
  prepare: (contents: WebContents) => void;
  /** The main window's bounds as it closes, to be kept in the settings. */
  rememberBounds: (bounds: WindowBounds) => void;
}

/**
 * Lede's windows: one main window (remembered size and place) and any number of article
 * windows. Each shows without a white flash (background in the theme's paper colour,
 * shown on ready-to-show) and, before it closes, asks its page to save what is pending.
 */
export function createWindows(options: WindowsOptions) {
  const flushes = createFlushCoordinator(flushTimeoutMs);
  let main: BrowserWindow | undefined;
  let theme: Theme = 'system';
  const flushed = new WeakSet<BrowserWindow>();

  const background = () => windowBackground(theme, nativeTheme.shouldUseDarkColors);

  const send = (window: BrowserWindow | undefined, event: ShellEvent): boolean => {
    if (!window || window.isDestroyed() || window.webContents.isDestroyed()) return false;
    window.webContents.send(shellEventChannel, event);
    return true;
  };

  /** Asks the page to save, then lets the close go on: a close is never lost, only delayed. */
  const flushBeforeClose = (window: BrowserWindow): void => {
    window.on('close', (event) => {
      if (flushed.has(window)) return;
      event.preventDefault();
      if (window === main) options.rememberBounds(boundsOf(window));
      void flushes
        .flush((token) => send(window, { type: 'flush', token }))
        .then(() => {
          flushed.add(window);
          if (!window.isDestroyed()) window.close();
        });
    });
  };

  const create = (bounds: Electron.Rectangle, hash?: string): BrowserWindow => {
    const window = new BrowserWindow({
      ...bounds,
      minWidth: minimumWindowSize.width,
      minHeight: minimumWindowSize.height,
      show: false,
      title: 'Lede',
      backgroundColor: background(),
      webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
    });
    window.once('ready-to-show', () => window.show());
    options.prepare(window.webContents);
    flushBeforeClose(window);
    if (options.devServerUrl) void window.loadURL(hash ? `${options.devServerUrl}#${hash}` : options.devServerUrl);
    else void window.loadFile(options.rendererFile, hash ? { hash } : undefined);
    return window;
  };

  return {
    flushes,

    /** The main window, where remembered; a second call focuses it instead. */
    openMain(remembered: WindowBounds | null): BrowserWindow {
      if (main && !main.isDestroyed()) {
        focus(main);
        return main;
      }
      const placed = placeWindow(
        remembered,
        [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea),
      );
      const { maximized, ...bounds } = placed;
      main = create(bounds);
      if (maximized) main.once('ready-to-show', () => main?.maximize());
      main.on('closed', () => (main = undefined));
      return main;
    },

    /** An article in a window of its own, cascaded from the window it came from. */
    openArticle(id: string, from?: BrowserWindow | null): BrowserWindow {
      const origin = from?.getBounds() ?? main?.getBounds();
      const bounds = origin
        ? { x: origin.x + 32, y: origin.y + 32, width: Math.min(origin.width, 1100), height: origin.height }
        : { width: 1100, height: 820, x: 80, y: 80 };
      return create(bounds, `article=${id}`);
    },

    /** A second launch: bring Lede forward and hand the page what it was asked to open. */
    focusMain(event?: ShellEvent): void {
      const window = main && !main.isDestroyed() ? main : BrowserWindow.getAllWindows()[0];
      if (!window) return;
      focus(window);
      if (event) send(window, event);
    },

    /** A menu click goes to the window in front. */
    sendToFocused(event: ShellEvent): void {
      send(BrowserWindow.getFocusedWindow() ?? main, event);
    },

    /** Every open window's page saves what is pending; resolves when all have answered or timed out. */
    async flushAll(): Promise<void> {
      await Promise.all(
        BrowserWindow.getAllWindows().map((window) =>
          flushes.flush((token) => send(window, { type: 'flush', token })).then(() => flushed.add(window)),
        ),
      );
    },

    /** The theme changed in the settings: the native parts and every window's background follow. */
    setTheme(next: Theme): void {
      theme = next;
      nativeTheme.themeSource = next;
      for (const window of BrowserWindow.getAllWindows()) window.setBackgroundColor(background());
    },

    mainBounds(): WindowBounds | undefined {
      return main && !main.isDestroyed() ? boundsOf(main) : undefined;
    },
  };
}

function focus(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

function boundsOf(window: BrowserWindow): WindowBounds {
  // The normal bounds, so a maximized window comes back maximized over the size it had.
  const { x, y, width, height } = window.getNormalBounds();
  return { x, y, width, height, maximized: window.isMaximized() };
}

/** Builds the application menu from the command table; each command item sends its id to the page. */
export function installMenu(platform: Platform, dev: boolean, onCommand: (event: ShellEvent) => void): void {
  const toElectron = (item: MenuItemSpec): MenuItemConstructorOptions => {
    if ('submenu' in item) return { ...item, submenu: item.submenu.map(toElectron) };
    if ('command' in item) {
      const { command, ...rest } = item;
      return { ...rest, click: () => onCommand({ type: 'command', command }) };
    }
    return item;
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ platform, appName: 'Lede', dev }).map(toElectron)),
  );
}
