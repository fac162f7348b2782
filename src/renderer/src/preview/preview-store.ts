import { useSyncExternalStore } from 'react';
import { layouts, type Layout } from '../../../shared/render';

/** How wide the preview frame is drawn: the width a reader's screen would have. */
export const previewWidths = { full: null, desktop: 1280, tablet: 768, phone: 390 } as const;
export type PreviewWidth = keyof typeof previewWidths;

export interface PreviewState {
  open: boolean;
  /** One layout, or two side by side. */
  layouts: [Layout] | [Layout, Layout];
  width: PreviewWidth;
  /** Goes up with every save, so the pane renders the stored article again. */
  savedTick: number;
  /** Goes up when someone asks to export from outside the pane (the command palette). */
  exportRequest: number;
}

let state: PreviewState = { open: false, layouts: ['web'], width: 'full', savedTick: 0, exportRequest: 0 };
const listeners = new Set<() => void>();

function set(next: Partial<PreviewState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

/**
 * The preview pane's state, outside React, so the editor, the pane and the command palette
 * can all change it without threading props through the app.
 */
export const previewStore = {
  get: (): PreviewState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  toggle: (open = !state.open): void => set({ open }),
  showLayout: (layout: Layout): void =>
    set({ open: true, layouts: [layout, ...state.layouts.slice(1)] as PreviewState['layouts'] }),
  compareWith: (layout: Layout | null): void =>
    set({ layouts: layout ? [state.layouts[0], layout] : [state.layouts[0]] }),
  /** Opens the pane on the next layout in turn (the "switch preview layout" command). */
  nextLayout: (): void => {
    const next = layouts[(layouts.indexOf(state.layouts[0]) + 1) % layouts.length]!;
    set({ open: true, layouts: [next, ...state.layouts.slice(1)] as PreviewState['layouts'] });
  },
  setWidth: (width: PreviewWidth): void => set({ width }),
  /** The app calls this after every save of the article on screen. */
  saved: (): void => set({ savedTick: state.savedTick + 1 }),
  requestExport: (): void => set({ open: true, exportRequest: state.exportRequest + 1 }),
};

export function usePreviewState(): PreviewState {
  return useSyncExternalStore(previewStore.subscribe, previewStore.get);
}
