import { describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate, languageOfResult, spellcheckLanguagesFor, type ContextMenuFacts } from './spellcheck';

const available = ['en-GB', 'en-US', 'fr', 'de-DE', 'ar', 'he', 'pt-BR', 'pt-PT', 'es-ES', 'es-MX'];

describe('spellcheckLanguagesFor', () => {
  it.each([
    ['en-GB', ['en-GB']],
    ['EN-us', ['en-US']],
    ['en', ['en-US']],
    ['en-AU', ['en-US']],
    ['fr-CA', ['fr']],
    ['de', ['de-DE']],
    ['pt', ['pt-PT']],
    ['es', ['es-ES']],
    ['ar-EG', ['ar']],
    ['ur', []],
  ])('%s uses %j', (tag, expected) => expect(spellcheckLanguagesFor(tag, available)).toEqual(expected));
});

const facts = (overrides: Partial<ContextMenuFacts> = {}): ContextMenuFacts => ({
  isEditable: true,
  misspelledWord: '',
  dictionarySuggestions: [],
  selectionText: '',
  editFlags: { canCut: true, canCopy: true, canPaste: true },
  ...overrides,
});

describe('contextMenuTemplate', () => {
  it('offers suggestions, add to dictionary, then cut, copy and paste for a misspelt word', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    const menu = contextMenuTemplate(
      facts({ misspelledWord: 'goverment', dictionarySuggestions: ['government', 'governments'] }),
      actions,
    );
    expect(menu.map((item) => item.label ?? item.type)).toEqual([
      'government',
      'governments',
      'Add “goverment” to dictionary',
      'separator',
      'Cut',
      'Copy',
      'Paste',
    ]);
    menu[0]!.click!();
    menu[2]!.click!();
    expect(actions.replaceMisspelling).toHaveBeenCalledWith('government');
    expect(actions.addToDictionary).toHaveBeenCalledWith('goverment');
  });

  it('says when there are no suggestions and keeps at most five', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    expect(contextMenuTemplate(facts({ misspelledWord: 'xqzt' }), actions)[0]).toEqual({
      label: 'No spelling suggestions',
      enabled: false,
    });
    const many = contextMenuTemplate(
      facts({ misspelledWord: 'teh', dictionarySuggestions: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }),
      actions,
    );
    expect(many.filter((item) => item.click && !item.label?.startsWith('Add'))).toHaveLength(5);
  });

  it('offers only copy for a selection outside editable text, and nothing otherwise', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    expect(contextMenuTemplate(facts({ isEditable: false, selectionText: 'quote' }), actions)).toEqual([
      { label: 'Copy', role: 'copy', enabled: true },
    ]);
    expect(contextMenuTemplate(facts({ isEditable: false }), actions)).toEqual([]);
  });

  it('greys out what the page says cannot be done', () => {
    const menu = contextMenuTemplate(facts({ editFlags: { canCut: false, canCopy: false, canPaste: true } }), {
      replaceMisspelling: vi.fn(),
      addToDictionary: vi.fn(),
    });
    expect(menu.map((item) => [item.label, item.enabled])).toEqual([
      ['Cut', false],
      ['Copy', false],
      ['Paste', true],
    ]);
  });
});

describe('languageOfResult', () => {
  it('reads the language of articles and summaries, and nothing else', () => {
    expect(languageOfResult('articles.get', { language: 'ur' })).toBe('ur');
    expect(languageOfResult('articles.update', { language: 'ar' })).toBe('ar');
    expect(languageOfResult('articles.list', [{ language: 'ur' }])).toBeUndefined();
    expect(languageOfResult('settings.get', { language: 'ur' })).toBeUndefined();
    expect(languageOfResult('articles.get', null)).toBeUndefined();
  });
});
