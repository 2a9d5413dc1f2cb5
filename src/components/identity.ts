/** A small number per object, for cache keys that must change when an events file is replaced. */
const ids = new WeakMap<object, number>();
let next = 0;

export function identity(value: object | undefined): number {
  if (!value) return -1;
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = ++next));
  return id;
}
