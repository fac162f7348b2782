import { Extension, type Editor, type EditorOptions } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { articleLimits } from '../../../article';
import { formatBytes } from '../../../asset';
import type { HtmlNode } from './html-node';
import { defuseForParsing, sanitizeHtml, type PasteReport } from './sanitize-html';

type EditorProps = NonNullable<EditorOptions['editorProps']>;
/** The browser's paste and drop events, named without DOM types (shared code has none). */
export type PasteEvent = Parameters<NonNullable<EditorProps['handlePaste']>>[1];
export type DropEvent = Parameters<NonNullable<EditorProps['handleDrop']>>[1];
export type FileTransfer = NonNullable<PasteEvent['clipboardData']>;

export interface CleanPasteOptions {
  /**
   * Parses pasted HTML into an inert document (the browser's DOMParser: nothing in it
   * loads or runs). Without one, pasted HTML is refused and the plain text is used.
   */
  parseHtml: ((html: string) => HtmlNode) | null;
  /** Shows a sentence to the user: what was left out (info), or why a paste was refused (error). */
  onNotice: ((message: string, kind: 'info' | 'error') => void) | null;
  /**
   * Takes image files pasted or dropped into `editor`; `position` is where they were
   * dropped. Return true when they were taken (they are stored, then inserted, later).
   */
  onFiles: ((files: FileTransfer['files'], position: number | undefined, editor: Editor) => boolean) | null;
  /** The body's hard limit, serialised, in bytes: 5 MB, as the store enforces. */
  maxBodyBytes: number;
}

export const cleanPasteKey = new PluginKey('cleanPaste');

/** UTF-8 length without encoding: the same number Buffer.byteLength gives in the core. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair; a lone surrogate is written as U+FFFD, 3 bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The sentence after a paste that left something out; undefined when nothing worth saying was. */
export function pasteNotice(report: PasteReport): string | undefined {
  const parts: string[] = [];
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  if (report.images > 0) parts.push(`${count(report.images, 'image', 'images')} (insert photos from their files)`);
  if (report.unsafeLinks > 0) parts.push(count(report.unsafeLinks, 'unsafe link', 'unsafe links'));
  if (report.active > 0) parts.push(count(report.active, 'script or embedded object', 'scripts or embedded objects'));
  if (parts.length === 0) return undefined;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `Pasted as clean text. Left out: ${list}.`;
}

/** Whether clipboard HTML holds any words (an image copied from a page holds none). */
const htmlHasText = (html: string): boolean =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;|\s/g, '') !== '';

const isModShiftV = (event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): boolean => event.shiftKey && !event.altKey && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'v';

/**
 * Paste and drop into the body: HTML from anywhere is cleaned (`sanitizeHtml`) to what the
 * schema knows; Ctrl/Cmd+Shift+V pastes the plain text only; image files go to
 * `onFiles`; and a paste that would take the body over its hard limit is refused whole,
 * with a message, leaving the article as it was.
 */
export const CleanPaste = Extension.create<CleanPasteOptions>({
  name: 'cleanPaste',

  addOptions() {
    return { parseHtml: null, onNotice: null, onFiles: null, maxBodyBytes: articleLimits.bodyBytes };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    const editor = this.editor;
    let plainNext = false;

    const fitsLimit = (view: EditorView, slice: Parameters<NonNullable<EditorProps['handlePaste']>>[2]): boolean => {
      const after = view.state.tr.replaceSelection(slice).doc;
      const bytes = utf8Length(JSON.stringify(after.toJSON()));
      if (bytes <= options.maxBodyBytes) return true;
      options.onNotice?.(
        `Nothing was pasted: the body would be ${formatBytes(bytes)}, over its limit of ${formatBytes(options.maxBodyBytes)}. Paste a shorter part, or split the article.`,
        'error',
      );
      return false;
    };

    const imageFiles = (transfer: FileTransfer | null | undefined): boolean => {
      if (!transfer || transfer.files.length === 0) return false;
      for (let i = 0; i < transfer.files.length; i++) if (transfer.files[i]) return true;
      return false;
    };

    return [
      new Plugin({
        key: cleanPasteKey,
        props: {
          handleKeyDown(_view, event) {
            // Remember the shortcut; the browser then fires the paste event itself.
            plainNext = isModShiftV(event);
            return false;
          },

          transformPastedHTML(html) {
            if (!options.parseHtml) return '';
            const { html: clean, report } = sanitizeHtml(options.parseHtml(defuseForParsing(html)));
            const notice = pasteNotice(report);
            if (notice) options.onNotice?.(notice, 'info');
            return clean;
          },

          handlePaste(view, event, slice) {
            const data = event.clipboardData;
            if (plainNext) {
              plainNext = false;
              const text = data?.getData('text/plain') ?? '';
              if (text !== '') {
                view.pasteText(text, event);
                return true;
              }
            }
            const hasWords =
              (data?.getData('text/plain') ?? '').trim() !== '' || htmlHasText(data?.getData('text/html') ?? '');
            if (!hasWords && imageFiles(data) && options.onFiles)
              return options.onFiles(data!.files, undefined, editor);
            // Refused whole: returning true stops ProseMirror, so nothing is inserted.
            return !fitsLimit(view, slice);
          },

          handleDrop(view, event, slice, moved) {
            if (!moved && imageFiles(event.dataTransfer) && options.onFiles) {
              const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
              return options.onFiles(event.dataTransfer!.files, at?.pos, editor);
            }
            return moved ? false : !fitsLimit(view, slice);
          },
        },
      }),
    ];
  },
});
