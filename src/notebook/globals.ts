/**
 * Names a cell may read without the notebook supplying them: JavaScript's standard globals and the
 * common browser ones. A free reference to one of these is not an input, unless a builtin or a
 * cell defines the name (the notebook's scope wins over the global one, as in Observable).
 *
 * Deliberately absent: window properties with everyday names (`name`, `status`, `length`, `top`,
 * `parent`, `origin`, `event`, `open`, `close`, `width`…), which a notebook is likely to define.
 */
export const GLOBALS: ReadonlySet<string> = new Set([
  // ECMAScript
  'AggregateError', 'Array', 'ArrayBuffer', 'Atomics', 'BigInt', 'BigInt64Array', 'BigUint64Array',
  'Boolean', 'DataView', 'Date', 'Error', 'EvalError', 'FinalizationRegistry', 'Float32Array',
  'Float64Array', 'Function', 'Infinity', 'Int16Array', 'Int32Array', 'Int8Array', 'Intl', 'Iterator',
  'JSON', 'Map', 'Math', 'NaN', 'Number', 'Object', 'Promise', 'Proxy', 'RangeError', 'ReferenceError',
  'Reflect', 'RegExp', 'Set', 'SharedArrayBuffer', 'String', 'Symbol', 'SyntaxError', 'TypeError',
  'URIError', 'Uint16Array', 'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakRef',
  'WeakSet', 'arguments', 'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent',
  'escape', 'eval', 'globalThis', 'isFinite', 'isNaN', 'parseFloat', 'parseInt', 'undefined', 'unescape',
  // Browser (and workers)
  'AbortController', 'AbortSignal', 'Blob', 'BroadcastChannel', 'CompressionStream', 'CustomEvent',
  'DOMParser', 'DecompressionStream', 'DocumentFragment', 'Element', 'Event', 'EventTarget', 'File',
  'FileReader', 'FormData', 'HTMLElement', 'Headers', 'Image', 'IntersectionObserver', 'MessageChannel',
  'MutationObserver', 'Node', 'ReadableStream', 'Request', 'ResizeObserver', 'Response', 'SVGElement',
  'TextDecoder', 'TextEncoder', 'TransformStream', 'URL', 'URLSearchParams', 'WebSocket', 'Worker',
  'WritableStream', 'XMLSerializer', 'alert', 'atob', 'btoa', 'caches', 'cancelAnimationFrame',
  'clearInterval', 'clearTimeout', 'confirm', 'console', 'crypto', 'devicePixelRatio', 'document',
  'fetch', 'getComputedStyle', 'history', 'indexedDB', 'innerHeight', 'innerWidth', 'localStorage',
  'location', 'matchMedia', 'navigator', 'performance', 'prompt', 'queueMicrotask',
  'requestAnimationFrame', 'screen', 'self', 'sessionStorage', 'setInterval', 'setTimeout',
  'structuredClone', 'window',
]);
