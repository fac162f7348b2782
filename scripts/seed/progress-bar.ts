/**
 * A progress bar on stderr: redrawn in place on a terminal (at most ten times a second),
 * a line every tenth of the way when stderr is a file or a pipe.
 */
export interface ProgressBar {
  update(done: number, total: number): void;
  /** Ends the bar's line and prints `message` on its own. */
  note(message: string): void;
}

export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  const started = performance.now();
  const tty = stream.isTTY === true;
  let lastDraw = 0;
  let lastTenth = -1;
  let open = false;

  const seconds = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;

  return {
    update(done, total) {
      const fraction = total === 0 ? 1 : done / total;
      const counts = `${done.toLocaleString('en')}/${total.toLocaleString('en')}`;
      if (tty) {
        const time = performance.now();
        if (time - lastDraw < 100 && done < total) return;
        lastDraw = time;
        const width = 30;
        const filled = Math.round(fraction * width);
        const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
        stream.write(`\r${label} ${bar} ${Math.floor(fraction * 100)}% ${counts} ${seconds()}\x1b[K`);
        open = done < total;
        if (!open) stream.write('\n');
      } else {
        const tenth = Math.floor(fraction * 10);
        if (tenth === lastTenth) return;
        lastTenth = tenth;
        stream.write(`${label} ${tenth * 10}% ${counts} ${seconds()}\n`);
      }
    },
    note(message) {
      if (open) stream.write('\n');
      open = false;
      stream.write(`${label} ${message} (${seconds()})\n`);
    },
  };
}
