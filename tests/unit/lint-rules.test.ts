import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '..', '..') });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'fatal');
}

describe('the import boundaries', () => {
  const importElectron = "import { app } from 'electron';\nexport const name = app.name;\n";

  it('lets only the Electron shell import electron', async () => {
    await expect(ruleIds(importElectron, 'src/main/index.ts')).resolves.toEqual([]);
    await expect(ruleIds(importElectron, 'src/preload/index.ts')).resolves.toEqual([]);
    await expect(ruleIds(importElectron, 'src/main/core/services/sneaky.ts')).resolves.toContain(
      'no-restricted-imports',
    );
    await expect(ruleIds(importElectron, 'src/shared/sneaky.ts')).resolves.toContain('no-restricted-imports');
    await expect(ruleIds(importElectron, 'src/renderer/src/sneaky.ts')).resolves.toContain('no-restricted-imports');
  }, 30_000); // the first lint loads the TypeScript parser: seconds on a busy two-core machine

  it('keeps Node and main-process code out of the renderer and shared code', async () => {
    const importFs = "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n";
    await expect(ruleIds(importFs, 'src/renderer/src/sneaky.ts')).resolves.toContain('no-restricted-imports');
    await expect(ruleIds(importFs, 'src/shared/sneaky.ts')).resolves.toContain('no-restricted-imports');
    await expect(ruleIds(importFs, 'src/main/core/fine.ts')).resolves.toEqual([]);
    const importCore = "import { openCore } from '../../main/core/open-core';\nexport const open = openCore;\n";
    await expect(ruleIds(importCore, 'src/renderer/src/sneaky.ts')).resolves.toContain('no-restricted-imports');
  });
});
