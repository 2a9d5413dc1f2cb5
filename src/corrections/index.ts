export { applyCorrections, find, refOf, type Applied } from './apply.js';
export { CorrectionsError, parseCorrections, serialiseCorrections } from './parse.js';
export * from './types.js';
