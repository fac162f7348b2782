import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The page's CSP is a meta tag in index.html. Vite's dev server injects inline styles
 * and a websocket for hot reload, so only `electron-vite dev` gets a looser policy.
 */
function devCsp(): Plugin {
  return {
    name: 'lede-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(
        /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/,
        `$1default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: lede-asset:; connect-src 'self' ws:$2`,
      ),
  };
}

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          // The core runs in its own worker thread; it is a separate entry so the
          // main thread can start it by path.
          'core-worker': resolve('src/main/core/worker.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload cannot require packages, so everything it uses is bundled in.
    build: { externalizeDeps: false },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      rolldownOptions: { input: resolve('src/renderer/index.html') },
      // Less to parse before the first article is editable (the startup bench measures it).
      minify: true,
    },
    plugins: [react(), devCsp()],
  },
});
