import { useEffect } from 'react';
import { useCommand } from '../commands/use-command';
import { rememberTheme } from './early-theme';
import { useLayout } from './use-layout';
import { useSettings } from './use-settings';

/**
 * Puts the appearance settings on the document root, where the stylesheet reads them:
 * `data-theme` (absent for "system", so the media query follows the OS live), the editor's
 * font size, and whether the library column shows. Renders nothing.
 */
export function Appearance() {
  const { settings, loaded } = useSettings();
  const { layout, setLayout } = useLayout();
  const { theme, editorFontSize } = settings;

  // Nothing is applied from the defaults: the page keeps the remembered theme (early-theme)
  // until the stored settings arrive, so a dark desk never flashes light on start.
  useEffect(() => {
    if (!loaded) return;
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    rememberTheme(theme);
  }, [theme, loaded]);
  useEffect(() => {
    if (loaded) document.documentElement.style.setProperty('--editor-font-size', `${editorFontSize}px`);
  }, [editorFontSize, loaded]);
  useEffect(() => {
    if (!loaded) return;
    const root = document.documentElement;
    if (layout.library) delete root.dataset.library;
    else root.dataset.library = 'hidden';
  }, [layout.library, loaded]);
  useEffect(() => {
    if (!loaded) return;
    const root = document.documentElement;
    if (layout.sidePanel) delete root.dataset.sidePanel;
    else root.dataset.sidePanel = 'hidden';
  }, [layout.sidePanel, loaded]);

  useCommand('view.library', () => setLayout((current) => ({ library: !current.library })));
  return null;
}
