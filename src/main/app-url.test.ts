import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { externalWebUrl, isAppUrl, isExternalWebUrl, maxExternalUrlLength } from './app-url';

describe('isAppUrl with a built app (file URL)', () => {
  const appUrl = pathToFileURL('/opt/Lede/resources/app.asar/out/renderer/index.html').href;

  it('accepts the app page itself, with or without a hash or query', () => {
    expect(isAppUrl(appUrl, appUrl)).toBe(true);
    expect(isAppUrl(`${appUrl}#/article/1`, appUrl)).toBe(true);
    expect(isAppUrl(`${appUrl}?x=1`, appUrl)).toBe(true);
  });

  it.each([
    ['another page in the same folder', 'file:///opt/Lede/resources/app.asar/out/renderer/other.html'],
    ['a file elsewhere', 'file:///etc/passwd'],
    ['a downloaded copy of the page', 'file:///home/me/Downloads/index.html'],
    ['a parent-folder trick', 'file:///opt/Lede/resources/app.asar/out/renderer/../renderer2/index.html'],
    ['a web page', 'https://example.com/out/renderer/index.html'],
    ['a data URL', 'data:text/html,<h1>hi</h1>'],
    ['about:blank', 'about:blank'],
  ])('refuses %s', (_label, frameUrl) => {
    expect(isAppUrl(frameUrl, appUrl)).toBe(false);
  });
});

describe('isAppUrl in development (dev server origin)', () => {
  const appUrl = 'http://localhost:5173/';

  it('accepts any page of the dev server origin', () => {
    expect(isAppUrl('http://localhost:5173/', appUrl)).toBe(true);
    expect(isAppUrl('http://localhost:5173/index.html?t=1#x', appUrl)).toBe(true);
  });

  it.each([
    ['another port', 'http://localhost:5174/'],
    ['https instead of http', 'https://localhost:5173/'],
    ['another host', 'http://127.0.0.1:5173/'],
    ['a look-alike host', 'http://localhost.evil.example:5173/'],
    ['the origin in the query string', 'http://evil.example/?http://localhost:5173/'],
    ['credentials trick', 'http://localhost:5173@evil.example/'],
    ['a file URL', 'file:///index.html'],
  ])('refuses %s', (_label, frameUrl) => {
    expect(isAppUrl(frameUrl, appUrl)).toBe(false);
  });
});

describe('isAppUrl with unusable input', () => {
  it.each<[string, string | undefined, string]>([
    ['no frame URL', undefined, 'http://localhost:5173/'],
    ['an empty frame URL', '', 'http://localhost:5173/'],
    ['a garbage frame URL', 'not a url at all', 'http://localhost:5173/'],
    ['a garbage app URL', 'http://localhost:5173/', '::::'],
    ['both garbage', '%%%', '%%%'],
  ])('refuses %s', (_label, frameUrl, appUrl) => {
    expect(isAppUrl(frameUrl, appUrl)).toBe(false);
  });
});

describe('isExternalWebUrl', () => {
  it.each([
    'https://example.com/story',
    'http://example.com',
    'https://news.example/2026/01/story?ref=lede#top',
    'mailto:desk@example.com',
    'mailto:desk@example.com,editor@example.com?subject=Story',
  ])('hands %s to the browser', (url) => {
    expect(isExternalWebUrl(url)).toBe(true);
  });

  it.each([
    ['a script URL', 'javascript:alert(1)'],
    ['a file', 'file:///etc/passwd'],
    ['a data URL', 'data:text/html,x'],
    ['another scheme', 'lede://x'],
    ['a custom handler', 'ms-settings:privacy'],
    ['garbage', 'not a url'],
    ['nothing', ''],
    ['a user name before the host', 'https://bank.example@evil.example/login'],
    ['a user and password', 'https://user:secret@example.com/'],
    ['an empty password', 'https://user:@example.com/'],
    ['a mailto without an address', 'mailto:'],
    ['a mailto with no domain', 'mailto:desk'],
    ['a newline hidden in the URL', 'https://example.com/\nstory'],
    ['a tab hidden in the scheme', 'jav\tascript:alert(1)'],
    ['a NUL byte', 'https://example.com/\u0000'],
    ['a URL one character over the limit', `https://example.com/${'a'.repeat(maxExternalUrlLength - 19)}`],
    [
      'a URL that only grows past the limit once encoded',
      `https://example.com/${' '.repeat(maxExternalUrlLength - 30)}x`,
    ],
  ])('drops %s', (_label, url) => {
    expect(isExternalWebUrl(url)).toBe(false);
  });

  it('accepts a URL exactly at the limit', () => {
    const url = `https://example.com/${'a'.repeat(maxExternalUrlLength - 20)}`;
    expect(url).toHaveLength(maxExternalUrlLength);
    expect(externalWebUrl(url)).toBe(url);
  });

  it('returns the normalised form, which is what gets opened', () => {
    expect(externalWebUrl('HTTPS://Example.COM/a/../story')).toBe('https://example.com/story');
  });

  it('refuses values that are not strings without throwing', () => {
    expect(externalWebUrl(undefined as unknown as string)).toBeNull();
    expect(externalWebUrl({ toString: () => 'https://example.com' } as unknown as string)).toBeNull();
  });
});
