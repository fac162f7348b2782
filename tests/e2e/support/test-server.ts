import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { withContentSecurityPolicy } from '../../../src/main/content-security-policy';
import { assetResponse } from '../../../src/main/asset-protocol';
import { startCoreWorker, type CoreClient } from '../../../src/main/core/core-client';
import { isAssetHash } from '../../../src/shared/asset';
import type { Envelope, ErrorInfo } from '../../../src/shared/errors';
import { builtWorkerPath } from '../../support/temp-dir';
import { bridgeScript } from './build-bridge';
import { decodeWire, encodeWire, testAssetUrlBase } from './wire-json';

const defaultRoot = join(import.meta.dirname, '..', '..', '..');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface TestServer {
  url: string;
  core: CoreClient;
  /** Makes the next `count` calls on `channel` fail with `error`: the store is real, the outage is staged. */
  failNext(channel: string, count: number, error: ErrorInfo): void;
  /**
   * What the next folder dialog answers: in the app, main fills `app.openStore`'s `dataDir`
   * from a native dialog; here the test stages the folder the user would pick.
   */
  chooseFolder(dataDir: string): void;
  /** What the next call on `channel` gets merged into its input: a file or folder dialog's answer, staged. */
  stage(channel: string, answer: Record<string, unknown>): void;
  close(): Promise<void>;
}

/**
 * Loopback-only server for browser tests: serves the built renderer and dispatches
 * `window.lede` calls to the real core worker on a store in `dataDir`. Test code; never shipped.
 * `root` is the repository (found from this file unless given, as the bundled bench must).
 */
export async function startTestServer(dataDir: string, root = defaultRoot): Promise<TestServer> {
  const rendererDir = join(root, 'out', 'renderer');
  const core = startCoreWorker(root === defaultRoot ? builtWorkerPath : join(root, 'out', 'main', 'core-worker.js'), {
    dataDir,
  });
  const bridge = await bridgeScript(root);
  const faults = new Map<string, { count: number; error: ErrorInfo }>();
  let chosenFolder: string | undefined;
  const staged = new Map<string, Record<string, unknown>>();

  const server = createServer((request, response) => {
    void route(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'POST' && url.pathname === '/__lede/call') {
      const { channel, input: sent } = decodeWire(await readBody(request)) as { channel: string; input: unknown };
      let input = sent;
      if ((channel === 'app.openStore' || channel === 'app.moveStore') && chosenFolder !== undefined) {
        input = { ...(sent as object), dataDir: chosenFolder };
        chosenFolder = undefined;
      }
      const answer = staged.get(channel);
      if (answer) {
        input = { ...(input as object), ...answer };
        staged.delete(channel);
      }
      const fault = faults.get(channel);
      let envelope: Envelope<unknown>;
      if (fault && fault.count > 0) {
        fault.count--;
        envelope = { ok: false, error: fault.error };
      } else {
        envelope = await core.call(channel, input);
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(encodeWire(envelope));
      return;
    }
    if (url.pathname.startsWith(testAssetUrlBase)) {
      // The same answer the app's lede-asset: protocol gives, from the same function.
      const hash = url.pathname.slice(testAssetUrlBase.length);
      const answer = await assetResponse(core.call, isAssetHash(hash) ? hash : undefined, request.method);
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      return void response.end(Buffer.from(await answer.arrayBuffer()));
    }
    if (request.method !== 'GET') return void response.writeHead(405).end();
    if (url.pathname === '/__lede-bridge.js') {
      return void response.writeHead(200, { 'content-type': types['.js']! }).end(bridge);
    }
    const path = url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname);
    const file = normalize(join(rendererDir, path));
    if (!file.startsWith(rendererDir + sep)) return void response.writeHead(403).end();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return void response.writeHead(404).end();
    }
    const headers: Record<string, string | string[]> = {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
    };
    if (file.endsWith('index.html')) {
      // The app's CSP header as well as the page's meta tag, as Electron sends it.
      Object.assign(headers, withContentSecurityPolicy(undefined));
      // The bridge is a classic script, so it runs before the app's deferred module.
      body = Buffer.from(
        body
          .toString('utf8')
          .replace('<script type="module"', '<script src="/__lede-bridge.js"></script>\n    <script type="module"'),
      );
    }
    response.writeHead(200, headers).end(body);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    core,
    failNext: (channel, count, error) => faults.set(channel, { count, error }),
    chooseFolder: (dataDir) => {
      chosenFolder = dataDir;
    },
    stage: (channel, answer) => {
      staged.set(channel, answer);
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await core.close();
    },
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
