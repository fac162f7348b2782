export { historyDepth, UndoRedo } from './undo-redo';
