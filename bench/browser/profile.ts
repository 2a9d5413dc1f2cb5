/**
 * Where the page's main thread spends its time in a browser benchmark, by source file and by
 * function: the explorer on Vite's dev server (modules keep their names), a CPU profile of one
 * measure, printed as JSON. For finding what limits a figure of `npm run bench`, not for the
 * figures themselves (the dev server is slower than the built site).
 *
 *   npx tsx bench/browser/profile.ts drop 10000     articles dropped into the byo notebook
 *   npx tsx bench/browser/profile.ts redraw 10000   filter changes with this many events
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import type { EventsFile } from '../../src/events/types.js';
import { scaleEvents } from '../scale-events.js';
import { loadSources } from '../sources/node.js';
import { measureDrop } from './drop.js';
import { measureRedraw } from './redraw.js';
import { generatorScript, launch } from './site.js';

const [what = 'drop', sizeArg = '10000'] = process.argv.slice(2);
const size = Number(sizeArg);
if (!['drop', 'redraw'].includes(what) || !(size > 0)) throw new Error('usage: profile.ts drop|redraw SIZE');

const server = await createServer({ logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
await server.listen();
const url = server.resolvedUrls?.local[0];
const browser = await launch();
try {
  if (!url) throw new Error('the dev server gave no address');
  if (what === 'drop') {
    const result = await measureDrop(browser, url, { generator: await generatorScript(), sources: loadSources(), articles: size, seed: 1, profile: true });
    process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
  } else {
    // The events of a generated corpus, copied up to the size, served from the cache folder.
    const { benchCorpus } = await import('../node/corpus.js');
    const { extract } = await import('../../src/extract/pipeline.js');
    const base: EventsFile = extract(benchCorpus(1000, 1).docs);
    const file = scaleEvents(base, size, 1);
    const path = join('node_modules', '.cache', 'reprisal-bench', `profile-events-${size}.json`);
    writeFileSync(path, JSON.stringify(file));
    const result = await measureRedraw(browser, `${url}bench/browser/views.html`, `${url}${path}`, file, { cycles: 2, perView: false, profile: true });
    process.stdout.write(`${JSON.stringify({ ...result, frameMs: result.frameMs.median }, null, 1)}\n`);
  }
} finally {
  await browser.close();
  await server.close();
}
