import { layoutLabels, layouts } from '../../../shared/render';
import { previewStore } from './preview-store';

/** A command the command palette can list and run. */
export interface PreviewCommand {
  id: string;
  label: string;
  run: () => void;
}

/** Preview and export commands, for the command palette to import. */
export const previewCommands: readonly PreviewCommand[] = [
  { id: 'preview.toggle', label: 'Preview: show or hide', run: () => previewStore.toggle() },
  ...layouts.map((layout) => ({
    id: `preview.layout.${layout}`,
    label: `Preview: ${layoutLabels[layout]}`,
    run: () => previewStore.showLayout(layout),
  })),
  { id: 'preview.export', label: 'Export this article…', run: () => previewStore.requestExport() },
];
