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
