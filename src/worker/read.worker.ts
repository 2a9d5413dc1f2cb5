/**
 * The reading worker: dropped or picked files to bytes, off the page's thread (read-batch.ts).
 * The page posts a batch of File objects (cheap: they are handles) and gets the buffers back
 * transferred, not copied.
 */
import { readBatch } from './read-batch.js';
import type { ReadReply, ReadRequest } from './reader.js';

self.addEventListener('message', (event: MessageEvent<ReadRequest>) => {
  const { id, files } = event.data;
  void readBatch(files).then((outcomes) => {
    const buffers = outcomes.flatMap((o) => (o.ok ? [o.buffer] : []));
    (self as unknown as Worker).postMessage({ id, outcomes } satisfies ReadReply, buffers);
  });
});
