import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pagePolicy } from './content-security-policy';
import { wireInput } from '../../tests/support/wire-story';
import { layouts, renderArticle } from '../shared/render';

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe("the app's policy and the preview", () => {
  it('allows, by hash, every style a rendered page carries (the preview frame is held to the app policy)', () => {
    const styleSrc = /style-src ([^;]+)/.exec(pagePolicy)![1]!.split(' ');
    expect(styleSrc).not.toContain("'unsafe-inline'");
    const missing = new Set<string>();
    for (const layout of layouts) {
      const page = renderArticle(wireInput(layout));
      for (const [, sheet] of page.matchAll(/<style>([\s\S]*?)<\/style>/g))
        if (!styleSrc.includes(hash(sheet!))) missing.add(hash(sheet!));
      for (const [, inline] of page.matchAll(/ style="([^"]*)"/g))
        if (!styleSrc.includes(hash(inline!))) missing.add(hash(inline!));
    }
    // A changed stylesheet names its new hash here: put it in pagePolicy and index.html.
    expect([...missing]).toEqual([]);
  });
});
