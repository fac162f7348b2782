// Type-checked by both tsconfig.node.json and tsconfig.web.json: no Node modules or globals here.
import { describe, expect, it } from 'vitest';
import { articleStatuses } from './article-status';
import { allowedMoves, moveLabel, moveProblem } from './workflow';

describe('the workflow', () => {
  it('runs draft → in edit → ready → published, with steps back', () => {
    expect(allowedMoves('draft', null)).toEqual(['in_edit', 'spiked']);
    expect(allowedMoves('in_edit', null)).toEqual(['draft', 'ready', 'spiked']);
    expect(allowedMoves('ready', null)).toEqual(['in_edit', 'published', 'spiked']);
    expect(allowedMoves('published', null)).toEqual(['in_edit', 'spiked']);
  });

  it('spikes from any state and unspikes only to the state before', () => {
    for (const from of articleStatuses.filter((s) => s !== 'spiked'))
      expect(moveProblem(from, 'spiked', null)).toBeNull();
    expect(allowedMoves('spiked', 'ready')).toEqual(['ready']);
    expect(moveProblem('spiked', 'ready', 'ready')).toBeNull();
    expect(moveProblem('spiked', 'draft', 'ready')).toBe(
      'A spiked article goes back to the state it was spiked from (ready), not to draft.',
    );
  });

  it('explains a move that is not allowed', () => {
    expect(moveProblem('draft', 'published', null)).toBe(
      'An article that is draft cannot move to published; it can move to in edit or spiked.',
    );
    expect(moveProblem('ready', 'ready', null)).toBe('This article is already ready.');
  });

  it('labels each move as a button would', () => {
    expect(moveLabel('draft', 'in_edit')).toBe('Send to edit');
    expect(moveLabel('ready', 'in_edit')).toBe('Back to edit');
    expect(moveLabel('in_edit', 'ready')).toBe('Mark ready');
    expect(moveLabel('ready', 'published')).toBe('Publish');
    expect(moveLabel('published', 'spiked')).toBe('Spike');
    expect(moveLabel('spiked', 'in_edit')).toBe('Unspike (back to in edit)');
  });
});
