import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/support/temp-dir';
import { channelNames, type ChannelName } from '../shared/contract';
import { parseInput } from '../shared/parse-input';
import { openCore, type Core } from './core/open-core';
import { createInvokeHandler, isAppSenderEvent, type CoreCaller, type InvokeSender } from './invoke-handler';

const appUrl = pathToFileURL('/opt/Lede/resources/app.asar/out/renderer/index.html').href;
const isAppSender = (event: InvokeSender): boolean => isAppSenderEvent(event, appUrl);

/** A top-level frame showing `url`, as Electron's event presents it. */
function topFrame(url: string): InvokeSender {
  const frame = { url };
  return { senderFrame: frame, sender: { mainFrame: frame } };
}

const foreignSenders: [string, InvokeSender][] = [
  ['an iframe showing the app page', { senderFrame: { url: appUrl }, sender: { mainFrame: { url: appUrl } } }],
  [
    'an iframe of another site',
    { senderFrame: { url: 'https://evil.example/' }, sender: { mainFrame: { url: appUrl } } },
  ],
  ['a window that navigated to a web page', topFrame('https://evil.example/index.html')],
  ['another local file', topFrame('file:///home/me/Downloads/index.html')],
  ['a data URL', topFrame('data:text/html,<script>1</script>')],
  ['a frame that is gone (null)', { senderFrame: null, sender: { mainFrame: { url: appUrl } } }],
  [
    'a disposed frame whose URL cannot be read',
    (() => {
      const frame = {
        get url(): string {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed');
        },
      };
      return { senderFrame: frame, sender: { mainFrame: frame } };
    })(),
  ],
];

/** Inputs that must never matter to a foreign sender: plausible ones and hostile ones. */
const anyInputs: unknown[] = [{}, undefined, { id: '00000000-0000-4000-8000-000000000000' }, 'x'.repeat(10_000)];

/** Inputs that no channel of the contract accepts. */
const invalidInputs: unknown[] = [42, 'a string', [1, 2], true, { __unexpected_field__: 1 }];

let temp: { dir: string; cleanup: () => void };
let core: Core;
/** Every call that reached the real core, in order. */
let reached: { channel: ChannelName; input: unknown }[];
const recordingCore: CoreCaller = {
  call: async (channel, input) => {
    reached.push({ channel, input });
    return core.dispatch(channel, input);
  },
};

beforeAll(() => {
  temp = makeTempDir('lede-ipc-');
  core = openCore({ dataDir: temp.dir });
});
afterAll(() => {
  core.close();
  temp.cleanup();
});
beforeEach(() => {
  reached = [];
});

describe('the contract has channels to check', () => {
  it('lists at least the app and article channels', () => {
    expect(channelNames).toContain('app.status');
    expect(channelNames).toContain('articles.update');
  });
});

describe.each(channelNames)('the %s handler', (channel) => {
  const handler = createInvokeHandler(channel, recordingCore, isAppSender);

  it.each(foreignSenders)('refuses %s with forbidden_sender and never reaches the core', async (_label, sender) => {
    for (const input of anyInputs) {
      const envelope = await handler(sender, input);
      expect(envelope).toEqual({
        ok: false,
        error: { code: 'forbidden_sender', message: 'This call did not come from Lede’s own window.' },
      });
    }
    expect(reached).toEqual([]);
  });

  it('checks the input before the core sees it', async () => {
    for (const input of invalidInputs) {
      const envelope = await handler(topFrame(appUrl), input);
      expect(envelope.ok).toBe(false);
      if (!envelope.ok) expect(envelope.error.code).toBe('invalid_input');
    }
    expect(reached).toEqual([]);
  });

  it('hands the core the parsed input, not the raw one, when the app page calls', async () => {
    const parsed = parseInput(channel, {});
    await handler(topFrame(`${appUrl}#/article`), {});
    // Channels that need fields refuse `{}` at the door; the rest reach the core once.
    expect(reached).toEqual(parsed.ok ? [{ channel, input: parsed.value }] : []);
  });
});

describe('the app page reaches the core', () => {
  it('answers app.status from the real store', async () => {
    const handler = createInvokeHandler('app.status', recordingCore, isAppSender);
    const envelope = await handler(topFrame(appUrl), {});
    expect(envelope).toMatchObject({ ok: true, value: { state: 'ready', dataDir: temp.dir } });
    expect(reached).toEqual([{ channel: 'app.status', input: {} }]);
  });

  it('applies schema defaults before the core: articles.list gets its limit', async () => {
    const handler = createInvokeHandler('articles.list', recordingCore, isAppSender);
    await expect(handler(topFrame(appUrl), {})).resolves.toMatchObject({ ok: true });
    expect(reached).toEqual([{ channel: 'articles.list', input: { limit: 50 } }]);
  });

  it('turns a core that throws into an envelope instead of a rejection', async () => {
    const broken: CoreCaller = {
      call: () => Promise.reject(new Error('worker gone')),
    };
    const handler = createInvokeHandler('app.status', broken, isAppSender);
    await expect(handler(topFrame(appUrl), {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
