import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { channel, mergeChannelGroups } from './channel';
import { channelNames, contract } from './contract';

describe('mergeChannelGroups', () => {
  const a = { 'notes.get': channel<string>()(z.object({})) };
  const b = { 'notes.put': channel<string>()(z.object({ text: z.string() })) };

  it('joins groups', () => {
    expect(Object.keys(mergeChannelGroups(a, b))).toEqual(['notes.get', 'notes.put']);
  });

  it('fails hard on a name declared twice', () => {
    expect(() => mergeChannelGroups(a, b, { 'notes.get': channel<number>()(z.object({})) })).toThrow(
      'The channel notes.get is declared twice in the contract',
    );
  });

  it('fails hard on a name that is not group.method', () => {
    expect(() => mergeChannelGroups({ notes: channel<string>()(z.object({})) })).toThrow('not group.method');
  });

  it('gives the app contract every channel once', () => {
    expect(channelNames.length).toBe(new Set(channelNames).size);
    expect(channelNames).toContain('articles.update');
    expect(Object.keys(contract)).toEqual(channelNames);
  });
});
