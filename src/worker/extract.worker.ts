/**
 * An extraction worker: reads its share of a run's files and extracts each document (shard.ts),
 * sending the documents and its progress to the page and the parts to the assembler, through
 * the port the page gives it. Cancelling terminates the worker (see client.ts), so no cancel
 * message is needed here.
 */
import type { ExtractorReply, ExtractorRequest, PartsMessage } from './protocol.js';
import { createShard } from './shard.js';

let assembler: MessagePort | undefined;
const queued: PartsMessage[] = [];

const handle = createShard({
  reply: (message: ExtractorReply) => (self as unknown as Worker).postMessage(message),
  parts: (message) => (assembler ? assembler.postMessage(message) : queued.push(message)),
});

self.addEventListener('message', (event: MessageEvent<ExtractorRequest>) => {
  const request = event.data;
  if (request?.type === 'connect') {
    assembler = request.port;
    for (const message of queued.splice(0)) assembler.postMessage(message);
  } else if (request) handle(request);
});
