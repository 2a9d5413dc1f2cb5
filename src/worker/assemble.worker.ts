/**
 * The assembling worker: keeps the part of every document of the corpus and merges them into
 * the events file (assembler.ts). Extractors send it parts through ports the page hands over.
 */
import { createAssembler } from './assembler.js';
import type { AssemblerReply, AssemblerRequest, PartsMessage } from './protocol.js';

const assembler = createAssembler({ reply: (message: AssemblerReply) => (self as unknown as Worker).postMessage(message) });

self.addEventListener('message', (event: MessageEvent<AssemblerRequest>) => {
  const request = event.data;
  if (request?.type === 'connect') request.port.onmessage = (e: MessageEvent<PartsMessage>) => assembler.parts(e.data);
  else if (request) assembler.request(request);
});
