import type { ArticleFields } from '../../../shared/article';
import { defaultSettings, type Settings } from '../../../shared/settings';

let latest: Settings = defaultSettings();

/** Called by the settings provider whenever the settings change. */
export function shareSettings(settings: Settings): void {
  latest = settings;
}

/**
 * The settings as the page last had them, for code above the settings provider (creating
 * an article from the sidebar): no extra call, so a new article opens as fast as before.
 */
export function latestSettings(): Settings {
  return latest;
}

/** What a new article starts with: the default byline and section from the settings. */
export function newArticleFields(settings: Pick<Settings, 'defaultByline' | 'defaultSection'>): Partial<ArticleFields> {
  return {
    ...(settings.defaultByline ? { bylines: [settings.defaultByline] } : {}),
    ...(settings.defaultSection ? { section: settings.defaultSection } : {}),
  };
}
