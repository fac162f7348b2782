// Type-checked by both tsconfig.node.json and tsconfig.web.json: no Node modules or globals here.
import { describe, expect, it } from 'vitest';
import { channelNames, contract, ipcChannel, isChannelName } from './contract';
import { parseInput } from './parse-input';

const id = '3f2b8c1e-9d4a-4b6f-8e2d-1a2b3c4d5e6f';

describe('parseInput', () => {
  it('refuses a name that is not a channel, quoting it', () => {
    expect(parseInput('articles.nuke', {})).toEqual({
      ok: false,
      error: { code: 'unknown_channel', message: 'There is no call named "articles.nuke".' },
    });
  });

  it('names the type of a channel that is not a string', () => {
    expect(parseInput(7, {})).toMatchObject({ error: { message: 'There is no call named number.' } });
    expect(parseInput(undefined, {})).toMatchObject({ error: { message: 'There is no call named undefined.' } });
    expect(parseInput(null, {})).toMatchObject({ error: { message: 'There is no call named object.' } });
  });

  it('cuts a very long channel name short', () => {
    const envelope = parseInput('x'.repeat(500), {});
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('unknown_channel');
    expect(envelope.error.message).toBe(`There is no call named "${'x'.repeat(76)}....`);
  });

  it.each(['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf'])(
    'does not treat the inherited name %s as a channel',
    (name) => {
      expect(isChannelName(name)).toBe(false);
      expect(parseInput(name, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    },
  );

  it('accepts every channel in the contract by name', () => {
    for (const name of channelNames) expect(isChannelName(name)).toBe(true);
    expect(channelNames.sort()).toEqual(Object.keys(contract).sort());
    expect(ipcChannel('articles.get')).toBe('lede:articles.get');
  });

  it('returns the parsed value, with defaults filled in', () => {
    expect(parseInput('articles.list', {})).toEqual({ ok: true, value: { limit: 50 } });
    expect(parseInput('articles.list', { limit: 5, after: { updatedAt: 10, id } })).toEqual({
      ok: true,
      value: { limit: 5, after: { updatedAt: 10, id } },
    });
    expect(parseInput('articles.get', { id })).toEqual({ ok: true, value: { id } });
  });

  it('treats a missing input as {}', () => {
    expect(parseInput('app.status', undefined)).toEqual({ ok: true, value: {} });
    expect(parseInput('articles.list', null)).toEqual({ ok: true, value: { limit: 50 } });
    expect(parseInput('articles.get', undefined)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('names the channel and the path of each problem', () => {
    const envelope = parseInput('articles.update', { id, baseRevision: 1, patch: { headline: 'h'.repeat(1001) } });
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'articles.update was refused: patch.headline: the headline is over 1000 characters.',
      },
    });
  });

  it('lists at most three problems, separated by semicolons', () => {
    const envelope = parseInput('articles.create', { headline: 1, standfirst: 2, byline: 3, status: 4, body: 5 });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    const detail = envelope.error.message.replace(/^articles\.create was refused: /, '').replace(/\.$/, '');
    const problems = detail.split('; ');
    expect(problems).toHaveLength(3);
    for (const problem of problems) expect(problem).toMatch(/^(headline|standfirst|byline|status|body): /);
  });

  it('refuses extra keys, wrong types and out-of-range numbers', () => {
    const codes = [
      parseInput('articles.get', { id, more: 1 }),
      parseInput('articles.get', { id: id.toUpperCase().replace(/-/g, '') }),
      parseInput('articles.list', { limit: 501 }),
      parseInput('articles.list', { limit: '10' }),
      parseInput('articles.update', { id, baseRevision: Number.MAX_SAFE_INTEGER + 2, patch: {} }),
      parseInput('articles.update', { id, baseRevision: -1, patch: {} }),
      parseInput('articles.update', { id, baseRevision: 1, patch: { status: 'Draft' } }),
      parseInput('articles.delete', [id]),
    ].map((envelope) => (envelope.ok ? 'ok' : envelope.error.code));
    expect(codes).toEqual(Array(codes.length).fill('invalid_input'));
  });

  it('quotes at most 200 characters of an unknown key, however long the page made it', () => {
    const envelope = parseInput('articles.get', { id, ['k'.repeat(100_000)]: 1 });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('invalid_input');
    expect(envelope.error.message.length).toBeLessThan(300);
    expect(envelope.error.message).toMatch(/^articles\.get was refused: Unrecognized key: "k+\.\.\.\.$/);
  });
});
