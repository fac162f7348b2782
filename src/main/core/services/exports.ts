import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LedeError } from '../../../shared/errors';
import { exportExtensions, type ExportFormat } from '../../../shared/exchange/export-formats';
import type { Layout } from '../../../shared/render';
import type { ArticleService } from './articles';
import type { AssetService } from './assets';
import { exportDocument, type ExportSource } from './export-documents';
import type { RelatedService } from './related';
import { ensureFolder, fileError, insideFolder, safeFileName, writeFileAtomic } from './safe-files';

export interface BatchResult {
  written: { id: string; file: string }[];
  failed: { id: string; message: string }[];
}

export interface ExportService {
  /** One layout of an article as the preview shows it (images embedded), with its "as of". */
  render(articleId: string, layout: Layout, asOf?: number, outlet?: string): { html: string; asOf: number };
  /**
   * Writes an article to `path` in a format (a page's images, for `html-folder`, into
   * `images/` beside it). Atomic per file; an existing file is `already_exists` unless
   * `overwrite` (the save dialog asked).
   */
  save(input: {
    articleId: string;
    format: ExportFormat;
    layout: Layout;
    path: string;
    overwrite: boolean;
    asOf?: number;
  }): {
    path: string;
  };
  /** Registers a folder chosen for a batch export and returns its token; later writes go only there. */
  chooseFolder(folder: string): { folder: string; token: string };
  /**
   * Writes articles into the chosen folder, one file each named from its slug; a failure
   * (a missing article, a name taken) is reported for that article and the rest go on.
   */
  batch(input: {
    token: string;
    articleIds: readonly string[];
    format: ExportFormat;
    overwrite: boolean;
    asOf?: number;
  }): BatchResult;
}

export interface ExportDeps {
  articles: ArticleService;
  related: RelatedService;
  assets: AssetService;
  now: () => number;
}

/** The store as exports read it; an image the store lost is left out rather than failing the export. */
export function exportSource({ articles, related, assets }: Omit<ExportDeps, 'now'>): ExportSource {
  return {
    article: (id) => articles.get(id),
    block: (id) => related.block(id),
    links: (id) => related.of(id),
    asset(hash) {
      if (!assets.has(hash)) return undefined;
      return { ...assets.get(hash), bytes: assets.read(hash).bytes };
    },
  };
}

/** Exports: single files through a save dialog, and batches into a chosen folder. */
export function createExportService(deps: ExportDeps): ExportService {
  const source = exportSource(deps);
  const folders = new Map<string, string>();

  const writeImages = (folder: string, images: { name: string; data: string | Uint8Array }[]): void => {
    if (images.length === 0) return;
    ensureFolder(join(folder, 'images'));
    for (const image of images) {
      const path = insideFolder(folder, image.name);
      // Named by their hash: a file already there holds these very bytes.
      if (!existsSync(path)) writeFileAtomic(path, image.data, false);
    }
  };

  return {
    render(articleId, layout, asOf, outlet) {
      const at = asOf ?? deps.now();
      return { html: exportDocument(source, articleId, 'html', { layout, asOf: at, outlet }).main, asOf: at };
    },

    save({ articleId, format, layout, path, overwrite, asOf }) {
      const folder = dirname(path);
      if (!existsSync(folder) || !statSync(folder).isDirectory())
        throw new LedeError('not_found', `The folder ${folder} does not exist; nothing was written.`);
      const document = exportDocument(source, articleId, format, { layout, asOf: asOf ?? deps.now() });
      writeImages(folder, document.images);
      writeFileAtomic(path, document.main, overwrite);
      return { path };
    },

    chooseFolder(folder) {
      try {
        if (!statSync(folder).isDirectory()) throw new LedeError('invalid_input', `${folder} is not a folder.`);
      } catch (caught) {
        throw fileError(caught, folder);
      }
      const token = randomUUID();
      folders.set(token, folder);
      return { folder, token };
    },

    batch({ token, articleIds, format, overwrite, asOf }) {
      const folder = folders.get(token);
      if (!folder) throw new LedeError('not_found', 'That export folder is no longer open; choose the folder again.');
      const at = asOf ?? deps.now();
      const result: BatchResult = { written: [], failed: [] };
      for (const id of articleIds) {
        try {
          const document = exportDocument(source, id, format, { layout: 'web', asOf: at });
          const name = safeFileName(document.article.slug || document.article.headline, exportExtensions[format]);
          const path = insideFolder(folder, name);
          writeImages(folder, document.images);
          writeFileAtomic(path, document.main, overwrite);
          result.written.push({ id, file: name });
        } catch (caught) {
          result.failed.push({ id, message: caught instanceof Error ? caught.message : String(caught) });
        }
      }
      return result;
    },
  };
}
