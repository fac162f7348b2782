import type { AnyExtension } from '@tiptap/core';
import { Dropcursor, Gapcursor, TrailingNode } from '@tiptap/extensions';
import { CleanPaste, type CleanPasteOptions } from './extensions/clean-paste';
import { FindReplace } from './extensions/find-replace';
import { UndoRedo } from './extensions/undo-redo';
import { WordCount } from './extensions/word-count';
import { schemaExtensions, type SchemaExtensionOptions } from './schema-extensions';

export interface EditorExtensionOptions extends SchemaExtensionOptions {
  /** Opens the find panel for Ctrl/Cmd+F. */
  onOpenFind?: () => boolean;
  /** Clean paste's hooks: the HTML parser, the notice line, the image-file taker. */
  paste?: Partial<Pick<CleanPasteOptions, 'parseHtml' | 'onNotice' | 'onFiles'>>;
}

/**
 * Everything the body editor runs: the schema list plus behaviour (history, find and
 * replace, word count, clean paste, the drop and gap cursors, a trailing paragraph).
 * Still no React and no DOM at import; the renderer passes its node views and hooks.
 */
export function editorExtensions(options: EditorExtensionOptions = {}): AnyExtension[] {
  return [
    ...schemaExtensions(options),
    UndoRedo,
    Dropcursor.configure({ class: 'drop-cursor' }),
    Gapcursor,
    TrailingNode,
    FindReplace.configure({ onOpenPanel: options.onOpenFind ?? null }),
    WordCount,
    CleanPaste.configure(options.paste ?? {}),
  ];
}
