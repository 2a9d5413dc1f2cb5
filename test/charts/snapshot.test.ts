import { describe, expect, test } from 'vitest';
import { DOMParser } from 'linkedom';
import { normalizeSvg } from '../support/snapshot.js';

// Parsed as XML, so camel-case SVG names (clipPath) keep their case as Plot's createElementNS does.
function svgOf(markup: string): Element {
  return new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement as unknown as Element;
}

describe('normalizeSvg', () => {
  test('normalizeSvg(svg) prints one element per line, adding the namespace to the root', () => {
    expect(normalizeSvg(svgOf('<svg width="10"><g><circle r="1"></circle><text x="0">a &amp; b</text></g></svg>'))).toBe(
      ['<svg xmlns="http://www.w3.org/2000/svg" width="10">', '  <g>', '    <circle r="1"/>', '    <text x="0">a &amp; b</text>', '  </g>', '</svg>', ''].join('\n'),
    );
  });

  test('normalizeSvg(svg) rounds numbers in attributes to 2 decimals', () => {
    expect(normalizeSvg(svgOf('<svg><path d="M1.23456,-0.001L2,3.999e-1"></path></svg>'))).toContain('<path d="M1.23,0L2,0.4"/>');
  });

  test('normalizeSvg(svg) renumbers generated ids and their references in order of appearance', () => {
    const out = normalizeSvg(svgOf('<svg><clipPath id="plot-clip-7"></clipPath><g clip-path="url(#plot-clip-7)"></g><clipPath id="plot-clip-9"></clipPath><use href="#plot-clip-9"></use></svg>'));
    expect(out).toContain('<clipPath id="plot-clip-1"/>');
    expect(out).toContain('<g clip-path="url(#plot-clip-1)"/>');
    expect(out).toContain('<use href="#plot-clip-2"/>');
  });
});
