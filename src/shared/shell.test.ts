import { describe, expect, it } from 'vitest';
import { isShellEvent } from './shell';

const id = '0b5c3c1e-6f7a-4d2b-9c1e-2f3a4b5c6d7e';

describe('isShellEvent', () => {
  it('takes the events this build knows', () => {
    expect(isShellEvent({ type: 'command', command: 'article.new' })).toBe(true);
    expect(isShellEvent({ type: 'openArticle', id })).toBe(true);
    expect(isShellEvent({ type: 'imported', path: '/tmp/story.json', articleId: id })).toBe(true);
    expect(isShellEvent({ type: 'imported', path: '/tmp/story.json', error: 'not JSON' })).toBe(true);
    expect(isShellEvent({ type: 'flush', token: 3 })).toBe(true);
  });

  it('refuses anything else from the wire', () => {
    expect(isShellEvent(null)).toBe(false);
    expect(isShellEvent({ type: 'command', command: 'rm -rf' })).toBe(false);
    expect(isShellEvent({ type: 'openArticle', id: '../etc' })).toBe(false);
    expect(isShellEvent({ type: 'imported', path: 7 })).toBe(false);
    expect(isShellEvent({ type: 'imported', path: '/tmp/a.json', articleId: 'nope' })).toBe(false);
    expect(isShellEvent({ type: 'imported', path: '/tmp/a.json', error: {} })).toBe(false);
    expect(isShellEvent({ type: 'unknown' })).toBe(false);
  });
});
