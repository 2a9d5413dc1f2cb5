/**
 * Views that follow the page's corpus update one after another, each in a task of its own,
 * rather than all in one: when a large corpus arrives, the page can draw and answer between two
 * views instead of freezing until the last of them is done.
 */
import type { ReactiveControllerHost } from 'lit';
import { nextTask } from '../../worker/pieces.js';

const waiting = new Set<ReactiveControllerHost>();
let turning = false;

/** Asks `host` to update in its turn (once, however often it is asked before then). */
export function updateInTurn(host: ReactiveControllerHost): void {
  waiting.add(host);
  if (!turning) void turn();
}

async function turn(): Promise<void> {
  turning = true;
  try {
    while (waiting.size) {
      await nextTask();
      const [host] = waiting;
      waiting.delete(host!);
      host!.requestUpdate();
      await host!.updateComplete.catch(() => undefined);
    }
  } finally {
    turning = false;
  }
}
