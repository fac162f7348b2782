import { createHash } from 'node:crypto';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** sha256 of the SQL with line endings normalised, so a CRLF checkout still matches. */
  checksum: string;
}

const fileName = /(?:^|\/)(\d{4})-([a-z0-9-]+)\.sql$/;

/**
 * Turns `{ path: sql }` into an ordered, gap-free list. Numbers start at 1 and rise by one;
 * anything else is a packaging mistake and fails loudly rather than skipping a step.
 */
export function parseMigrationFiles(files: Record<string, string>): Migration[] {
  const migrations = Object.entries(files).map(([path, text]) => {
    const match = fileName.exec(path);
    if (!match) throw new Error(`Migration file ${path} is not named NNNN-name.sql`);
    const sql = text.replace(/\r\n/g, '\n');
    return {
      version: Number(match[1]),
      name: `${match[1]}-${match[2]}`,
      sql,
      checksum: createHash('sha256').update(sql).digest('hex'),
    };
  });
  migrations.sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migrations must be numbered 0001, 0002, ... without gaps; found ${migration.name}`);
    }
  });
  return migrations;
}

/** The migrations shipped with this build, bundled as text by Vite. */
export const bundledMigrations: Migration[] = parseMigrationFiles(
  import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true }),
);
