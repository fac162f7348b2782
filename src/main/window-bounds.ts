import type { WindowBounds } from '../shared/settings';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The first window's size when nothing is remembered. */
export const defaultWindowSize = { width: 1280, height: 820 } as const;
export const minimumWindowSize = { width: 760, height: 480 } as const;

/** How much of a window's title bar must be on a screen for it to count as reachable. */
const reachable = 64;

/**
 * Where to open the main window: the remembered bounds if enough of their top edge lies on
 * a display that is still there (a monitor may have been unplugged), shrunk to fit that
 * display; otherwise the default size centred on the primary display.
 */
export function placeWindow(
  remembered: WindowBounds | null,
  workAreas: readonly Rectangle[],
): Rectangle & { maximized: boolean } {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...defaultWindowSize };
  if (remembered) {
    const area = workAreas.find((candidate) => titleBarVisible(remembered, candidate));
    if (area) {
      const width = clamp(remembered.width, minimumWindowSize.width, area.width);
      const height = clamp(remembered.height, minimumWindowSize.height, area.height);
      return {
        x: clamp(remembered.x, area.x, area.x + area.width - width),
        y: clamp(remembered.y, area.y, area.y + area.height - height),
        width,
        height,
        maximized: remembered.maximized,
      };
    }
  }
  const width = Math.min(defaultWindowSize.width, primary.width);
  const height = Math.min(defaultWindowSize.height, primary.height);
  return {
    x: primary.x + Math.round((primary.width - width) / 2),
    y: primary.y + Math.round((primary.height - height) / 2),
    width,
    height,
    maximized: remembered?.maximized ?? false,
  };
}

function titleBarVisible(bounds: Rectangle, area: Rectangle): boolean {
  const left = Math.max(bounds.x, area.x);
  const right = Math.min(bounds.x + bounds.width, area.x + area.width);
  const top = bounds.y;
  return right - left >= reachable && top >= area.y && top < area.y + area.height - reachable / 2;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(Math.max(min, max), Math.round(value)));
}
