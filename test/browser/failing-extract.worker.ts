/**
 * An extraction worker that fails the way its name says, for the tests of failures: 'crash'
 * throws out of its message handler when its files come, as a bug in the worker would (the page
 * gets an error event); 'hang' loops forever on a document that says HANG HERE (the page hears
 * nothing more from it); 'slow' takes 40 ms a document, so that a test can kill it mid-run.
 * Otherwise it is the real extractor.
 */
import { extractPart } from '../../src/extract/pipeline.js';
import { serveShard } from '../../src/worker/serve-shard.js';

if (self.name === 'crash') {
  self.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type === 'files') throw new Error('the extractor crashed');
  });
} else {
  serveShard((doc, lexicon) => {
    if (self.name === 'hang' && doc.text.includes('HANG HERE')) for (;;);
    if (self.name === 'slow') for (const until = performance.now() + 40; performance.now() < until; );
    return extractPart(doc, lexicon);
  });
}
