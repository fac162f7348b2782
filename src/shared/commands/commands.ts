/** The operating systems Lede ships for, as Node names them. */
export type Platform = 'darwin' | 'win32' | 'linux';

/** The top-level menus. `app` is macOS's application menu; elsewhere such items go to `other`. */
export type MenuName = 'app' | 'file' | 'edit' | 'view' | 'window' | 'help';

/** A value that differs on macOS; `other` is Windows and Linux. */
export interface PerPlatform<T> {
  mac: T;
  other: T;
}

/**
 * One of Lede's own commands: the menu and the keyboard-shortcuts sheet are generated from
 * this table, and the page dispatches the same accelerators from its keydown listener.
 */
export interface CommandDefinition {
  id: string;
  /** The menu label; the sheet shows it too. */
  label: string;
  /** Electron accelerator syntax (`CmdOrCtrl+Shift+K`); a pair where macOS needs other keys. */
  accelerator: string | PerPlatform<string>;
  /** Which menu shows it and in which group (a separator between groups); `null`: only the sheet. */
  menu: { name: MenuName | PerPlatform<MenuName>; group: number } | null;
  /** The feature that runs it has not landed yet: the menu item is greyed out and the sheet says so. */
  pending?: true;
  /**
   * The body editor binds the same keys itself (TipTap keymap) while it has focus; the
   * page-wide listener then sees the event already handled and leaves it alone.
   */
  editorKeys?: true;
}

/** Every Lede command, in menu order. Add a row here and the menu, sheet and keys follow. */
export const commands = [
  { id: 'article.new', label: 'New article', accelerator: 'CmdOrCtrl+N', menu: { name: 'file', group: 0 } },
  {
    id: 'article.openWindow',
    label: 'Open article in new window',
    accelerator: 'CmdOrCtrl+Shift+N',
    menu: { name: 'file', group: 0 },
  },
  {
    id: 'palette.open',
    label: 'Command palette…',
    accelerator: 'CmdOrCtrl+K',
    menu: { name: 'file', group: 0 },
  },
  { id: 'article.saveVersion', label: 'Save version', accelerator: 'CmdOrCtrl+S', menu: { name: 'file', group: 1 } },
  {
    id: 'article.changeStatus',
    label: 'Change status…',
    accelerator: 'CmdOrCtrl+Shift+M',
    menu: { name: 'file', group: 1 },
  },
  {
    id: 'article.export',
    label: 'Export…',
    accelerator: 'CmdOrCtrl+E',
    menu: { name: 'file', group: 2 },
  },
  {
    id: 'app.settings',
    label: 'Settings…',
    accelerator: 'CmdOrCtrl+,',
    menu: { name: { mac: 'app', other: 'file' }, group: 3 },
  },
  {
    id: 'edit.find',
    label: 'Find and replace',
    accelerator: 'CmdOrCtrl+F',
    menu: { name: 'edit', group: 3 },
    editorKeys: true,
  },
  {
    id: 'edit.link',
    label: 'Add link',
    accelerator: 'CmdOrCtrl+Shift+K',
    menu: { name: 'edit', group: 3 },
    editorKeys: true,
  },
  // Needs the clipboard event itself, so it has no menu item: the sheet lists it.
  {
    id: 'edit.pastePlain',
    label: 'Paste as plain text',
    accelerator: 'CmdOrCtrl+Shift+V',
    menu: null,
    editorKeys: true,
  },
  {
    id: 'view.library',
    label: 'Show or hide the library',
    accelerator: 'CmdOrCtrl+\\',
    menu: { name: 'view', group: 0 },
  },
  {
    id: 'view.sidePanel',
    label: 'Show or hide the side panel',
    accelerator: 'CmdOrCtrl+Shift+\\',
    menu: { name: 'view', group: 0 },
  },
  {
    id: 'view.details',
    label: 'Details panel',
    accelerator: { mac: 'Cmd+Ctrl+1', other: 'Ctrl+Shift+1' },
    menu: { name: 'view', group: 1 },
  },
  {
    id: 'view.related',
    label: 'Related panel',
    accelerator: { mac: 'Cmd+Ctrl+2', other: 'Ctrl+Shift+2' },
    menu: { name: 'view', group: 1 },
  },
  {
    id: 'view.history',
    label: 'History panel',
    accelerator: { mac: 'Cmd+Ctrl+3', other: 'Ctrl+Shift+3' },
    menu: { name: 'view', group: 1 },
  },
  {
    id: 'preview.layout',
    label: 'Switch preview layout',
    accelerator: 'CmdOrCtrl+Shift+L',
    menu: { name: 'view', group: 2 },
  },
  { id: 'view.tags', label: 'Tags', accelerator: 'CmdOrCtrl+Shift+T', menu: { name: 'view', group: 2 } },
  { id: 'view.backups', label: 'Backups', accelerator: 'CmdOrCtrl+Shift+U', menu: { name: 'view', group: 2 } },
  {
    id: 'help.shortcuts',
    label: 'Keyboard shortcuts',
    accelerator: 'CmdOrCtrl+/',
    menu: { name: 'help', group: 0 },
  },
] as const satisfies readonly CommandDefinition[];

export type CommandId = (typeof commands)[number]['id'];

export const commandIds: readonly CommandId[] = commands.map((command) => command.id);

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && (commandIds as readonly string[]).includes(value);
}

export function commandById(id: CommandId): CommandDefinition {
  return commands.find((command) => command.id === id)!;
}

/** The accelerator a command uses on a platform. */
export function acceleratorFor(command: CommandDefinition, platform: Platform): string {
  const { accelerator } = command;
  return typeof accelerator === 'string' ? accelerator : platform === 'darwin' ? accelerator.mac : accelerator.other;
}

/** Which menu shows a command on a platform, or null for none. */
export function menuFor(command: CommandDefinition, platform: Platform): MenuName | null {
  if (!command.menu) return null;
  const { name } = command.menu;
  return typeof name === 'string' ? name : platform === 'darwin' ? name.mac : name.other;
}
