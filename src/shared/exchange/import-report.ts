/** What importing one file did: the article made, what was taken, what was left out. */
export interface ImportReport {
  file: string;
  ok: boolean;
  /** "Lede JSON 1", "ninjs 2.x", "ninjs 3.x", once recognised. */
  format?: string;
  articleId?: string;
  headline?: string;
  /** Fields and parts taken into the article. */
  mapped: string[];
  /** Parts left out, each with the reason. */
  dropped: string[];
  /** Why nothing was imported from the file. */
  error?: string;
}

/** The largest file an import reads: far beyond an article with its photos, far below what hurts. */
export const maxImportBytes = 100 * 1024 * 1024;
