import type { CommandId as AppCommandId } from '../../../shared/commands/commands';

/**
 * Every command the palette (Ctrl/Cmd+K) offers, one row each. The app hands the palette
 * an action per command id it can run now (CommandActions); a command without one is not
 * shown, so nothing in the palette ever does nothing. Adding a command is one row here
 * plus its action where the app builds them (App.tsx); the id's type follows the table.
 */
export const commandTable = [
  { id: 'article.new', label: 'New article', keywords: 'create write draft story', keys: 'article.new' },
  { id: 'article.duplicate', label: 'Duplicate this story', keywords: 'copy clone' },
  { id: 'library.show', label: 'Show the library', keywords: 'stories list all' },
  { id: 'library.search', label: 'Search the library', keywords: 'find' },
  { id: 'trash.show', label: 'Open the trash', keywords: 'spiked deleted bin restore' },
  { id: 'tags.manage', label: 'Open the tag manager', keywords: 'tags topics people places merge', keys: 'view.tags' },
  { id: 'backups.show', label: 'Open backups', keywords: 'backup restore copy safety', keys: 'view.backups' },
  { id: 'settings.open', label: 'Settings', keywords: 'preferences name limits theme', keys: 'app.settings' },
  { id: 'shortcuts.show', label: 'Keyboard shortcuts', keywords: 'keys help accelerators', keys: 'help.shortcuts' },
  { id: 'preview.toggle', label: 'Preview: show or hide', keywords: 'layout publish look' },
  { id: 'preview.layout.web', label: 'Preview: web article', keywords: 'layout switch page' },
  { id: 'preview.layout.mobile', label: 'Preview: mobile', keywords: 'layout switch phone' },
  { id: 'preview.layout.print', label: 'Preview: print', keywords: 'layout switch newspaper columns' },
  { id: 'preview.layout.newsletter', label: 'Preview: newsletter', keywords: 'layout switch email' },
  { id: 'preview.layout.social', label: 'Preview: social card', keywords: 'layout switch share image' },
  {
    id: 'preview.export',
    label: 'Export this article…',
    keywords: 'html json ninjs save file',
    keys: 'article.export',
  },
  { id: 'exchange.show', label: 'Export the list or import files', keywords: 'batch folder import ninjs json' },
] as const satisfies readonly CommandRow[];

interface CommandRow {
  id: string;
  label: string;
  /** More words the command is found by. */
  keywords: string;
  /** The app command (src/shared/commands) whose keys do the same outside the palette. */
  keys?: AppCommandId;
}

export type CommandId = (typeof commandTable)[number]['id'];
export type Command = CommandRow & { id: CommandId };
/** What the app can run now, by command id. */
export type CommandActions = Partial<Record<CommandId, () => void>>;

/** The commands the app can run now whose label or keywords hold every word of `text`. */
export function matchCommands(text: string, actions: CommandActions): Command[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return commandTable.filter((command: Command) => {
    if (typeof actions[command.id] !== 'function') return false;
    const haystack = `${command.label} ${command.keywords}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
