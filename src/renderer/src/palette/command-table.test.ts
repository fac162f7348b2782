import { describe, expect, it } from 'vitest';
import { previewCommands } from '../preview/preview-commands';
import { commandTable, matchCommands, type CommandActions } from './command-table';

const noop = (): void => undefined;
const always: CommandActions = {
  'article.new': noop,
  'library.show': noop,
  'trash.show': noop,
  'library.search': noop,
  'settings.open': noop,
};

describe('the command table', () => {
  it('has one entry per id', () => {
    expect(new Set(commandTable.map((command) => command.id)).size).toBe(commandTable.length);
  });

  it('has a row for every preview command, so each shows in the palette', () => {
    const ids = new Set<string>(commandTable.map((command) => command.id));
    expect(previewCommands.filter((command) => !ids.has(command.id))).toEqual([]);
  });

  it('hides commands whose action the app has not given', () => {
    const ids = matchCommands('', always).map((command) => command.id);
    expect(ids).toContain('article.new');
    expect(ids).toContain('trash.show');
    expect(ids).not.toContain('tags.manage');
    expect(ids).not.toContain('backups.show');
    expect(ids).not.toContain('article.duplicate');
    const more = matchCommands('', { ...always, 'tags.manage': noop, 'backups.show': noop }).map((c) => c.id);
    expect(more).toContain('tags.manage');
    expect(more).toContain('backups.show');
  });

  it('finds commands by any of their words, all words required', () => {
    expect(matchCommands('trash', always).map((c) => c.id)).toEqual(['trash.show']);
    expect(matchCommands('spiked', always).map((c) => c.id)).toEqual(['trash.show']);
    expect(matchCommands('new art', always).map((c) => c.id)).toEqual(['article.new']);
    expect(matchCommands('new trash', always)).toEqual([]);
  });
});
