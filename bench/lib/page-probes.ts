/**
 * Measurements taken inside the page, so the test driver's own latency never counts.
 * Each function here runs in Chromium through `page.evaluate`.
 */
import type { Page } from 'playwright-core';

interface KeyProbe {
  /** keydown → the next paint: from the event's timestamp to a setTimeout(0) posted from the next frame. */
  paint: number[];
  /** keydown → the editor's transaction for the typed character done (its own work for the key). */
  work: number[];
}

declare global {
  interface Window {
    __keyProbe?: KeyProbe;
  }
}

/** Listens to every keydown from now on and records both latencies of each. */
export function installKeyProbe(page: Page): Promise<void> {
  return page.evaluate(() => {
    if (window.__keyProbe) return;
    const probe: KeyProbe = { paint: [], work: [] };
    window.__keyProbe = probe;
    let keydownAt = 0;
    window.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        keydownAt = start;
        requestAnimationFrame(() => setTimeout(() => probe.paint.push(performance.now() - start), 0));
      },
      true,
    );
    // The editor has done its work for a typed character once the input event has reached
    // the window and the microtasks queued before it (ProseMirror reads the DOM change in a
    // MutationObserver callback, then the transaction runs every listener) have run.
    window.addEventListener('input', () => {
      const start = keydownAt;
      queueMicrotask(() => queueMicrotask(() => probe.work.push(performance.now() - start)));
    });
  });
}

/** Takes (and clears) what the probe has recorded, once `count` keys have been painted. */
export function takeKeySamples(page: Page, count: number): Promise<KeyProbe> {
  return page.evaluate(
    (expected) =>
      new Promise<KeyProbe>((resolve) => {
        const probe = window.__keyProbe!;
        const check = (): void => {
          if (probe.paint.length < expected || probe.work.length < expected) return void setTimeout(check, 5);
          resolve({ paint: probe.paint.splice(0), work: probe.work.splice(0) });
        };
        check();
      }),
    count,
  );
}

/** Waits for one key's paint before the next is sent, so keys never queue up. */
export function keyPainted(page: Page, count: number): Promise<void> {
  return page.evaluate(
    (expected) =>
      new Promise<void>((resolve) => {
        const check = (): void => {
          if ((window.__keyProbe?.paint.length ?? 0) >= expected) resolve();
          else setTimeout(check, 2);
        };
        check();
      }),
    count,
  );
}

/** Puts the caret at the end of the middle block of `selector`, as a click would. */
export function caretMidDocument(page: Page, selector: string): Promise<void> {
  return page.evaluate(
    (editorSelector) =>
      new Promise<void>((resolve) => {
        const editor = document.querySelector<HTMLElement>(editorSelector)!;
        const block = editor.children[Math.floor(editor.children.length / 2)]!;
        block.scrollIntoView({ block: 'center' });
        editor.focus();
        const range = document.createRange();
        range.selectNodeContents(block);
        range.collapse(false);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        requestAnimationFrame(() => setTimeout(resolve, 50));
      }),
    selector,
  );
}

/** What starts an open: a click on the article in the app's list, or the bare page's open(). */
export type OpenAction = { clickArticle: string } | { openBare: string };

/**
 * Starts `action` in the page and times it until `selector` shows at least `blocks`
 * children and the next frame has painted.
 */
export function timeUntilShown(page: Page, action: OpenAction, selector: string, blocks: number): Promise<number> {
  return page.evaluate(
    ({ action: start, editorSelector, expected }) =>
      new Promise<number>((resolve, reject) => {
        const shown = (): boolean => (document.querySelector(editorSelector)?.childElementCount ?? 0) >= expected;
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        const fail = (message: string): void => {
          observer.disconnect();
          reject(new Error(message));
        };
        if ('clickArticle' in start) {
          const button = [...document.querySelectorAll<HTMLElement>('.article-list__item')].find((item) =>
            item.textContent?.includes(start.clickArticle),
          );
          if (!button) return fail(`no article "${start.clickArticle}" in the list`);
          button.click();
        } else {
          const bare = (
            window as unknown as { bareProseMirror: { open(url: string, mount: HTMLElement): Promise<void> } }
          ).bareProseMirror;
          bare.open(start.openBare, document.getElementById('mount')!).catch((error: unknown) => fail(String(error)));
        }
      }),
    { action, editorSelector: selector, expected: blocks },
  );
}
