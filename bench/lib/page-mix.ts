/**
 * Library pages the `search` suite times: the list as people narrow it, by status,
 * section, author, tag, language, dates and embargo, alone and combined, at the top and a
 * little way down, in the orders the list offers. Filter values come from the archive
 * itself (the most used section, a busy author, a quiet one), so they exist at any size.
 */
import type Database from 'better-sqlite3';
import type { LibraryQueryInput } from '../../src/shared/library';

export interface MixPage {
  query: LibraryQueryInput;
  offset: number;
}

const day = 86_400_000;

export function pageMix(db: Database.Database, now: number): MixPage[] {
  const column = <T>(sql: string): T[] => db.prepare(sql).pluck().all() as T[];
  const sections = column<string>(
    "SELECT section FROM library_entries WHERE section <> '' GROUP BY section ORDER BY count(*) DESC",
  );
  const authors = column<string>('SELECT name FROM article_bylines GROUP BY name ORDER BY count(*) DESC, name');
  const tags = column<number>('SELECT tag_id FROM article_tags GROUP BY tag_id ORDER BY count(*) DESC, tag_id');
  const at = <T>(list: T[], index: number): T => list[Math.min(index, list.length - 1)]!;
  const pages: MixPage[] = [
    { query: {}, offset: 0 },
    { query: {}, offset: 50 },
    { query: {}, offset: 1_000 },
    { query: { sort: 'created' }, offset: 0 },
    { query: { sort: 'headline' }, offset: 0 },
    { query: { view: 'trash' }, offset: 0 },
    { query: { filters: { statuses: ['draft'] } }, offset: 0 },
    { query: { filters: { statuses: ['in_edit', 'ready'] } }, offset: 0 },
    { query: { filters: { statuses: ['published'] }, sort: 'created' }, offset: 100 },
    { query: { filters: { sections: [at(sections, 0)] } }, offset: 0 },
    { query: { filters: { sections: [at(sections, 5)] } }, offset: 50 },
    { query: { filters: { sections: [at(sections, 1), at(sections, 2)] } }, offset: 0 },
    { query: { filters: { authors: [at(authors, 0)] } }, offset: 0 },
    { query: { filters: { authors: [at(authors, 100)] } }, offset: 0 },
    { query: { filters: { tagIds: [at(tags, 0)] } }, offset: 0 },
    { query: { filters: { tagIds: [at(tags, 50)] } }, offset: 0 },
    { query: { filters: { languages: ['fr'] } }, offset: 0 },
    { query: { filters: { from: now - 7 * day } }, offset: 0 },
    { query: { filters: { dateField: 'created', from: now - 30 * day, to: now - 20 * day } }, offset: 0 },
    { query: { filters: { embargoed: true } }, offset: 0 },
    {
      query: { filters: { sections: [at(sections, 0)], statuses: ['published'], from: now - 90 * day } },
      offset: 0,
    },
    { query: { filters: { sections: [at(sections, 3)], authors: [at(authors, 20)] } }, offset: 0 },
  ];
  return pages;
}
