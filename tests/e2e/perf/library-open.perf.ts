/**
 * `npm run bench:chromium`: the library at 100,000 stories in Debian's Chromium, through
 * the browser-test rig (the built renderer, the real core worker, a loopback server).
 * Prints and writes (bench-results/chromium.json) how long the first rows take to paint
 * after navigation and after the app's first render, how long rows take after a jump to
 * the middle of the list, and the frame intervals while it scrolls. A program run through
 * vitest for its rig, kept out of `npm test`: it asserts that rows appear, never a time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { archiveSize } from '../../../bench/suites/search';
import { settleDailyBackup } from '../../../bench/lib/daily-backup';
import { seededArchive } from '../../../bench/lib/search-store';
import { summarise } from '../../../bench/lib/percentiles';
import { launchChromium } from '../support/browser';
import { startTestServer } from '../support/test-server';

const runs = 12;
const archiveNow = Date.UTC(2026, 0, 15, 12);

declare global {
  interface Window {
    __firstRows?: { shell: number; rows: number };
  }
}

// Runs in the page before the app: notes when the sidebar first shows and when the first
// rows do, each at the paint that follows (a task queued from the next animation frame).
const observeFirstRows = (): void => {
  const marks: { shell?: number; rows?: number } = {};
  const afterPaint = (key: 'shell' | 'rows'): void => {
    requestAnimationFrame(() => {
      setTimeout(() => {
        marks[key] = performance.now();
        if (marks.shell !== undefined && marks.rows !== undefined)
          window.__firstRows = { shell: marks.shell, rows: marks.rows };
      }, 0);
    });
  };
  let shellSeen = false;
  const observer = new MutationObserver(() => {
    if (!shellSeen && document.querySelector('.library')) {
      shellSeen = true;
      afterPaint('shell');
    }
    if (document.querySelector('.library-row .article-list__headline')) {
      observer.disconnect();
      afterPaint('rows');
    }
  });
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document.body, { childList: true, subtree: true }),
  );
};

it('measures the library at 100,000 stories', async () => {
  const { dataDir } = seededArchive(archiveSize, 1, archiveNow, (message) => console.log(message));
  await settleDailyBackup(dataDir, (message) => console.log(message));
  const server = await startTestServer(dataDir);
  const browser = await launchChromium();
  try {
    const status = await server.core.call('app.status', {});
    expect(status).toMatchObject({ ok: true, value: { state: 'ready' } });
    const navigation: number[] = [];
    const afterShell: number[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(observeFirstRows);
      await page.goto(server.url);
      const marks = await page.waitForFunction(() => window.__firstRows, undefined, { timeout: 30_000 });
      const { shell, rows } = (await marks.jsonValue())!;
      navigation.push(rows);
      afterShell.push(rows - shell);
      if (run === runs - 1) {
        // Jump to the middle of 100,000 rows, then scroll a screenful per frame.
        const jump = await page.evaluate(async () => {
          const list = document.querySelector<HTMLElement>('.library-list')!;
          const started = performance.now();
          list.scrollTop = list.scrollHeight / 2;
          await new Promise<void>((resolve) => {
            const check = (): void => {
              const loaded = [...list.querySelectorAll('.library-row')].some(
                (row) => !row.querySelector('.library-row__loading'),
              );
              if (loaded) resolve();
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          });
          return performance.now() - started;
        });
        const frames = await page.evaluate(
          () =>
            new Promise<number[]>((resolve) => {
              const list = document.querySelector<HTMLElement>('.library-list')!;
              const intervals: number[] = [];
              let last = performance.now();
              const step = (time: number): void => {
                intervals.push(time - last);
                last = time;
                list.scrollTop += 600;
                if (intervals.length < 180) requestAnimationFrame(step);
                else resolve(intervals.slice(1));
              };
              requestAnimationFrame(step);
            }),
        );
        const rowCount = await page.locator('.library-row').count();
        expect(rowCount).toBeGreaterThan(5);
        const report = {
          date: new Date().toISOString(),
          stories: archiveSize,
          runs,
          firstRowsAfterNavigation: summarise(navigation),
          firstRowsAfterFirstRender: summarise(afterShell),
          rowsAfterJumpToMiddleMs: jump,
          scrollFrameIntervals: summarise(frames),
        };
        const file = join(import.meta.dirname, '..', '..', '..', 'bench-results', 'chromium.json');
        mkdirSync(join(file, '..'), { recursive: true });
        writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
        const line = (name: string, d: { p50: number; p95: number; max: number }): string =>
          `${name.padEnd(42)} p50 ${d.p50.toFixed(1).padStart(7)} ms  p95 ${d.p95.toFixed(1).padStart(7)} ms  max ${d.max.toFixed(1).padStart(7)} ms`;
        console.log(
          [
            `Chromium, ${archiveSize.toLocaleString('en')} stories, ${runs} page loads:`,
            line('first rows painted, from navigation', report.firstRowsAfterNavigation),
            line('first rows painted, from the first render', report.firstRowsAfterFirstRender),
            `${'rows painted after a jump to the middle'.padEnd(42)} ${jump.toFixed(1)} ms`,
            line('frame interval, scrolling 600 px a frame', report.scrollFrameIntervals),
            `written to ${file}`,
          ].join('\n'),
        );
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}, 1_800_000);
