import { describe, expect, it } from 'vitest';
import { listKey } from './list-keys';

describe('listKey', () => {
  it('moves by one, by a page, and to either end, staying inside the list', () => {
    expect(listKey('ArrowDown', -1, 10, 4, false)).toBe(0);
    expect(listKey('ArrowDown', 3, 10, 4, false)).toBe(4);
    expect(listKey('ArrowDown', 9, 10, 4, false)).toBe(9);
    expect(listKey('ArrowUp', 0, 10, 4, false)).toBe(0);
    expect(listKey('ArrowUp', 5, 10, 4, false)).toBe(4);
    expect(listKey('PageDown', 7, 10, 4, false)).toBe(9);
    expect(listKey('PageUp', 2, 10, 4, false)).toBe(0);
    expect(listKey('Home', 5, 10, 4, false)).toBe(0);
    expect(listKey('End', 5, 10, 4, false)).toBe(9);
  });

  it('opens the active row on Enter, and only when there is one', () => {
    expect(listKey('Enter', 2, 10, 4, true)).toBe('open');
    expect(listKey('Enter', -1, 10, 4, true)).toBeNull();
  });

  it('leaves Home and End to the search box, and every key alone in an empty list', () => {
    expect(listKey('Home', 5, 10, 4, true)).toBeNull();
    expect(listKey('End', 5, 10, 4, true)).toBeNull();
    expect(listKey('ArrowDown', -1, 0, 4, true)).toBeNull();
    expect(listKey('a', 1, 10, 4, false)).toBeNull();
  });
});
