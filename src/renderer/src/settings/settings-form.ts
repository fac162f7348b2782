import type { DeskLimits, Settings, Theme } from '../../../shared/settings';

export const limitFields: { key: keyof DeskLimits; label: string }[] = [
  { key: 'headline', label: 'Headline' },
  { key: 'standfirst', label: 'Standfirst' },
  { key: 'web', label: 'Web headline' },
  { key: 'seo', label: 'SEO headline' },
  { key: 'social', label: 'Social headline' },
];

export const themeChoices: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** What the form holds: text as typed, turned into settings (and checked) only on save. */
export interface SettingsDraft {
  authorName: string;
  defaultByline: string;
  defaultSection: string;
  limits: Record<keyof DeskLimits, string>;
  theme: Theme;
  editorFontSize: string;
  spellcheckLanguages: string;
  exportFolder: string;
}

export function draftOf(settings: Settings): SettingsDraft {
  return {
    authorName: settings.authorName,
    defaultByline: settings.defaultByline,
    defaultSection: settings.defaultSection,
    limits: Object.fromEntries(limitFields.map(({ key }) => [key, String(settings.deskLimits[key])])) as Record<
      keyof DeskLimits,
      string
    >,
    theme: settings.theme,
    editorFontSize: String(settings.editorFontSize),
    spellcheckLanguages: settings.spellcheckLanguages.join(', '),
    exportFolder: settings.exportFolder,
  };
}

/** The draft as a settings patch, for `SettingsPatch` to check. */
export function patchOf(draft: SettingsDraft): Record<string, unknown> {
  return {
    authorName: draft.authorName,
    defaultByline: draft.defaultByline,
    defaultSection: draft.defaultSection,
    deskLimits: Object.fromEntries(limitFields.map(({ key }) => [key, Number(draft.limits[key])])),
    theme: draft.theme,
    editorFontSize: Number(draft.editorFontSize),
    spellcheckLanguages: draft.spellcheckLanguages
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(normaliseLanguage),
    exportFolder: draft.exportFolder.trim(),
  };
}

/** `en_gb` or `EN-gb` as typed becomes `en-GB`. */
function normaliseLanguage(tag: string): string {
  const [language = '', region] = tag.replace('_', '-').split('-');
  return region ? `${language.toLowerCase()}-${region.toUpperCase()}` : language.toLowerCase();
}
