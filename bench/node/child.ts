/** A driver run in its own `node` process; its result is the `@@result` line it prints (corpus.ts `report`). */
import { spawn } from 'node:child_process';

export interface ChildOptions {
  /** Killed after this long, ms. */
  timeoutMs?: number;
  nodeArgs?: string[];
}

export function runDriver<T>(file: string, args: (string | number)[], options: ChildOptions = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', ...(options.nodeArgs ?? []), file, ...args.map(String)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith('@@result '));
      if (code === 0 && line) return resolve(JSON.parse(line.slice('@@result '.length)) as T);
      const why = signal ? `killed (${signal}${signal === 'SIGKILL' && options.timeoutMs ? `, after ${Math.round(options.timeoutMs / 1000)} s` : ''})` : `exit code ${code}`;
      const tail = stderr.trim().split('\n').slice(-6).join('\n');
      reject(new Error(`${file.split(/[\\/]/).pop()} ${args.join(' ')}: ${why}${tail ? `\n${tail}` : ''}`));
    });
  });
}
