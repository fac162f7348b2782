import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledMigrations, parseMigrationFiles } from './migrations';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('parseMigrationFiles', () => {
  it('orders migrations by number whatever order the files come in', () => {
    const migrations = parseMigrationFiles({
      './migrations/0003-third.sql': 'SELECT 3;',
      './migrations/0001-first.sql': 'SELECT 1;',
      './migrations/0002-second-step.sql': 'SELECT 2;',
    });
    expect(migrations.map((m) => m.version)).toEqual([1, 2, 3]);
    expect(migrations.map((m) => m.name)).toEqual(['0001-first', '0002-second-step', '0003-third']);
    expect(migrations.map((m) => m.sql)).toEqual(['SELECT 1;', 'SELECT 2;', 'SELECT 3;']);
    expect(migrations[1]!.checksum).toBe(sha256('SELECT 2;'));
  });

  it('accepts bare file names as well as paths', () => {
    const [only] = parseMigrationFiles({ '0001-init.sql': 'SELECT 1;' });
    expect(only).toEqual({ version: 1, name: '0001-init', sql: 'SELECT 1;', checksum: sha256('SELECT 1;') });
  });

  it('returns an empty list for no files', () => {
    expect(parseMigrationFiles({})).toEqual([]);
  });

  it('throws on a gap in the numbering', () => {
    expect(() =>
      parseMigrationFiles({ './migrations/0001-a.sql': 'SELECT 1;', './migrations/0003-c.sql': 'SELECT 3;' }),
    ).toThrow(/without gaps; found 0003-c/);
  });

  it('throws when numbering does not start at 1', () => {
    expect(() => parseMigrationFiles({ './migrations/0002-b.sql': 'SELECT 2;' })).toThrow(/found 0002-b/);
  });

  it('throws on two migrations with the same number', () => {
    expect(() =>
      parseMigrationFiles({ './migrations/0001-a.sql': 'SELECT 1;', './migrations/0001-b.sql': 'SELECT 2;' }),
    ).toThrow(/without gaps/);
  });

  it.each([
    './migrations/1-short.sql',
    './migrations/00001-five-digits.sql',
    './migrations/0001_underscore.sql',
    './migrations/0001-Upper.sql',
    './migrations/0001-name.txt',
    './migrations/0001-.sql',
    './migrations/articles.sql',
  ])('throws on the badly named file %s', (path) => {
    expect(() => parseMigrationFiles({ [path]: 'SELECT 1;' })).toThrow(
      `Migration file ${path} is not named NNNN-name.sql`,
    );
  });

  it('normalises CRLF line endings so a Windows checkout has the same checksum', () => {
    const lf = 'CREATE TABLE t (\n  a INTEGER\n);\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(crlf).not.toBe(lf);
    const [fromLf] = parseMigrationFiles({ '0001-t.sql': lf });
    const [fromCrlf] = parseMigrationFiles({ '0001-t.sql': crlf });
    expect(fromCrlf!.sql).toBe(lf);
    expect(fromCrlf!.sql).not.toContain('\r');
    expect(fromCrlf!.checksum).toBe(fromLf!.checksum);
    expect(fromCrlf!.checksum).toBe(sha256(lf));
  });

  it('gives different SQL a different checksum', () => {
    const [a] = parseMigrationFiles({ '0001-t.sql': 'SELECT 1;' });
    const [b] = parseMigrationFiles({ '0001-t.sql': 'SELECT 1; ' });
    expect(a!.checksum).not.toBe(b!.checksum);
  });
});

describe('bundledMigrations', () => {
  it('is non-empty and numbered 1, 2, ... without gaps', () => {
    expect(bundledMigrations.length).toBeGreaterThan(0);
    expect(bundledMigrations.map((m) => m.version)).toEqual(bundledMigrations.map((_, i) => i + 1));
  });

  it('holds exactly the .sql files in the migrations folder, with matching names and checksums', () => {
    const folder = join(import.meta.dirname, 'migrations');
    const files = readdirSync(folder)
      .filter((name) => name.endsWith('.sql'))
      .sort();
    expect(bundledMigrations.map((m) => `${m.name}.sql`)).toEqual(files);
    bundledMigrations.forEach((migration, index) => {
      const text = readFileSync(join(folder, files[index]!), 'utf8').replace(/\r\n/g, '\n');
      expect(migration.sql).toBe(text);
      expect(migration.checksum).toBe(sha256(text));
    });
  });

  it('starts by creating the articles table', () => {
    expect(bundledMigrations[0]!.name).toBe('0001-articles');
    expect(bundledMigrations[0]!.sql).toMatch(/CREATE TABLE articles/);
  });
});
