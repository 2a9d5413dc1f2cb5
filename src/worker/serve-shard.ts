/**
 * An extraction worker's side of the protocol: the page's requests go to its shard (shard.ts),
 * parts go to the assembler through the port the page hands over (queued until it comes).
 * extract.worker.ts serves the extractor; tests serve a failing one to see failures reported.
 */
import type { ExtractorReply, ExtractorRequest, PartsMessage } from './protocol.js';
import { createShard, type ShardChannels } from './shard.js';

export function serveShard(extract?: ShardChannels['extract']): void {
  let assembler: MessagePort | undefined;
  const queued: PartsMessage[] = [];

  const handle = createShard({
    reply: (message: ExtractorReply) => (self as unknown as Worker).postMessage(message),
    parts: (message) => (assembler ? assembler.postMessage(message) : queued.push(message)),
    ...(extract ? { extract } : {}),
  });

  self.addEventListener('message', (event: MessageEvent<ExtractorRequest>) => {
    const request = event.data;
    if (request?.type === 'connect') {
      assembler = request.port;
      for (const message of queued.splice(0)) assembler.postMessage(message);
    } else if (request) handle(request);
  });
}
