/**
 * The page's Content Security Policy: only Lede's own scripts, styles and fonts; images
 * from its own files, data and blob URLs (pasted pictures); no plugins, no <base>, no
 * form posts. Inline styles only by hash: the preview pane's layout sheets and the
 * newsletter's inline styles (src/shared/render/layout-styles.ts; a test there checks that
 * each is listed), since a srcdoc frame is held to this policy too. index.html carries the same policy as a meta tag (a unit test keeps the
 * two equal) because a meta tag is the only delivery that works for every way the page
 * is loaded; the header adds what a meta tag cannot express.
 */
export const pagePolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-hashes' 'sha256-MEZikWa9IY8Ew0SutGdKvFvy6PL/z7Zbbmv4Qc6CkP8=' 'sha256-icCWrMkZ4lVALpYlN90vyo1qo8lB/X2zpmyTh5+qUYw=' 'sha256-vp3p9tpcHUlM83bU8TULbxZ1Q7bGhe4XnpinWiD7qp0=' 'sha256-Tfqp7PKmsBmCmXmUEw02YmSR03UGrjyQJvw7ZWE3oZk=' 'sha256-fPMk+9YfoNhcsbX4zrxqvmYuMXhbom/Vk3vsGYpXbMo=' 'sha256-GxkFmF+/04YfZ9Kt9BPhtgzEEQmKzNOKIWkPMeYpRpY=' 'sha256-a46n8bagoFVO50+vANTBtaEGJDhKCxkaB8kLZ6KjNQM=' 'sha256-UGHH989L4PefMpmBeoVXv/zEZC4CRn8Bf7LB0SZ0Qxo=' 'sha256-Q5mb6O4DJ1CCwNpIvKG33YHoyzRs+r2FIRE6hZ0yP0w=' 'sha256-izg+Sf+TjiKdVi2we9R+ldaIzZs5qRuCzFKr0sFELys=' 'sha256-GRaoDiaSXxX4RLZ0mukLr6gNgKOWNqLDvW7e/l7prr4=' 'sha256-KHekNWo9de7lcaiLWF86gP0irjNyAEnjvb52db0I0E0=' 'sha256-1Mj8IhtcnTJr0p3MZT5UusUpDGs4Z2rRE82TmoBnkhc=' 'sha256-JGrYAQ5AsnJ8rzYYCPdKYLPy/CqMPmDj3O2QANwUUBg=' 'sha256-IC8arg3o2+rkOZyWkr4uv9879fdTHTqkYX/eoGDRJMs=' 'sha256-ixDYj7NG67FEL5e0vsSNN38/Kk23ya0LNBQJcjEafDo=' 'sha256-JWRmWZtiJu6ZyDeF+f5qWB17gBoH0n/3byhSGZERzHI=' 'sha256-k8jWKM/pBnMDH3D8UPK+O+PuGCQcr8FMacGyrss05oQ=' 'sha256-nSiZcGX3koc/UkU6p6UhnO+Qt+flkghOj4JWT7m+C9c=' 'sha256-pBCjBAcKX84zv/ecovK+KUgOs48xMiSWtsF1gvYBE9U=' 'sha256-Nq9mwsqhiRwe6pe7m8bUimW2zXV+TuWFGZpNV8YpBsA='; img-src 'self' data: blob: lede-asset:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

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
