import { describe, expect, it } from 'vitest';
import { commandTable, matchCommands, type CommandActions } from './command-table';

const noop = (): void => undefined;
const always: CommandActions = {
  createArticle: noop,
  showLibrary: noop,
  showTrash: noop,
  focusSearch: noop,
  openSettings: noop,
};

describe('the command table', () => {
  it('has one entry per id', () => {
    expect(new Set(commandTable.map((command) => command.id)).size).toBe(commandTable.length);
  });

  it('hides commands whose action the app has not given', () => {
    const ids = matchCommands('', always).map((command) => command.id);
    expect(ids).toContain('article.new');
    expect(ids).toContain('trash.show');
    expect(ids).not.toContain('article.export');
    expect(ids).not.toContain('preview.layout');
    expect(ids).not.toContain('tags.manage');
    expect(ids).not.toContain('article.duplicate');
    const more = matchCommands('', { ...always, exportArticle: noop, openTagManager: noop }).map((c) => c.id);
    expect(more).toContain('article.export');
    expect(more).toContain('tags.manage');
  });

  it('finds commands by any of their words, all words required', () => {
    expect(matchCommands('trash', always).map((c) => c.id)).toEqual(['trash.show']);
    expect(matchCommands('spiked', always).map((c) => c.id)).toEqual(['trash.show']);
    expect(matchCommands('new art', always).map((c) => c.id)).toEqual(['article.new']);
    expect(matchCommands('new trash', always)).toEqual([]);
  });
});
