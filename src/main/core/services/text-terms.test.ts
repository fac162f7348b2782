import { describe, expect, it } from 'vitest';
import { matchRuns } from './tag-search';
import { textTerms, tokens, typedQuery } from './text-terms';

describe('text terms', () => {
  it('are the folded telling words, without stop words or repeats', () => {
    expect(textTerms('The Ceasefire talks in İstanbul: talks resume, Zoë says')).toEqual([
      'ceasefire',
      'talks',
      'istanbul',
      'resume',
      'zoe',
    ]);
    expect(tokens('G7 summit, 2026')).toEqual(['g7', 'summit', '2026']);
  });
});

describe('typedQuery', () => {
  it('needs every word, the last as a prefix once it has two letters', () => {
    expect(typedQuery('talks ista')).toBe('"talks" "ista"*');
    expect(typedQuery('talks i')).toBe('"talks"');
    expect(typedQuery('i')).toBeNull();
    expect(typedQuery('  ')).toBeNull();
  });

  it('quotes words so nothing typed is read as an operator', () => {
    expect(typedQuery('NEAR OR "xy')).toBe('"near" "or" "xy"*');
    expect(typedQuery('a"bc')).toBe('"a" "bc"*');
  });
});

describe('matchRuns', () => {
  it('counts the runs of adjacent letters a query takes in a name', () => {
    expect(matchRuns('ukr', 'ukraine')).toBe(1);
    expect(matchRuns('ukrn', 'ukraine')).toBe(2);
    expect(matchRuns('ukrn', 'unkempt gardens')).toBe(4);
    expect(matchRuns('xyz', 'ukraine')).toBe(Infinity);
  });
});
