// Type-checked by both tsconfig.node.json and tsconfig.web.json: no Node modules or globals here.
import { describe, expect, it } from 'vitest';
import { chordAria, chordKey, chordLabel, matchesChord, parseAccelerator, type KeyPress } from './accelerator';

const press = (over: Partial<KeyPress>): KeyPress => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...over,
});

describe('accelerators', () => {
  it('reads CmdOrCtrl as ⌘ on macOS and Ctrl elsewhere', () => {
    expect(chordKey(parseAccelerator('CmdOrCtrl+Shift+K', 'darwin'))).toBe('Meta+Shift+K');
    expect(chordKey(parseAccelerator('CmdOrCtrl+Shift+K', 'win32'))).toBe('Ctrl+Shift+K');
    expect(chordKey(parseAccelerator('Shift+CommandOrControl+z', 'linux'))).toBe('Ctrl+Shift+Z');
  });

  it('writes keys the way each platform shows them', () => {
    expect(chordLabel(parseAccelerator('CmdOrCtrl+Shift+K', 'darwin'), 'darwin')).toBe('⇧⌘K');
    expect(chordLabel(parseAccelerator('Cmd+Ctrl+1', 'darwin'), 'darwin')).toBe('⌃⌘1');
    expect(chordLabel(parseAccelerator('CmdOrCtrl+,', 'linux'), 'linux')).toBe('Ctrl+,');
    expect(chordAria(parseAccelerator('CmdOrCtrl+Shift+K', 'linux'))).toBe('Control+Shift+K');
  });

  it('matches letters by the character typed, in either case', () => {
    const chord = parseAccelerator('CmdOrCtrl+N', 'linux');
    expect(matchesChord(chord, press({ key: 'n', code: 'KeyN', ctrlKey: true }))).toBe(true);
    expect(matchesChord(chord, press({ key: 'N', code: 'KeyN', ctrlKey: true }))).toBe(true);
    expect(matchesChord(chord, press({ key: 'n', code: 'KeyN', ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matchesChord(chord, press({ key: 'n', code: 'KeyN', metaKey: true }))).toBe(false);
    expect(matchesChord(chord, press({ key: 'n', code: 'KeyN' }))).toBe(false);
  });

  it('matches digits and punctuation by the physical key, since Shift changes their character', () => {
    expect(
      matchesChord(
        parseAccelerator('Ctrl+Shift+1', 'linux'),
        press({ key: '!', code: 'Digit1', ctrlKey: true, shiftKey: true }),
      ),
    ).toBe(true);
    expect(
      matchesChord(
        parseAccelerator('CmdOrCtrl+Shift+\\', 'linux'),
        press({ key: '|', code: 'Backslash', ctrlKey: true, shiftKey: true }),
      ),
    ).toBe(true);
    expect(
      matchesChord(parseAccelerator('CmdOrCtrl+/', 'darwin'), press({ key: '/', code: 'Slash', metaKey: true })),
    ).toBe(true);
    expect(
      matchesChord(parseAccelerator('CmdOrCtrl+/', 'darwin'), press({ key: '/', code: 'Slash', ctrlKey: true })),
    ).toBe(false);
  });
});
