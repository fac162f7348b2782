import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findMatches, type TextRange } from './find-matches';

export interface FindState {
  query: string;
  caseSensitive: boolean;
  matches: TextRange[];
  /** Index of the current match, or -1 when there is none. */
  current: number;
  decorations: DecorationSet;
}

type FindMeta =
  { kind: 'query'; query: string; caseSensitive: boolean } | { kind: 'move'; current: number } | { kind: 'clear' };

export const findReplaceKey = new PluginKey<FindState>('findReplace');

export interface FindReplaceOptions {
  /** Called for Ctrl/Cmd+F; return true when the find panel opened. */
  onOpenPanel: (() => boolean) | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /** Searches for `query` and makes the first match at or after the cursor current. */
      setFindQuery: (query: string, options?: { caseSensitive?: boolean }) => ReturnType;
      /** Selects the next match, wrapping at the end, and scrolls to it. */
      findNext: () => ReturnType;
      /** Selects the previous match, wrapping at the start, and scrolls to it. */
      findPrevious: () => ReturnType;
      /** Replaces the current match and moves to the next one. */
      replaceMatch: (replacement: string) => ReturnType;
      /** Replaces every match in one step, undone as one. */
      replaceAllMatches: (replacement: string) => ReturnType;
      /** Ends the search and removes the highlights. */
      clearFind: () => ReturnType;
    };
  }
}

const empty: Omit<FindState, 'decorations'> = { query: '', caseSensitive: false, matches: [], current: -1 };

/** The search as it stands: cheap to read on every transaction (no work, one lookup). */
export function findState(state: EditorState): FindState {
  return findReplaceKey.getState(state) ?? { ...empty, decorations: DecorationSet.empty };
}

function decorate(state: EditorState | Transaction, matches: TextRange[], current: number): DecorationSet {
  if (matches.length === 0) return DecorationSet.empty;
  return DecorationSet.create(
    state.doc,
    matches.map((match, i) =>
      Decoration.inline(match.from, match.to, {
        class: i === current ? 'find-match find-match--current' : 'find-match',
      }),
    ),
  );
}

/** The first match that starts at or after `position`, wrapping to the first. */
function matchFrom(matches: TextRange[], position: number): number {
  if (matches.length === 0) return -1;
  const index = matches.findIndex((match) => match.from >= position);
  return index === -1 ? 0 : index;
}

/**
 * Find and replace over the body: matches are highlighted with decorations (the document
 * is not touched until a replace), the current one is selected and scrolled to. Matches
 * are recomputed only while a search is open, so typing costs nothing otherwise.
 */
export const FindReplace = Extension.create<FindReplaceOptions>({
  name: 'findReplace',

  addOptions() {
    return { onOpenPanel: null };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findReplaceKey,
        state: {
          init: () => ({ ...empty, decorations: DecorationSet.empty }),
          apply(tr, previous) {
            const meta = tr.getMeta(findReplaceKey) as FindMeta | undefined;
            if (meta?.kind === 'clear') return { ...empty, decorations: DecorationSet.empty };
            if (meta?.kind === 'query') {
              const matches = findMatches(tr.doc, meta.query, meta.caseSensitive);
              const current = matchFrom(matches, tr.selection.from);
              return {
                query: meta.query,
                caseSensitive: meta.caseSensitive,
                matches,
                current,
                decorations: decorate(tr, matches, current),
              };
            }
            if (meta?.kind === 'move') {
              return { ...previous, current: meta.current, decorations: decorate(tr, previous.matches, meta.current) };
            }
            if (!tr.docChanged || previous.query === '') return previous;
            const matches = findMatches(tr.doc, previous.query, previous.caseSensitive);
            // The cursor decides: after a replace it sits just past the new text, so the
            // current match is the next one, even when the new text contains the query.
            const current = matchFrom(matches, tr.selection.from);
            return { ...previous, matches, current, decorations: decorate(tr, matches, current) };
          },
        },
        props: {
          decorations: (state) => findReplaceKey.getState(state)?.decorations,
        },
      }),
    ];
  },

  addCommands() {
    const moveTo =
      (step: 1 | -1) =>
      ({ state, tr, dispatch }: { state: EditorState; tr: Transaction; dispatch?: (tr: Transaction) => void }) => {
        const { matches, current } = findState(state);
        if (matches.length === 0) return false;
        const next = current === -1 ? 0 : (current + step + matches.length) % matches.length;
        if (dispatch) select(tr, matches[next]!, next);
        return true;
      };
    return {
      setFindQuery:
        (query, options = {}) =>
        ({ tr, dispatch }) => {
          if (dispatch) {
            tr.setMeta(findReplaceKey, {
              kind: 'query',
              query,
              caseSensitive: options.caseSensitive ?? false,
            } satisfies FindMeta);
            tr.setMeta('addToHistory', false);
          }
          return true;
        },
      findNext: () => moveTo(1),
      findPrevious: () => moveTo(-1),
      replaceMatch:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const { matches, current } = findState(state);
          const match = matches[current];
          if (!match) return false;
          if (dispatch) {
            if (replacement === '') tr.delete(match.from, match.to);
            else tr.insertText(replacement, match.from, match.to);
            // The plugin recomputes the matches for the new text; start from just after this one.
            tr.setSelection(TextSelection.create(tr.doc, tr.mapping.map(match.to)));
            tr.scrollIntoView();
          }
          return true;
        },
      replaceAllMatches:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const { matches } = findState(state);
          if (matches.length === 0) return false;
          if (dispatch) {
            for (let i = matches.length - 1; i >= 0; i--) {
              const match = matches[i]!;
              if (replacement === '') tr.delete(match.from, match.to);
              else tr.insertText(replacement, match.from, match.to);
            }
          }
          return true;
        },
      clearFind:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(findReplaceKey, { kind: 'clear' } satisfies FindMeta).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-f': () => this.options.onOpenPanel?.() ?? false };
  },
});

function select(tr: Transaction, match: TextRange, index: number): void {
  tr.setMeta(findReplaceKey, { kind: 'move', current: index } satisfies FindMeta);
  tr.setMeta('addToHistory', false);
  tr.setSelection(TextSelection.create(tr.doc, match.from, match.to));
  tr.scrollIntoView();
}
