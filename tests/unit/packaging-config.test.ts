import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(join(root, 'package.json'));

interface BuilderConfig {
  asar?: boolean;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  extraResources?: { from: string; to: string }[];
  electronFuses?: Record<string, boolean>;
  linux?: { target?: string[] };
  mac?: { target?: string[]; hardenedRuntime?: boolean };
  win?: { target?: string[] };
}

const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

/** electron-builder's own schema of the `electronFuses` block, from the installed version. */
function knownFuses(): string[] {
  const schemaPath = join(require.resolve('app-builder-lib/package.json'), '..', 'scheme.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as {
    definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
  };
  return Object.keys(schema.definitions.FuseOptionsV1.properties);
}

describe('electron-builder.yml', () => {
  it('turns off running as Node, NODE_OPTIONS and the inspector, and loads only an intact app.asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('names only fuses this electron-builder knows, so a typo cannot silently leave one unset', () => {
    const known = knownFuses();
    expect(known).toContain('runAsNode');
    for (const name of Object.keys(config.electronFuses ?? {})) expect(known).toContain(name);
  });

  it('packs the app into an asar archive (the integrity fuses need one)', () => {
    expect(config.asar ?? true).toBe(true);
  });

  it('builds AppImage and deb on Linux, dmg on macOS, an NSIS installer on Windows', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.win?.target).toEqual(['nsis']);
  });

  it('keeps better-sqlite3 outside the archive and ships the Electron build of it beside the app', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(false);
    // src/main/index.ts loads resources/native/better_sqlite3.node when packaged.
    expect(config.extraResources).toContainEqual({
      from: '.native/package/better_sqlite3.node',
      to: 'native/better_sqlite3.node',
    });
    const main = readFileSync(join(root, 'src', 'main', 'index.ts'), 'utf8');
    expect(main).toContain("join(process.resourcesPath, 'native', 'better_sqlite3.node')");
  });
});
