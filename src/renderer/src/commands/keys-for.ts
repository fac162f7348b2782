import { chordAria, chordLabel, parseAccelerator } from '../../../shared/commands/accelerator';
import { acceleratorFor, commandById, type CommandId } from '../../../shared/commands/commands';

/** A command's keys for a button's `aria-keyshortcuts` and its title, on this platform. */
export function keysFor(id: CommandId): { aria: string; label: string } {
  const { platform } = window.lede.shell;
  const chord = parseAccelerator(acceleratorFor(commandById(id), platform), platform);
  return { aria: chordAria(chord), label: chordLabel(chord, platform) };
}
