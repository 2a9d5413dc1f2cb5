/** Runs the whole pipeline on texts written in a test, as documents of a corpus. */
import { buildCorpus } from '../../src/corpus/corpus.js';
import type { EventsFile } from '../../src/events/types.js';
import { extract } from '../../src/extract/pipeline.js';

export function extractTexts(docs: Record<string, string>, published?: string): EventsFile {
  const files = Object.entries(docs).map(([name, text]) => ({ name: name.includes('.') ? name : `${name}.txt`, bytes: new TextEncoder().encode(text) }));
  if (published) {
    const manifest = { documents: Object.fromEntries(Object.keys(docs).map((n) => [n.replace(/\.\w+$/, ''), { published }])) };
    files.push({ name: 'corpus.json', bytes: new TextEncoder().encode(JSON.stringify(manifest)) });
  }
  return extract(buildCorpus(files).docs);
}

/** One document, one headline line first so the sentence under test is not read as a headline. */
export function extractSentence(sentence: string, published = '2019-05-16'): EventsFile {
  return extractTexts({ doc: `A report\n\n${sentence}` }, published);
}

/** "TYPE measure SRC>TGT" summaries, sorted, for compact assertions. */
export function summaries(file: EventsFile): string[] {
  const level = (codes: string[]) => [...new Set(codes.map((c) => c.split('.').slice(0, 2).join('.')))].sort().join(',');
  return file.events.map((e) => `${e.type} ${e.measure} ${level(e.source)}>${level(e.target)}`).sort();
}
