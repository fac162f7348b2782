/**
 * Every command the palette (Ctrl/Cmd+K) offers, in one table. A command names the action
 * it needs from the app; the app passes the actions it has, and a command whose action is
 * missing is not shown, so nothing in the palette ever does nothing. A feature adds its
 * command here and its action where the app builds the context (App.tsx).
 */
export interface CommandActions {
  createArticle: () => void;
  showLibrary: () => void;
  showTrash: () => void;
  focusSearch: () => void;
  openSettings: () => void;
  /** With a story open. */
  duplicateArticle?: () => void;
  /** The tag manager (tags and related coverage). */
  openTagManager?: () => void;
  /** Export the open story (preview and export). */
  exportArticle?: () => void;
  /** Next preview layout (preview and export). */
  switchPreviewLayout?: () => void;
}

export interface Command {
  id: string;
  label: string;
  /** More words the command is found by. */
  keywords: string;
  /** The key that does the same outside the palette, as shown. */
  shortcut?: string;
  /** The action it runs; the command is hidden when the app has not given it. */
  action: keyof CommandActions;
}

export const commandTable: readonly Command[] = [
  {
    id: 'article.new',
    label: 'New article',
    keywords: 'create write draft story',
    shortcut: 'Ctrl+N',
    action: 'createArticle',
  },
  { id: 'article.duplicate', label: 'Duplicate this story', keywords: 'copy clone', action: 'duplicateArticle' },
  { id: 'article.export', label: 'Export this story', keywords: 'html json save file', action: 'exportArticle' },
  {
    id: 'preview.layout',
    label: 'Switch preview layout',
    keywords: 'web mobile print newsletter social',
    action: 'switchPreviewLayout',
  },
  { id: 'library.show', label: 'Show the library', keywords: 'stories list all', action: 'showLibrary' },
  { id: 'library.search', label: 'Search the library', keywords: 'find', action: 'focusSearch' },
  { id: 'trash.show', label: 'Open the trash', keywords: 'spiked deleted bin restore', action: 'showTrash' },
  { id: 'tags.manage', label: 'Open the tag manager', keywords: 'tags topics people places', action: 'openTagManager' },
  { id: 'settings.open', label: 'Settings', keywords: 'preferences name limits', action: 'openSettings' },
];

/** The commands the app can run now whose label or keywords hold every word of `text`. */
export function matchCommands(text: string, actions: Partial<CommandActions>): Command[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return commandTable.filter((command) => {
    if (typeof actions[command.action] !== 'function') return false;
    const haystack = `${command.label} ${command.keywords}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
