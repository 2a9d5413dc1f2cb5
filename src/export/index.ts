export * from './embed-snippet.js';
export * from './escape.js';
export * from './events-csv.js';
export * from './events-json.js';
export * from './network-gexf.js';
export * from './network-graphml.js';
export * from './timeline-js.js';
