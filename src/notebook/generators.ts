/**
 * Generators the runtime iterates (it pulls one value per animation frame and re-runs the
 * variable's dependants each time one resolves): the machinery behind `view()`.
 */

/**
 * Observable's view protocol: an element that has a `.value` and dispatches "input" events when
 * it changes (form inputs, Plot charts with pointer interaction, custom elements…).
 */
export interface ViewElement<T = unknown> extends EventTarget {
  value: T;
}

/**
 * A generator of promises, one per change reported by `initialize` through `change`. Values that
 * arrive faster than they are pulled collapse to the latest. `initialize` runs on the first pull,
 * and the function it returns (if any) runs when the generator is returned (the runtime does that
 * when the cell is invalidated).
 */
export function* observe<T>(initialize: (change: (value: T) => void) => (() => void) | void): Generator<Promise<T>, void, unknown> {
  let resolve: ((value: T) => void) | undefined;
  let stale: { value: T } | undefined;
  const change = (value: T) => {
    if (resolve) resolve(value);
    else stale = { value };
    resolve = undefined;
  };
  const dispose = initialize(change);
  try {
    for (;;) {
      if (stale) {
        const { value } = stale;
        stale = undefined;
        yield Promise.resolve(value);
      } else {
        yield new Promise<T>((r) => (resolve = r));
      }
    }
  } finally {
    dispose?.();
  }
}

/** The element's value now, then again after every "input" event (Framework's Generators.input). */
export function input<T>(element: ViewElement<T>): Generator<Promise<T>, void, unknown> {
  return observe<T>((change) => {
    const onInput = () => change(element.value);
    element.addEventListener('input', onInput);
    change(element.value);
    return () => element.removeEventListener('input', onInput);
  });
}
