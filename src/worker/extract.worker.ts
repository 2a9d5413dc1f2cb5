/**
 * An extraction worker: reads its share of a run's files and extracts each document (shard.ts),
 * sending the documents and its progress to the page and the parts to the assembler, through
 * the port the page gives it (serve-shard.ts). Cancelling terminates the worker (see client.ts),
 * so no cancel message is needed here.
 */
import { serveShard } from './serve-shard.js';

serveShard();
