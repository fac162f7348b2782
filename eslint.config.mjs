import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The only files that may import Electron: the shell around the Electron-free core.
 * app-windows.ts holds the BrowserWindow and Menu code (windows, menu, quit handshake), kept
 * out of index.ts so that file stays small; its decisions (placement, the menu table, the
 * handshake's waiting, launch arguments) live in Electron-free modules with their own tests.
 */
const electronShell = ['src/main/index.ts', 'src/main/ipc.ts', 'src/main/app-windows.ts', 'src/preload/index.ts'];

const noElectron = {
  name: 'electron',
  message:
    'Only the Electron shell (src/main/index.ts, src/main/ipc.ts, src/main/app-windows.ts, src/preload/index.ts) imports electron; keep the core testable under Node.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.native/**', 'bench-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-empty-object-type': ['error', { allowObjectTypes: 'always' }],
      'no-restricted-imports': ['error', { paths: [noElectron] }],
    },
  },
  {
    files: electronShell,
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The page reaches the app only through window.lede: no Node, no main-process code.
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node; ask the core through window.lede.' },
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'The renderer talks only to window.lede; share types through src/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            { group: ['node:*', 'better-sqlite3'], message: 'src/shared runs in the page too: no Node APIs.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
