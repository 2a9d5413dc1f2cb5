export * from './actors.js';
export * from './bins.js';
export * from './chains.js';
export * from './dates.js';
export * from './filter.js';
export * from './network.js';
export * from './selection.js';
export * from './timeline.js';
