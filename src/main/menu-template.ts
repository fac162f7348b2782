import {
  acceleratorFor,
  commands,
  menuFor,
  type CommandId,
  type MenuName,
  type Platform,
} from '../shared/commands/commands';

/** Electron's built-in menu roles Lede uses. */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'window'
  | 'help';

/**
 * The accelerators Electron gives each role on a platform (from Electron's role table), so
 * the menu test can prove no Lede command takes keys a standard item already uses.
 */
export function roleAccelerator(role: MenuRole, platform: Platform): string | undefined {
  const mac = platform === 'darwin';
  const table: Partial<Record<MenuRole, string | undefined>> = {
    hide: mac ? 'Command+H' : undefined,
    hideOthers: mac ? 'Command+Alt+H' : undefined,
    quit: platform === 'win32' ? undefined : 'CommandOrControl+Q',
    close: 'CommandOrControl+W',
    undo: 'CommandOrControl+Z',
    redo: platform === 'win32' ? 'Control+Y' : 'Shift+CommandOrControl+Z',
    cut: 'CommandOrControl+X',
    copy: 'CommandOrControl+C',
    paste: 'CommandOrControl+V',
    pasteAndMatchStyle: mac ? 'Cmd+Option+Shift+V' : 'Shift+CommandOrControl+V',
    selectAll: 'CommandOrControl+A',
    reload: 'CmdOrCtrl+R',
    forceReload: 'Shift+CmdOrCtrl+R',
    toggleDevTools: mac ? 'Alt+Command+I' : 'Ctrl+Shift+I',
    resetZoom: 'CommandOrControl+0',
    zoomIn: 'CommandOrControl+Plus',
    zoomOut: 'CommandOrControl+-',
    togglefullscreen: mac ? 'Control+Command+F' : 'F11',
    minimize: 'CommandOrControl+M',
  };
  return table[role];
}

/** One menu entry: a standard role, a Lede command, a separator, or a submenu. */
export type MenuItemSpec =
  | { role: MenuRole }
  | { type: 'separator' }
  | {
      /** Electron's MenuItem id: the command id, so main can find the item to enable it. */
      id: CommandId;
      command: CommandId;
      label: string;
      accelerator: string;
      enabled: boolean;
      /**
       * On Windows and Linux the page dispatches the keys itself (from the same table), so
       * the menu only shows them; registering them too would run each command twice. On
       * macOS the menu sees the keys first, so it keeps them and the page leaves them alone.
       */
      registerAccelerator: boolean;
    }
  | { label: string; role?: 'window' | 'help'; submenu: MenuItemSpec[] };

export interface MenuOptions {
  platform: Platform;
  appName: string;
  /** Development builds add reload and the developer tools to the View menu. */
  dev: boolean;
}

const separator = { type: 'separator' } as const;

/** Lede's commands for one menu, with a separator between groups. */
function commandItems(menu: MenuName, platform: Platform): MenuItemSpec[] {
  const items: MenuItemSpec[] = [];
  let group: number | undefined;
  for (const command of commands) {
    if (menuFor(command, platform) !== menu || !command.menu) continue;
    if (group !== undefined && command.menu.group !== group) items.push(separator);
    group = command.menu.group;
    items.push({
      id: command.id,
      command: command.id,
      label: command.label,
      accelerator: acceleratorFor(command, platform),
      enabled: !('pending' in command),
      registerAccelerator: platform === 'darwin',
    });
  }
  return items;
}

const roles = (...names: MenuRole[]): MenuItemSpec[] => names.map((role) => ({ role }));

/**
 * The application menu as plain data: macOS gets its app menu and Window menu roles,
 * Windows and Linux get Quit under File and About under Help. `src/main/index.ts` turns it
 * into Electron's Menu, giving each command item a click that sends the command to the page.
 */
export function buildMenuTemplate({ platform, appName, dev }: MenuOptions): MenuItemSpec[] {
  const mac = platform === 'darwin';
  const template: MenuItemSpec[] = [];
  if (mac) {
    template.push({
      label: appName,
      submenu: [
        ...roles('about'),
        separator,
        ...commandItems('app', platform),
        separator,
        ...roles('services'),
        separator,
        ...roles('hide', 'hideOthers', 'unhide'),
        separator,
        ...roles('quit'),
      ],
    });
  }
  template.push({
    label: 'File',
    submenu: [...commandItems('file', platform), separator, ...roles(mac ? 'close' : 'quit')],
  });
  template.push({
    label: 'Edit',
    submenu: [
      ...roles('undo', 'redo'),
      separator,
      ...roles('cut', 'copy', 'paste'),
      // Elsewhere Shift+Ctrl+V is Lede's own plain-text paste.
      ...(mac ? roles('pasteAndMatchStyle') : []),
      ...roles('delete', 'selectAll'),
      separator,
      ...commandItems('edit', platform),
    ],
  });
  template.push({
    label: 'View',
    submenu: [
      ...commandItems('view', platform),
      separator,
      ...(dev ? [...roles('reload', 'forceReload', 'toggleDevTools'), separator] : []),
      ...roles('resetZoom', 'zoomIn', 'zoomOut'),
      separator,
      ...roles('togglefullscreen'),
    ],
  });
  template.push({
    label: 'Window',
    ...(mac ? { role: 'window' as const } : {}),
    submenu: mac ? [...roles('minimize', 'zoom'), separator, ...roles('front')] : roles('minimize', 'close'),
  });
  template.push({
    label: 'Help',
    ...(mac ? { role: 'help' as const } : {}),
    submenu: [...commandItems('help', platform), ...(mac ? [] : [separator, ...roles('about')])],
  });
  return template;
}

/** Every item in a template, submenus flattened. */
export function flattenMenu(template: MenuItemSpec[]): MenuItemSpec[] {
  return template.flatMap((item) => ('submenu' in item ? [item, ...flattenMenu(item.submenu)] : [item]));
}
