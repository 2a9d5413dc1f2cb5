/**
 * The guard that protected loops (protect-loops.ts) ask on every iteration. A loop is stopped
 * when it has run for longer than the budget AND the page's event loop has not turned for as
 * long: a heartbeat timer notes each turn. So a frozen page is caught whatever freezes it (a
 * plain `while (true) {}`, or `while (true) await 0`, which starves the page of tasks just as
 * well), while a generator that loops forever but yields between frames, or a loop that awaits
 * real work, goes on. The loop's own start guards against a heartbeat that a background tab's
 * timer throttling has left stale.
 */

/** Thrown inside a cell by a loop that kept the page's thread for too long. */
export class LoopTimeoutError extends Error {
  constructor(
    readonly budgetMs: number,
    /** 1-based position of the loop in the cell's source. */
    readonly line: number,
    readonly column: number,
  ) {
    super(`a loop ran for more than ${seconds(budgetMs)} without letting the page respond, so it was stopped; long work belongs in a Worker, and an endless loop should yield`);
    this.name = 'LoopTimeoutError';
  }
}

export interface LoopGuard {
  /** Called before a loop starts: the time it started. */
  start(): number;
  /** Called on each iteration: throws LoopTimeoutError once the loop has run too long. */
  check(started: number, line: number, column: number): void;
  /** Stops the heartbeat (when no other guard needs it). */
  dispose(): void;
}

const BEAT_MS = 100;
let beat = 0;
let beating: ReturnType<typeof setInterval> | undefined;
let users = 0;

const now = () => performance.now();

export function createLoopGuard(budgetMs: number): LoopGuard {
  if (users++ === 0) {
    beat = now();
    beating = setInterval(() => (beat = now()), BEAT_MS);
    // In Node (unit tests) the timer must not keep the process alive.
    (beating as { unref?: () => void }).unref?.();
  }
  let disposed = false;
  return {
    start: now,
    check(started, line, column) {
      const t = now();
      if (t - started > budgetMs && t - beat > budgetMs) throw new LoopTimeoutError(budgetMs, line, column);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      if (--users === 0) clearInterval(beating);
    },
  };
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}
