/**
 * The page's Content Security Policy: only Lede's own scripts, styles and fonts; images
 * from its own files, data and blob URLs (pasted pictures); no plugins, no <base>, no
 * form posts. index.html carries the same policy as a meta tag (a unit test keeps the
 * two equal) because a meta tag is the only delivery that works for every way the page
 * is loaded; the header adds what a meta tag cannot express.
 */
export const pagePolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob: lede-asset:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** As a response header: the page policy, and no framing of Lede by anything. */
export const headerPolicy = `${pagePolicy}; frame-ancestors 'none'`;

/**
 * Response headers with Lede's policy in place of any the response brought, whatever
 * their letter case, so a response can never loosen it.
 */
export function withContentSecurityPolicy(
  headers: Record<string, string[] | string> | undefined,
  policy: string = headerPolicy,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}
