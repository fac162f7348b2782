export interface PauseSnapshotOptions {
  /** Keeps a version of the stored article (the core skips it when nothing changed). */
  snapshot: () => Promise<unknown>;
  /** How long typing must pause, after a save, before a version is kept. */
  pauseMs?: number;
}

/**
 * Decides when typing has paused long enough to keep a version: every keystroke and every
 * save restart a quiet period, and once it runs out with saves since the last version,
 * one is kept. So a version follows a pause after changes, never each keystroke, and an
 * article nobody touched gets none.
 */
export class PauseSnapshots {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private changedSinceVersion = false;
  private stopped = false;
  private readonly pauseMs: number;

  constructor(private readonly options: PauseSnapshotOptions) {
    this.pauseMs = options.pauseMs ?? 15_000;
  }

  /** The user typed: the pause starts again. */
  typed(): void {
    this.restart();
  }

  /** A save landed: there is something to keep once the pause is long enough. */
  saved(): void {
    this.changedSinceVersion = true;
    this.restart();
  }

  /** A version was kept some other way (Save version, a status move): nothing is owed. */
  kept(): void {
    this.changedSinceVersion = false;
    this.clear();
  }

  /** Keeps a version now if one is owed: for an article being closed. */
  async flush(): Promise<void> {
    this.clear();
    if (this.changedSinceVersion) await this.take();
  }

  dispose(): void {
    this.stopped = true;
    this.clear();
  }

  /** Works again after `dispose` (React's StrictMode runs effect cleanups once extra in development). */
  resume(): void {
    this.stopped = false;
  }

  private restart(): void {
    this.clear();
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.changedSinceVersion) void this.take();
    }, this.pauseMs);
  }

  private async take(): Promise<void> {
    this.changedSinceVersion = false;
    try {
      await this.options.snapshot();
    } catch {
      // Owed still: the next pause tries again. The article itself is saved either way.
      this.changedSinceVersion = true;
    }
  }

  private clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
