/** The generator as a script for a page that does not bundle it (the built explorer): window.reprisalBench. */
import { corpusFiles, generateArticles } from '../generate.js';

(globalThis as unknown as { reprisalBench: unknown }).reprisalBench = { corpusFiles, generateArticles };
