import { describe, expect, it } from 'vitest';
import { canRun, registerCommand, runCommand } from './command-bus';

describe('the command bus', () => {
  it('runs the handler registered last, and the one before once that leaves', () => {
    const ran: string[] = [];
    expect(runCommand('article.saveVersion')).toBe(false);
    const leaveOuter = registerCommand('article.saveVersion', () => ran.push('outer'));
    const leaveInner = registerCommand('article.saveVersion', () => ran.push('inner'));
    expect(runCommand('article.saveVersion')).toBe(true);
    leaveInner();
    expect(runCommand('article.saveVersion')).toBe(true);
    leaveOuter();
    expect(canRun('article.saveVersion')).toBe(false);
    expect(runCommand('article.saveVersion')).toBe(false);
    expect(ran).toEqual(['inner', 'outer']);
  });

  it('a command nobody handles is not run (the key is left to the browser)', () => {
    expect(canRun('palette.open')).toBe(false);
    expect(runCommand('palette.open')).toBe(false);
  });
});
