import { z } from 'zod';
import { ArticleId } from '../article';
import { channel } from '../channel';
import { exportFormats } from '../exchange/export-formats';
import type { ImportReport } from '../exchange/import-report';
import { layouts } from '../render/render-types';
import { DataDirPath } from './app';

const AsOf = z.number().int().nonnegative().max(8.64e15);
const Format = z.enum(exportFormats, { error: `an export format is one of ${exportFormats.join(', ')}` });
const Layout = z.enum(layouts, { error: `a layout is one of ${layouts.join(', ')}` });
/** An absolute file path, as a save dialog gives it. */
const FilePath = DataDirPath;

export const exchangeChannels = {
  /**
   * One layout of an article, exactly as the preview draws it (images embedded), counting
   * relative times from `asOf` (now if not given), which it returns.
   */
  'exports.render': channel<{ html: string; asOf: number }>()(
    z
      .object({ articleId: ArticleId, layout: Layout, asOf: AsOf.optional(), outlet: z.string().max(200).optional() })
      .strict(),
  ),

  /**
   * Writes one article to a file. In the app, main asks where with a save dialog (which asks
   * before replacing a file) and fills in `path` and `overwrite`; without a path (cancelled)
   * nothing is written. The file is written whole or not at all; an existing file is refused
   * with `already_exists` unless `overwrite`.
   */
  'exports.save': channel<{ cancelled: boolean; path?: string }>()(
    z
      .object({
        articleId: ArticleId,
        format: Format,
        layout: Layout.default('web'),
        path: FilePath.optional(),
        overwrite: z.boolean().default(false),
        asOf: AsOf.optional(),
      })
      .strict(),
  ),

  /** Opens a folder for a batch export (main asks with a folder dialog); later batches write only there. */
  'exports.chooseFolder': channel<{ cancelled: boolean; folder?: string; token?: string }>()(
    z.object({ folder: DataDirPath.optional() }).strict(),
  ),

  /**
   * Writes up to 100 articles into the chosen folder, named from their slugs; the page calls
   * it chunk by chunk, showing progress between chunks and stopping when cancelled.
   */
  'exports.batch': channel<{ written: { id: string; file: string }[]; failed: { id: string; message: string }[] }>()(
    z
      .object({
        token: z.uuid(),
        articleIds: z.array(ArticleId).min(1).max(100),
        format: Format,
        overwrite: z.boolean().default(false),
        asOf: AsOf.optional(),
      })
      .strict(),
  ),

  /**
   * Imports Lede JSON or ninjs files (main asks which with an open dialog and fills in
   * `paths`), each in one transaction, with a report per file of what was mapped and
   * dropped; a bad file gets its error and imports nothing.
   */
  'imports.files': channel<{ cancelled: boolean; reports: ImportReport[] }>()(
    z.object({ paths: z.array(FilePath).max(100).optional() }).strict(),
  ),
};
