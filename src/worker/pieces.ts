/**
 * Cutting what the workers send into pieces: a message is read on the page's thread in one go,
 * so none may take long to read (a few hundred kilobytes, or a few thousand small records).
 */

/** `items` in runs whose summed `weight` stays under `limit` (an item heavier than it goes alone). */
export function pieces<T>(items: readonly T[], weight: (item: T) => number, limit: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let sum = 0;
  for (const item of items) {
    const w = weight(item);
    if (current.length && sum + w > limit) {
      out.push(current);
      current = [];
      sum = 0;
    }
    current.push(item);
    sum += w;
  }
  if (current.length) out.push(current);
  return out;
}

/** Lets the thread's other tasks run (a message, a frame) before going on. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * `fn` over `items`, keeping what it returns other than undefined, letting the thread's other
 * tasks run every `per` items: on the page, even reading a File's name costs a few microseconds,
 * which 10,000 files make a long task.
 */
export async function inTurns<T, U>(items: readonly T[], fn: (item: T) => U | undefined, per = 2000): Promise<U[]> {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) {
    if (i && i % per === 0) await nextTask();
    const value = fn(items[i]!);
    if (value !== undefined) out.push(value);
  }
  return out;
}
