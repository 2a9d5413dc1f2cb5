/**
 * Helpers for the browser tests: finding elements through shadow roots, waiting for the page to
 * settle, and saving screenshots into test/screenshots/ (gitignored) to look at.
 */
import { page } from 'vitest/browser';
import { DB_NAME } from '../../src/storage/db.js';

/**
 * Every element matching `selector`, in `root` and in every shadow root below it. `a >>> b`
 * looks for `b` inside the shadow trees of the elements matching `a`.
 */
export function deepAll<E extends Element = Element>(selector: string, root: ParentNode = document): E[] {
  const [first, ...rest] = selector.split('>>>').map((s) => s.trim());
  const found = everywhere<E>(first!, root);
  if (!rest.length) return found;
  return found.flatMap((host) => (host.shadowRoot ? deepAll<E>(rest.join(' >>> '), host.shadowRoot) : []));
}

function everywhere<E extends Element>(selector: string, root: ParentNode): E[] {
  const out: E[] = [...root.querySelectorAll<E>(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...everywhere<E>(selector, el.shadowRoot));
  return out;
}

export function deep<E extends Element = Element>(selector: string, root: ParentNode = document): E | undefined {
  return deepAll<E>(selector, root)[0];
}

/** Waits until `check` returns something truthy (and returns it), or fails after `timeout` ms. */
export async function until<T>(check: () => T | undefined | null | false, what: string, timeout = 15_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    let value: T | undefined | null | false;
    try {
      value = check();
    } catch {
      value = undefined;
    }
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

/** Two animation frames: Lit's updates and the charts' drawing have run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => r(undefined)));
}

/** Saves a screenshot of `element` (or of the page) as test/screenshots/<name>.png. */
export async function shoot(name: string, element?: Element): Promise<void> {
  await settle();
  await page.screenshot({ path: `../screenshots/${name}.png`, ...(element ? { element: page.elementLocator(element) } : {}) });
}

/**
 * Saves what a reader sees of `app` in a window of the viewport's height, scrolled to `top`: the
 * app is framed as its own scroll box for the shot, since the test iframe paints only its viewport.
 */
export async function shootWindow(name: string, app: HTMLElement, top = 0): Promise<void> {
  const style = app.getAttribute('style');
  app.style.cssText = `display:block;height:${window.innerHeight}px;overflow:auto`;
  app.scrollTop = top;
  await shoot(name, app);
  if (style === null) app.removeAttribute('style');
  else app.setAttribute('style', style);
}

/** Deletes an IndexedDB database (resolves once it is gone, or when nothing held it). */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`cannot delete the database ${name}`));
    // Another connection still open: the deletion waits for it, and completes once it closes.
    request.onblocked = () => undefined;
  });
}

// The explorer keeps the analyst's work (corrections, actors, the corpus) in IndexedDB, and the
// test files of a run share one browser profile: each starts from an empty database, as on a
// first visit, whatever the file before it dropped into its corpus.
await deleteDatabase(DB_NAME);
