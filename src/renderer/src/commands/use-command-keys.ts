import { useEffect } from 'react';
import { matchesChord, parseAccelerator } from '../../../shared/commands/accelerator';
import { acceleratorFor, commands } from '../../../shared/commands/commands';
import { runCommand } from './command-bus';

/**
 * One keydown listener for the whole page, reading the same table as the menu. Keys the
 * body editor already handled (its own find and link keys) arrive prevented and are left
 * alone; on macOS the native menu takes the keys of its items, so only menu-less commands
 * are matched here. A command nothing on screen handles leaves the key to the browser.
 */
export function useCommandKeys(): void {
  useEffect(() => {
    const { platform, menuOwnsKeys } = window.lede.shell;
    const bindings = commands
      .filter((command) => !(menuOwnsKeys && command.menu))
      .map((command) => ({ id: command.id, chord: parseAccelerator(acceleratorFor(command, platform), platform) }));
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.repeat) return;
      const binding = bindings.find(({ chord }) => matchesChord(chord, event));
      if (binding && runCommand(binding.id)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
