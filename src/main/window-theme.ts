import type { Theme } from '../shared/settings';

/** The page's `--paper` colour in each theme (src/renderer/src/theme/tokens.css; a test keeps them equal). */
export const paperColours = { light: '#f7f5f0', dark: '#1b1a18' } as const;

/** The window's background before the page paints, so a dark desk never sees a white flash. */
export function windowBackground(theme: Theme, systemIsDark: boolean): string {
  const dark = theme === 'dark' || (theme === 'system' && systemIsDark);
  return dark ? paperColours.dark : paperColours.light;
}
