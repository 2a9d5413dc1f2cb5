/**
 * A DOM for rendering charts in Node: linkedom, as a standalone SVG export would use it.
 */
import { parseHTML } from 'linkedom';

/** A fresh, empty HTML document to pass as the charts' `document` option. */
export function testDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}
