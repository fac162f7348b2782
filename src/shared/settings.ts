import { z } from 'zod';

/** Hard bounds on a desk limit: a limit outside them is a typing slip. */
export const deskLimitBounds = { min: 10, max: 1_000 } as const;

const deskLimit = (what: string) =>
  z
    .number({ error: `the ${what} limit must be a number` })
    .int(`the ${what} limit must be a whole number`)
    .min(deskLimitBounds.min, `the ${what} limit must be at least ${deskLimitBounds.min}`)
    .max(deskLimitBounds.max, `the ${what} limit must be at most ${deskLimitBounds.max}`);

/** The desk's length limits, in characters; counters and pre-flight read them. */
export const DeskLimits = z
  .object({
    headline: deskLimit('headline'),
    standfirst: deskLimit('standfirst'),
    web: deskLimit('web headline'),
    seo: deskLimit('SEO headline'),
    social: deskLimit('social headline'),
  })
  .strict();
export type DeskLimits = z.infer<typeof DeskLimits>;

export const Theme = z.enum(['light', 'dark', 'system'], { error: 'the theme must be light, dark or system' });
export type Theme = z.infer<typeof Theme>;

export const editorFontSizeBounds = { min: 12, max: 28 } as const;

/** An absolute folder path: `/…`, `C:\…` or `\\server\…`, without NUL bytes. */
export const AbsolutePath = z
  .string()
  .min(1)
  .max(4_096, 'the folder path is too long')
  .regex(/^(?:\/|[A-Za-z]:[\\/]|\\\\)[^\0]*$/, 'the folder must be an absolute path');

/** The panels shown around the editor. */
export const PanelLayout = z
  .object({
    library: z.boolean(),
    sidePanel: z.boolean(),
    tab: z.enum(['details', 'related', 'history']),
  })
  .strict();
export type PanelLayout = z.infer<typeof PanelLayout>;

/** A window's outer size and place on the desktop, in screen pixels. */
export const WindowBounds = z
  .object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().min(200).max(100_000),
    height: z.number().int().min(200).max(100_000),
    maximized: z.boolean(),
  })
  .strict();
export type WindowBounds = z.infer<typeof WindowBounds>;

/**
 * Every setting: its key, the schema its value must pass, and its default. The store keeps
 * one row per key (JSON); a missing row, or a value this build cannot read, gives the
 * default. Adding a setting means adding one entry here.
 */
export const settingDefinitions = {
  /** Length limits for the headline, standfirst and alternative headlines. */
  deskLimits: {
    schema: DeskLimits,
    defaults: { headline: 110, standfirst: 250, web: 110, seo: 70, social: 100 } as DeskLimits,
  },
  /** Who is writing on this computer; shown as the author of saved versions. */
  authorName: {
    schema: z.string().max(200, 'your name must be 200 characters or fewer'),
    defaults: '',
  },
  /** Put on every new article as its byline; empty for none. */
  defaultByline: {
    schema: z.string().trim().max(200, 'the default byline must be 200 characters or fewer'),
    defaults: '',
  },
  /** The section every new article starts in; empty for none. */
  defaultSection: {
    schema: z.string().trim().max(200, 'the default section must be 200 characters or fewer'),
    defaults: '',
  },
  /**
   * Dictionaries the spellchecker always uses beside the article's own language (Windows
   * and Linux; macOS picks its own), as language tags such as `en-GB`.
   */
  spellcheckLanguages: {
    schema: z
      .array(z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'a spellcheck language must look like en or en-GB'))
      .max(8, 'at most 8 spellcheck languages'),
    defaults: [] as string[],
  },
  /** Light, dark, or whatever the system uses (and follows it as it changes). */
  theme: { schema: Theme, defaults: 'system' as Theme },
  /** The body text size in the editor, in CSS pixels. */
  editorFontSize: {
    schema: z
      .number({ error: 'the editor font size must be a number' })
      .int('the editor font size must be a whole number')
      .min(editorFontSizeBounds.min, `the editor font size must be at least ${editorFontSizeBounds.min}`)
      .max(editorFontSizeBounds.max, `the editor font size must be at most ${editorFontSizeBounds.max}`),
    defaults: 18,
  },
  /** Where exports are saved unless chosen otherwise; empty until someone picks a folder. */
  exportFolder: { schema: z.union([z.literal(''), AbsolutePath]), defaults: '' },
  /** Which panels were open, so the next start (and the next article) shows them the same. */
  layout: { schema: PanelLayout, defaults: { library: true, sidePanel: true, tab: 'details' } as PanelLayout },
  /** The main window's last size and place (written by main when it closes); null before then. */
  windowBounds: { schema: WindowBounds.nullable(), defaults: null as WindowBounds | null },
} as const;

export type SettingKey = keyof typeof settingDefinitions;
export type Settings = { [K in SettingKey]: z.infer<(typeof settingDefinitions)[K]['schema']> };

export const settingKeys = Object.keys(settingDefinitions) as SettingKey[];

export function defaultSettings(): Settings {
  return structuredClone(
    Object.fromEntries(settingKeys.map((key) => [key, settingDefinitions[key].defaults])) as Settings,
  );
}

/** A change to some settings; each key given replaces that setting whole. */
export const SettingsPatch = z
  .object(
    Object.fromEntries(settingKeys.map((key) => [key, settingDefinitions[key].schema])) as {
      [K in SettingKey]: (typeof settingDefinitions)[K]['schema'];
    },
  )
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

/** A stored value read back: the default when it is absent or no longer valid. */
export function readSetting<K extends SettingKey>(key: K, stored: unknown): Settings[K] {
  const parsed = settingDefinitions[key].schema.safeParse(stored);
  return (parsed.success ? parsed.data : structuredClone(settingDefinitions[key].defaults)) as Settings[K];
}
