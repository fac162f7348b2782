import { UndoRedo as TiptapUndoRedo, type UndoRedoOptions } from '@tiptap/extensions';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import type { EditorState } from '@tiptap/pm/state';

/**
 * Undo and redo (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z or Ctrl+Y) with the history a long edit
 * needs: typing within half a second is one step; 500 steps are kept. The `undo` and
 * `redo` commands are TipTap's.
 */
export const UndoRedo = TiptapUndoRedo.configure({
  depth: 500,
  newGroupDelay: 500,
} satisfies Partial<UndoRedoOptions>);

/**
 * Whether there is anything to undo or redo: two counter reads, cheap enough for a
 * toolbar selector on every transaction (unlike `editor.can().undo()`, which runs it).
 */
export function historyDepth(state: EditorState): { undo: number; redo: number } {
  return { undo: undoDepth(state), redo: redoDepth(state) };
}
