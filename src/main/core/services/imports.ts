import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Node as PmNode } from '@tiptap/pm/model';
import { defaultLanguage } from '../../../shared/article';
import { formatBytes } from '../../../shared/asset';
import type { DocNode } from '../../../shared/doc';
import { LedeError } from '../../../shared/errors';
import { maxImportBytes, type ImportReport } from '../../../shared/exchange/import-report';
import { assetBytes, ledeFormat, LedeJsonFile } from '../../../shared/exchange/lede-json';
import { readNinjs } from '../../../shared/exchange/ninjs-read';
import { canonicalLanguage } from '../../../shared/language';
import { bodySchema, knownMarkup } from '../../../shared/render';
import { isSlug } from '../../../shared/slug';
import type { Tag } from '../../../shared/tag';
import { instantOf } from '../../../shared/zoned-time';
import type { AssetService } from './assets';
import { importArticleStatement, type ImportedRow } from './import-article';
import { createSlugs } from './slugs';
import type { TagStore } from './tag-store';

export interface ImportService {
  /** Imports one file (Lede JSON or ninjs 2.x/3.x) in one transaction; a bad file imports nothing and says why. */
  importFile(path: string): ImportReport;
  /** The same for text already read (`name` is what the report calls it). */
  importText(text: string, name: string): ImportReport;
}

export interface ImportDeps {
  tags: TagStore;
  assets: AssetService;
  now: () => number;
}

class FileProblem extends Error {}

/** Import of native JSON and ninjs; each file in its own transaction, with a report. */
export function createImportService(db: Database.Database, deps: ImportDeps): ImportService {
  const insertArticle = importArticleStatement(db);
  const slugs = createSlugs(db);
  const articleExists = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
  const insertLink = db.prepare(
    'INSERT INTO article_links (source_id, target_id, relation, position, note, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );

  /** A free id: the file's own unless the store already has it. */
  const freeId = (wanted: string | undefined, report: ImportReport): string => {
    if (!wanted) return randomUUID();
    if (articleExists.get(wanted) === undefined) return wanted;
    report.dropped.push('its id (this store already has that article): imported as a copy with a new id');
    return randomUUID();
  };
  const freeSlug = (
    wanted: string,
    headline: string,
    id: string,
    report: ImportReport,
  ): { slug: string; edited: boolean } => {
    if (wanted && isSlug(wanted) && !slugs.owner(wanted)) return { slug: wanted, edited: true };
    if (wanted) report.dropped.push(`the slug “${wanted.slice(0, 80)}” (taken or not a slug): a new one was derived`);
    return { slug: slugs.derive(headline || wanted || 'imported', id), edited: false };
  };
  const checkedBody = (doc: DocNode, report: ImportReport): DocNode => {
    const known = knownMarkup(doc);
    for (const [type, count] of Object.entries(known.dropped.nodes))
      report.dropped.push(`${count} body block(s) of unknown type “${type}”`);
    for (const [type, count] of Object.entries(known.dropped.marks))
      report.dropped.push(`${count} unknown text mark(s) “${type}”`);
    try {
      PmNode.fromJSON(bodySchema(), known.doc).check();
      return known.doc;
    } catch {
      throw new FileProblem('its body does not fit the editor’s schema (blocks in places they cannot go)');
    }
  };
  const resolveTags = (tags: readonly Omit<Tag, 'id'>[]): number[] =>
    deps.tags.resolve(
      tags.map((tag) => ({ ...tag, id: 0 })),
      -1,
    );
  const link = (
    sourceId: string,
    targets: readonly { id: string; relation: string; note: string }[],
    report: ImportReport,
  ): void => {
    let position = 0;
    for (const target of targets) {
      if (target.id === sourceId || articleExists.get(target.id) === undefined) {
        report.dropped.push(`a related link to ${target.id} (no such story in this store)`);
        continue;
      }
      insertLink.run(sourceId, target.id, target.relation, position++, target.note, deps.now());
      report.mapped.push(`related link to ${target.id}`);
    }
  };

  function importLede(value: Record<string, unknown>, report: ImportReport): void {
    if (value.format !== ledeFormat.format)
      throw new FileProblem(`its format is “${String(value.format).slice(0, 40)}”, not “${ledeFormat.format}”`);
    if (value.version !== ledeFormat.version)
      throw new FileProblem(
        `it is version ${String(value.version).slice(0, 20)} of the Lede format; this Lede reads version ${ledeFormat.version}`,
      );
    report.format = `Lede JSON ${ledeFormat.version}`;
    const parsed = LedeJsonFile.safeParse(value);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.') || 'the file'}: ${issue.message}`);
      throw new FileProblem(`it does not hold a valid article (${issues.join('; ')})`);
    }
    const file = parsed.data;
    const body = checkedBody(file.article.body, report);
    db.transaction(() => {
      for (const asset of file.assets) {
        let bytes: Uint8Array | undefined;
        try {
          bytes = assetBytes(asset);
        } catch {
          throw new FileProblem(`the image ${asset.hash.slice(0, 12)}… is not valid base64`);
        }
        if (bytes) {
          const stored = deps.assets.add(bytes);
          if (stored.hash !== asset.hash)
            throw new FileProblem(`the image ${asset.hash.slice(0, 12)}… does not match its own hash`);
          report.mapped.push(`image ${asset.hash.slice(0, 12)}…`);
        } else if (!deps.assets.has(asset.hash)) {
          report.dropped.push(`image ${asset.hash.slice(0, 12)}… (referenced, not in the file or this store)`);
        }
      }
      const id = freeId(file.article.id, report);
      const { slug, edited } = freeSlug(file.article.slug, file.article.headline, id, report);
      let hero = file.article.hero;
      if (hero && !deps.assets.has(hero.assetId)) {
        report.dropped.push('the hero image (its bytes are not in the file or this store)');
        hero = null;
      }
      const embargo = file.article.embargo
        ? { ...file.article.embargo, at: instantOf(file.article.embargo.local, file.article.embargo.timeZone)! }
        : null;
      insertArticle({ ...file.article, id, slug, slugEdited: edited && file.article.slugEdited, embargo, hero, body });
      deps.tags.setArticleTags(id, resolveTags(file.tags));
      link(id, file.related, report);
      report.articleId = id;
      report.headline = file.article.headline;
      report.mapped.unshift('every article field', `${file.tags.length} tag(s)`);
    })();
  }

  function importNinjs(value: Record<string, unknown>, report: ImportReport): void {
    let read;
    try {
      read = readNinjs(value);
    } catch (caught) {
      throw new FileProblem((caught as Error).message.replace(/^This ninjs item /, 'it '));
    }
    report.format = `ninjs ${read.version}`;
    const body = checkedBody(read.body, report);
    db.transaction(() => {
      const id = freeId(read.id, report);
      const { slug, edited } = freeSlug(read.slug, read.headline, id, report);
      let hero: ImportedRow['hero'] = null;
      if (read.hero) {
        const stored = deps.assets.add(read.hero.bytes);
        hero = { assetId: stored.hash, caption: read.hero.caption, credit: read.hero.credit, alt: read.hero.alt };
      }
      const now = deps.now();
      const language = (read.language && canonicalLanguage(read.language)) || defaultLanguage;
      if (read.language && language !== read.language)
        report.dropped.push(`the language “${read.language.slice(0, 40)}” (not a language tag): English assumed`);
      const embargo =
        read.embargoAt === undefined
          ? null
          : {
              local: new Date(read.embargoAt).toISOString().slice(0, 16),
              timeZone: 'UTC',
              at: Math.floor(read.embargoAt / 60_000) * 60_000,
            };
      insertArticle({
        id,
        kicker: read.kicker,
        headline: read.headline,
        altHeadlines: read.altHeadlines,
        standfirst: read.standfirst,
        slug,
        slugEdited: edited,
        bylines: read.bylines,
        dateline: read.dateline,
        section: '',
        source: read.source,
        language,
        urgency: read.urgency,
        editorsNote: read.editorsNote,
        embargo,
        // Copy from another desk starts as a draft here, whatever its status there.
        status: 'draft',
        statusBeforeSpike: null,
        createdAt: read.createdAt ?? now,
        updatedAt: read.updatedAt ?? now,
        firstPublishedAt: null,
        revision: 1,
        hero,
        body,
      });
      deps.tags.setArticleTags(id, resolveTags(read.tags));
      link(
        id,
        read.related.map((target) => ({ ...target, note: '' })),
        report,
      );
      report.articleId = id;
      report.headline = read.headline;
      report.mapped.unshift(...read.mapped);
      report.dropped.push(...read.dropped.map((key) => (key.includes(' ') ? key : `the “${key}” property`)));
    })();
  }

  function importText(text: string, name: string): ImportReport {
    const report: ImportReport = { file: name, ok: false, mapped: [], dropped: [] };
    try {
      if (text.length > maxImportBytes) throw new FileProblem(`it is over ${formatBytes(maxImportBytes)}`);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (caught) {
        throw new FileProblem(`it is not valid JSON (${(caught as Error).message.slice(0, 120)})`);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new FileProblem('it is not a JSON object');
      const object = value as Record<string, unknown>;
      if ('format' in object || ('version' in object && 'article' in object)) importLede(object, report);
      else if ('uri' in object || 'headlines' in object || 'bodies' in object || 'body_html' in object)
        importNinjs(object, report);
      else throw new FileProblem('it is neither a Lede article (no "format") nor a ninjs item (no "uri")');
      report.ok = true;
    } catch (caught) {
      report.mapped = [];
      report.dropped = [];
      delete report.articleId;
      delete report.headline;
      const reason =
        caught instanceof FileProblem ? caught.message : caught instanceof LedeError ? caught.message : String(caught);
      report.error = `${name} was not imported: ${reason}. Nothing from it was written.`;
    }
    return report;
  }

  return {
    importText,
    importFile(path) {
      const name = basename(path);
      try {
        const size = statSync(path).size;
        if (size > maxImportBytes)
          return {
            file: name,
            ok: false,
            mapped: [],
            dropped: [],
            error: `${name} was not imported: it is ${formatBytes(size)}, over the ${formatBytes(maxImportBytes)} an import reads. Nothing from it was written.`,
          };
        return importText(readFileSync(path, 'utf8'), name);
      } catch (caught) {
        const code = (caught as { code?: string }).code ?? 'unknown error';
        return {
          file: name,
          ok: false,
          mapped: [],
          dropped: [],
          error: `${name} could not be read (${code}). Nothing from it was written.`,
        };
      }
    },
  };
}
