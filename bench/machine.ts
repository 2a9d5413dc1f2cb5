/** The machine a benchmark ran on, as the results record it. */
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';
import type { Machine } from './results.js';

export function machine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGb: Math.round((totalmem() / 1e9) * 10) / 10,
    platform: `${type()} ${release()} ${process.arch}`,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
