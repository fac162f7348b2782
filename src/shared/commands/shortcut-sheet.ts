import { chordAria, chordLabel, parseAccelerator } from './accelerator';
import { acceleratorFor, commands, menuFor, type CommandId, type MenuName, type Platform } from './commands';

export interface SheetRow {
  id: CommandId;
  label: string;
  /** As people read it: `⇧⌘K` or `Ctrl+Shift+K`. */
  keys: string;
  /** For `aria-keyshortcuts`. */
  aria: string;
  /** Not wired yet: the feature lands later. */
  pending: boolean;
}

export interface SheetSection {
  title: string;
  rows: SheetRow[];
}

const titles: Record<MenuName | 'none', string> = {
  app: 'Lede',
  file: 'Articles',
  edit: 'Editing',
  view: 'View',
  window: 'Windows',
  help: 'Help',
  none: 'Editing',
};

/** The keyboard-shortcuts sheet, from the same table as the menu: every command once, by menu. */
export function shortcutSheet(platform: Platform): SheetSection[] {
  const sections = new Map<string, SheetRow[]>();
  for (const command of commands) {
    const title = titles[menuFor(command, platform) ?? 'none'];
    const chord = parseAccelerator(acceleratorFor(command, platform), platform);
    const rows = sections.get(title) ?? [];
    rows.push({
      id: command.id,
      label: command.label,
      keys: chordLabel(chord, platform),
      aria: chordAria(chord),
      pending: 'pending' in command,
    });
    sections.set(title, rows);
  }
  return [...sections].map(([title, rows]) => ({ title, rows }));
}

/** The platform the page runs on, from the browser's own report. */
export function pagePlatform(userAgentPlatform: string): Platform {
  if (/mac/i.test(userAgentPlatform)) return 'darwin';
  if (/win/i.test(userAgentPlatform)) return 'win32';
  return 'linux';
}
