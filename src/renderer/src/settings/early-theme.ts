import type { Theme } from '../../../shared/settings';

const key = 'lede-theme';

/**
 * The theme chosen last, kept in the page's own storage too, so the first paint after a
 * start or reload is already in it (the store answers a moment later and confirms it).
 */
export function applyRememberedTheme(): void {
  try {
    const theme = localStorage.getItem(key);
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch {
    // No storage (a locked-down profile): the store's answer sets the theme a moment later.
  }
}

export function rememberTheme(theme: Theme): void {
  try {
    localStorage.setItem(key, theme);
  } catch {
    // As above: only the first paint is affected.
  }
}
