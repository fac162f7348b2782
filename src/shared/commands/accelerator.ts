import type { Platform } from './commands';

/** An accelerator resolved for one platform: which modifiers are held, and the key. */
export interface Chord {
  ctrl: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
  /** The key as written in the accelerator, upper-cased for letters (`K`, `\`, `/`, `1`, `F11`). */
  key: string;
}

/**
 * Reads Electron's accelerator syntax (`CmdOrCtrl+Shift+K`) for a platform: `CmdOrCtrl`
 * is ⌘ on macOS and Ctrl elsewhere. Throws for a modifier it does not know, so a typo in
 * the command table fails its test instead of binding nothing.
 */
export function parseAccelerator(accelerator: string, platform: Platform): Chord {
  // A trailing "+" would be the Plus key; Lede binds none, so split plainly.
  const parts = accelerator.split('+');
  const key = parts.pop();
  if (!key) throw new Error(`The accelerator ${accelerator} names no key`);
  const chord: Chord = {
    ctrl: false,
    meta: false,
    alt: false,
    shift: false,
    key: key.length === 1 ? key.toUpperCase() : key,
  };
  for (const part of parts) {
    switch (part) {
      case 'CmdOrCtrl':
      case 'CommandOrControl':
        if (platform === 'darwin') chord.meta = true;
        else chord.ctrl = true;
        break;
      case 'Cmd':
      case 'Command':
      case 'Meta':
      case 'Super':
        chord.meta = true;
        break;
      case 'Ctrl':
      case 'Control':
        chord.ctrl = true;
        break;
      case 'Alt':
      case 'Option':
        chord.alt = true;
        break;
      case 'Shift':
        chord.shift = true;
        break;
      default:
        throw new Error(`The accelerator ${accelerator} has an unknown modifier ${part}`);
    }
  }
  return chord;
}

/** One spelling per chord (`Ctrl+Shift+K`), so two accelerators that mean the same keys compare equal. */
export function chordKey(chord: Chord): string {
  return [chord.ctrl && 'Ctrl', chord.meta && 'Meta', chord.alt && 'Alt', chord.shift && 'Shift', chord.key]
    .filter(Boolean)
    .join('+');
}

const macSymbols: [keyof Omit<Chord, 'key'>, string][] = [
  ['ctrl', '⌃'],
  ['alt', '⌥'],
  ['shift', '⇧'],
  ['meta', '⌘'],
];

/** How the keys are written for people: `⇧⌘K` on macOS, `Ctrl+Shift+K` elsewhere. */
export function chordLabel(chord: Chord, platform: Platform): string {
  if (platform === 'darwin')
    return macSymbols.map(([name, symbol]) => (chord[name] ? symbol : '')).join('') + chord.key;
  return [chord.ctrl && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', chord.meta && 'Super', chord.key]
    .filter(Boolean)
    .join('+');
}

/** The `aria-keyshortcuts` value (`Control+Shift+K`). */
export function chordAria(chord: Chord): string {
  return [chord.ctrl && 'Control', chord.meta && 'Meta', chord.alt && 'Alt', chord.shift && 'Shift', chord.key]
    .filter(Boolean)
    .join('+');
}

/** The KeyboardEvent.code of keys whose `key` changes with Shift or the layout. */
const codes: Record<string, string> = {
  '\\': 'Backslash',
  '/': 'Slash',
  ',': 'Comma',
  '.': 'Period',
  '=': 'Equal',
  '-': 'Minus',
  ...Object.fromEntries(Array.from({ length: 10 }, (_, digit) => [String(digit), `Digit${digit}`])),
};

/** The parts of a KeyboardEvent the match reads; a plain object in tests. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * Whether a key press is this chord. Letters match by the character typed (so they follow
 * the keyboard layout); punctuation and digits by the physical key, because Shift changes
 * their character (Shift+1 types "!").
 */
export function matchesChord(chord: Chord, press: KeyPress): boolean {
  if (press.ctrlKey !== chord.ctrl || press.metaKey !== chord.meta) return false;
  if (press.altKey !== chord.alt || press.shiftKey !== chord.shift) return false;
  const code = codes[chord.key];
  if (code) return press.code === code;
  return press.key.length === 1 ? press.key.toUpperCase() === chord.key : press.key === chord.key;
}
