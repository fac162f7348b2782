import { useEffect, useEffectEvent } from 'react';
import type { CommandId } from '../../../shared/commands/commands';
import { registerCommand } from './command-bus';

/** Handles a command (its keys, its menu item) while the component is mounted and `enabled`. */
export function useCommand(id: CommandId, run: () => void, enabled = true): void {
  const onRun = useEffectEvent(run);
  useEffect(() => {
    if (!enabled) return;
    return registerCommand(id, () => onRun());
  }, [id, enabled]);
}
