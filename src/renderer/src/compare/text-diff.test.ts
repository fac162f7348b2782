// Type-checked by tsconfig.web.json (no Node types): imports only vitest and the source files.
import { describe, expect, it } from 'vitest';
import { sideBySide, type Segment } from './text-diff';

const textOf = (segments: Segment[]): string => segments.map((segment) => segment.text).join('');

describe('sideBySide', () => {
  it('marks replaced words on each side and keeps the shared words on both', () => {
    const result = sideBySide('Talks resume in Istanbul', 'Talks resume in Ankara');
    expect(result.identical).toBe(false);
    expect(result.left).toEqual([
      { text: 'Talks resume in ', change: 'same' },
      { text: 'Istanbul', change: 'removed' },
    ]);
    expect(result.right).toEqual([
      { text: 'Talks resume in ', change: 'same' },
      { text: 'Ankara', change: 'added' },
    ]);
  });

  it('gives back each text whole in its own column', () => {
    const older = 'First paragraph.\nSecond paragraph, as saved.';
    const newer = 'First paragraph.\nA new line.\nSecond paragraph, as typed.';
    const result = sideBySide(older, newer);
    expect(textOf(result.left)).toBe(older);
    expect(textOf(result.right)).toBe(newer);
    expect(
      result.right
        .filter((s) => s.change === 'added')
        .map((s) => s.text)
        .join('|'),
    ).toContain('A new line.');
    expect(result.left.some((s) => s.change === 'added')).toBe(false);
    expect(result.right.some((s) => s.change === 'removed')).toBe(false);
  });

  it('says when the texts are the same', () => {
    expect(sideBySide('Same', 'Same')).toEqual({
      left: [{ text: 'Same', change: 'same' }],
      right: [{ text: 'Same', change: 'same' }],
      identical: true,
    });
    expect(sideBySide('', '')).toEqual({ left: [], right: [], identical: true });
  });

  it('handles one side empty', () => {
    expect(sideBySide('', 'All new')).toEqual({
      left: [],
      right: [{ text: 'All new', change: 'added' }],
      identical: false,
    });
    expect(sideBySide('All gone', '').left).toEqual([{ text: 'All gone', change: 'removed' }]);
  });

  it('still answers for two long texts with nothing in common, each kept whole', () => {
    const words = (seed: number): string =>
      Array.from({ length: 6_000 }, (_, i) => `w${(i * 7919 + seed) % 100_003}`).join(' ');
    const older = words(1);
    const newer = words(2);
    const result = sideBySide(older, newer);
    expect(textOf(result.left)).toBe(older);
    expect(textOf(result.right)).toBe(newer);
    expect(result.identical).toBe(false);
  });
});
