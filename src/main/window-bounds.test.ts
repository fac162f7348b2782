import { describe, expect, it } from 'vitest';
import { defaultWindowSize, minimumWindowSize, placeWindow } from './window-bounds';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('placeWindow', () => {
  it('centres the default size on the primary display when nothing is remembered', () => {
    expect(placeWindow(null, [laptop])).toEqual({
      x: (1440 - defaultWindowSize.width) / 2,
      y: (900 - defaultWindowSize.height) / 2,
      ...defaultWindowSize,
      maximized: false,
    });
  });

  it('keeps remembered bounds that are on a display', () => {
    const bounds = { x: 1600, y: 100, width: 1400, height: 1000, maximized: false };
    expect(placeWindow(bounds, [laptop, monitor])).toEqual(bounds);
  });

  it('falls back to the primary display when the remembered monitor is gone, keeping maximized', () => {
    const bounds = { x: 1600, y: 100, width: 1400, height: 1000, maximized: true };
    const placed = placeWindow(bounds, [laptop]);
    expect(placed).toMatchObject({ width: defaultWindowSize.width, height: defaultWindowSize.height, maximized: true });
    expect(placed.x).toBeGreaterThanOrEqual(0);
  });

  it('shrinks a window bigger than its display and pulls it fully on screen', () => {
    const placed = placeWindow({ x: -50, y: 10, width: 3000, height: 2000, maximized: false }, [laptop]);
    expect(placed).toEqual({ x: 0, y: 10 - 10, width: 1440, height: 900, maximized: false });
  });

  it('never goes below the minimum size', () => {
    const placed = placeWindow({ x: 10, y: 10, width: 300, height: 200, maximized: false }, [laptop]);
    expect(placed.width).toBe(minimumWindowSize.width);
    expect(placed.height).toBe(minimumWindowSize.height);
  });

  it('a window whose title bar is above the screen is moved back down', () => {
    const placed = placeWindow({ x: 100, y: -400, width: 800, height: 600, maximized: false }, [laptop]);
    expect(placed.y).toBeGreaterThanOrEqual(0);
  });
});
