import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerPolicy, pagePolicy, withContentSecurityPolicy } from './content-security-policy';

const indexHtml = readFileSync(join(import.meta.dirname, '..', 'renderer', 'index.html'), 'utf8');

/** The policy of every CSP meta tag in the page. */
function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)].map(
    (match) => match[1]!,
  );
}

/** `directive -> sources` of a policy, for readable assertions. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('the page policy', () => {
  it('is exactly the meta tag in index.html, so header and page never drift', () => {
    expect(metaPolicies(indexHtml)).toEqual([pagePolicy]);
  });

  it('allows no inline or remote script, no eval, no plugins and no base or form targets', () => {
    const policy = directives(pagePolicy);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    // Besides its own files, only the preview's styles, each by its hash (see preview-policy.test.ts).
    expect(policy['style-src']!.filter((source) => !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(source))).toEqual([
      "'self'",
      "'unsafe-hashes'",
    ]);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(policy['form-action']).toEqual(["'none'"]);
    expect(pagePolicy).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
  });

  it('as a header also forbids framing Lede', () => {
    expect(directives(headerPolicy)['frame-ancestors']).toEqual(["'none'"]);
    expect(headerPolicy.startsWith(pagePolicy)).toBe(true);
  });
});

describe('withContentSecurityPolicy', () => {
  it('adds the policy to headers that have none and keeps the others', () => {
    expect(withContentSecurityPolicy({ 'Content-Type': ['text/html'], 'X-One': 'a' })).toEqual({
      'Content-Type': ['text/html'],
      'X-One': ['a'],
      'Content-Security-Policy': [headerPolicy],
    });
  });

  it('replaces a looser policy the response brought, in any letter case, and report-only ones', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ["default-src *; script-src 'unsafe-inline'"],
      'CONTENT-SECURITY-POLICY-REPORT-ONLY': ['default-src *'],
    });
    expect(headers).toEqual({ 'Content-Security-Policy': [headerPolicy] });
  });

  it('works when the response has no headers at all (a file)', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [headerPolicy] });
  });
});
