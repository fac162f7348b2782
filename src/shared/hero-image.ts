import { z } from 'zod';
import { AssetHash } from './asset';

/** Caps on the words around an image: generous for a caption, far below a payload that hurts. */
export const imageTextLimits = { caption: 2_000, credit: 300, alt: 1_000 } as const;

/**
 * The article's hero photo: an asset with its own caption, credit ("Photo: REUTERS") and
 * alt text, which may differ from a figure showing the same image in the body.
 */
export const HeroImage = z
  .object({
    assetId: AssetHash,
    caption: z.string().max(imageTextLimits.caption, `the caption is over ${imageTextLimits.caption} characters`),
    credit: z.string().max(imageTextLimits.credit, `the credit is over ${imageTextLimits.credit} characters`),
    alt: z.string().max(imageTextLimits.alt, `the alt text is over ${imageTextLimits.alt} characters`),
  })
  .strict();
export type HeroImage = z.infer<typeof HeroImage>;
