// Kept free of Electron imports so unit tests can pin the choices; index.ts wires them.

/**
 * The spellchecker dictionaries for an article in `tag` (BCP 47), chosen from those the
 * platform offers: the exact tag, then the same language in another region (en-US for
 * en-GB, en-GB for plain en is fine), preferring the language's usual region. Empty when
 * none fits, so the caller leaves the dictionaries as they are rather than guessing.
 */
export function spellcheckLanguagesFor(tag: string, available: readonly string[]): string[] {
  const wanted = tag.toLowerCase();
  const exact = available.find((code) => code.toLowerCase() === wanted);
  if (exact) return [exact];
  const language = wanted.split('-')[0]!;
  const sameLanguage = available.filter((code) => code.toLowerCase().split('-')[0] === language);
  if (sameLanguage.length === 0) return [];
  const usual = `${language}-${language}`;
  const preferred =
    sameLanguage.find((code) => code.toLowerCase() === language) ??
    sameLanguage.find((code) => code.toLowerCase() === usual) ??
    (language === 'en' ? sameLanguage.find((code) => code === 'en-US') : undefined) ??
    sameLanguage[0]!;
  return [preferred];
}

/** What the context menu needs from Electron's `context-menu` event parameters. */
export interface ContextMenuFacts {
  isEditable: boolean;
  misspelledWord: string;
  dictionarySuggestions: string[];
  selectionText: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean };
}

export interface ContextMenuActions {
  replaceMisspelling: (word: string) => void;
  addToDictionary: (word: string) => void;
}

/** A menu item as Electron's Menu.buildFromTemplate takes it (the subset used here). */
export interface MenuItemSpec {
  label?: string;
  role?: 'cut' | 'copy' | 'paste';
  type?: 'separator';
  enabled?: boolean;
  click?: () => void;
}

/**
 * The editor's context menu: spelling suggestions for a misspelt word (at most five),
 * "Add to dictionary", then Cut, Copy and Paste. Nothing at all outside editable text
 * and selections, so the page never shows an empty menu.
 */
export function contextMenuTemplate(facts: ContextMenuFacts, actions: ContextMenuActions): MenuItemSpec[] {
  const items: MenuItemSpec[] = [];
  if (facts.isEditable && facts.misspelledWord) {
    const suggestions = facts.dictionarySuggestions.slice(0, 5);
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false });
    for (const suggestion of suggestions) {
      items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    }
    items.push({
      label: `Add “${facts.misspelledWord}” to dictionary`,
      click: () => actions.addToDictionary(facts.misspelledWord),
    });
    items.push({ type: 'separator' });
  }
  if (facts.isEditable) {
    items.push(
      { label: 'Cut', role: 'cut', enabled: facts.editFlags.canCut },
      { label: 'Copy', role: 'copy', enabled: facts.editFlags.canCopy },
      { label: 'Paste', role: 'paste', enabled: facts.editFlags.canPaste },
    );
  } else if (facts.selectionText.trim()) {
    items.push({ label: 'Copy', role: 'copy', enabled: facts.editFlags.canCopy });
  }
  return items;
}

/** The article language a contract result carries, if it is an article or its summary. */
export function languageOfResult(channel: string, value: unknown): string | undefined {
  if (
    !['articles.get', 'articles.create', 'articles.update', 'articles.setStatus', 'revisions.restore'].includes(channel)
  ) {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const language = (value as { language?: unknown }).language;
  return typeof language === 'string' ? language : undefined;
}
