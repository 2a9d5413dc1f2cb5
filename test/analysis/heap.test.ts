import { describe, expect, test } from 'vitest';
import { MinHeap } from '../../src/analysis/heap.js';

describe('MinHeap', () => {
  test('MinHeap pops values smallest first, then undefined', () => {
    const heap = new MinHeap([5, 1, 4]);
    heap.push(2);
    heap.push(3);
    expect(heap.size).toBe(5);
    expect([heap.pop(), heap.pop(), heap.pop(), heap.pop(), heap.pop(), heap.pop()]).toEqual([1, 2, 3, 4, 5, undefined]);
  });
});
