/**
 * What the page's stores share: a value that tells its listeners when it changes, as a 'change'
 * event (so a page may also listen with addEventListener) or through subscribe.
 */
export abstract class Store<T> extends EventTarget {
  /** The value listeners are given. */
  protected abstract get current(): T;

  /** Calls `listener` with the value after every change; returns what stops it. */
  subscribe(listener: (value: T) => void): () => void {
    const handler = () => listener(this.current);
    this.addEventListener('change', handler);
    return () => this.removeEventListener('change', handler);
  }

  /** Tells every listener that the value changed. */
  protected changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}
