import Ajv from 'ajv';
import { load } from 'js-yaml';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(join(root, 'package.json'));

interface BuilderConfig {
  appId?: string;
  productName?: string;
  icon?: string;
  files?: string[];
  directories?: { output?: string; buildResources?: string };
  fileAssociations?: { ext: string; name: string; role?: string; mimeType?: string }[];
  protocols?: { name: string; schemes: string[] }[];
  asar?: boolean;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  extraResources?: { from: string; to: string }[];
  electronFuses?: Record<string, boolean>;
  linux?: { target?: string[]; icon?: string; category?: string; maintainer?: string };
  mac?: {
    target?: string[];
    hardenedRuntime?: boolean;
    entitlements?: string;
    entitlementsInherit?: string;
    category?: string;
  };
  win?: { target?: string[]; icon?: string };
  nsis?: Record<string, unknown>;
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

/** electron-builder's own JSON schema of its configuration, from the installed version. */
function builderSchema(): {
  properties: Record<string, unknown>;
  definitions: Record<string, { properties?: object }>;
} {
  const schemaPath = join(require.resolve('app-builder-lib/package.json'), '..', 'scheme.json');
  return JSON.parse(readFileSync(schemaPath, 'utf8')) as ReturnType<typeof builderSchema>;
}

describe('electron-builder.yml: identity, icons, files', () => {
  it('passes the JSON schema electron-builder ships, every key and value', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(builderSchema());
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
    // The schema can fail: a wrong type is caught.
    expect(validate({ ...config, mac: { ...config.mac, hardenedRuntime: 'yes' } })).toBe(false);
  });

  it('uses only keys electron-builder knows at the top level', () => {
    const known = Object.keys(builderSchema().properties);
    for (const key of Object.keys(config)) expect(known, `unknown key ${key}`).toContain(key);
  });

  it('has an app id in reverse-DNS form, a product name and an output folder', () => {
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*){2,}$/);
    expect(config.productName).toBe('Lede');
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'resources' });
  });

  it('points at icons and entitlements that exist, as real PNGs of the sizes the platforms need', () => {
    const icon = join(root, config.icon!);
    expect(readFileSync(icon).subarray(1, 4).toString('ascii')).toBe('PNG');
    // macOS wants 512 or more, Windows 256 or more: the master is 1024 square.
    const header = readFileSync(icon);
    expect([header.readUInt32BE(16), header.readUInt32BE(20)]).toEqual([1024, 1024]);
    const linuxIcons = readdirSync(join(root, config.linux!.icon!));
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(linuxIcons).toContain(`${size}x${size}.png`);
    expect(existsSync(join(root, config.win!.icon!))).toBe(true);
    for (const file of [config.mac!.entitlements!, config.mac!.entitlementsInherit!]) {
      const plist = readFileSync(join(root, file), 'utf8');
      expect(plist).toContain('com.apple.security.cs.allow-jit');
      // Nothing beyond what Electron's JIT needs.
      expect(plist).not.toContain('disable-library-validation');
    }
  });

  it('registers .json (Lede and ninjs) and lede:// links, which the launch-argument parser reads', () => {
    expect(config.fileAssociations).toContainEqual(expect.objectContaining({ ext: 'json', role: 'Editor' }));
    expect(config.protocols).toContainEqual(expect.objectContaining({ schemes: ['lede'] }));
    const parser = readFileSync(join(root, 'src', 'main', 'launch-args.ts'), 'utf8');
    expect(parser).toContain('\\.json$');
    expect(parser).toContain('lede:\\/\\/article');
  });

  it('packs the built app, and the native module from where native-electron.mjs stages it', () => {
    expect(config.files).toContain('out/**/*');
    // The build output the files pattern packs is what electron-vite writes.
    const vite = readFileSync(join(root, 'electron.vite.config.ts'), 'utf8');
    expect(vite).not.toMatch(/outDir:\s*['"](?!out)/);
    const stager = readFileSync(join(root, 'scripts', 'native-electron.mjs'), 'utf8');
    for (const resource of config.extraResources ?? []) {
      const [folder, file] = resource.from.split('/').slice(-2);
      expect(stager, `${resource.from} is not what native-electron.mjs stages`).toContain(
        `join(root, '.native', '${folder}', '${file}')`,
      );
    }
  });

  it('documents npm run dist in the README, and package.json runs electron-builder with this file', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain('npm run dist');
    const scripts = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts.dist).toContain('electron-builder --config electron-builder.yml');
    expect(scripts.dist).toContain('native:electron');
  });
});
