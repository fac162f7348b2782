import type { CommandId } from '../../../shared/commands/commands';

type Handler = () => void;

/** Handlers per command; the one registered last (the innermost open view) runs. */
const handlers = new Map<CommandId, Handler[]>();
const changeListeners = new Set<() => void>();

/** Makes `run` the handler of a command until the returned function is called. */
export function registerCommand(id: CommandId, run: Handler): () => void {
  const list = handlers.get(id) ?? [];
  list.push(run);
  handlers.set(id, list);
  changeListeners.forEach((listener) => listener());
  return () => {
    const current = handlers.get(id) ?? [];
    const at = current.lastIndexOf(run);
    if (at >= 0) current.splice(at, 1);
    changeListeners.forEach((listener) => listener());
  };
}

/** Whether something on screen can run the command now. */
export function canRun(id: CommandId): boolean {
  return (handlers.get(id)?.length ?? 0) > 0;
}

/** Runs a command from a key, a menu click or a button; false when nothing on screen handles it. */
export function runCommand(id: CommandId): boolean {
  const run = handlers.get(id)?.at(-1);
  if (!run) return false;
  run();
  return true;
}

/** Hears when handlers come and go (the sheet marks commands not available here). */
export function onCommandsChanged(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => void changeListeners.delete(listener);
}
