/**
 * Text the analyst selected in an article of the "why" panel, as a span of that document's text:
 * the panel draws an article as its text (plain text nodes and <mark>s, nothing else), so the
 * characters before the selection inside the article box are its offset in the document.
 */
import { trimSpan } from './correction-form-values.js';

export interface Picked {
  doc: string;
  start: number;
  end: number;
}

/** The selection inside `root` (a shadow root or the document), or undefined. */
export function selectedRange(root: Document | ShadowRoot): AbstractRange | undefined {
  const selection = document.getSelection();
  if (!selection || !selection.rangeCount) return undefined;
  // Selections inside shadow trees are only reachable through getComposedRanges (or Chromium's older shadowRoot.getSelection).
  const composed = (selection as Selection & { getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] }).getComposedRanges;
  if (root instanceof ShadowRoot && composed) {
    try {
      return composed.call(selection, { shadowRoots: [root] })[0];
    } catch {
      // An older signature; fall through.
    }
  }
  const own = root instanceof ShadowRoot ? (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() : selection;
  return own && own.rangeCount ? own.getRangeAt(0) : selection.getRangeAt(0);
}

/**
 * The span a range covers in the document of the article box it lies in; undefined when it is
 * not inside one article box (or holds only white space). `text` is the document's text.
 */
export function pickedSpan(range: AbstractRange, text: (doc: string) => string | undefined): Picked | undefined {
  const box = boxOf(range.startContainer);
  if (!box || box !== boxOf(range.endContainer)) return undefined;
  const doc = box.closest<HTMLElement>('[data-doc]')?.dataset.doc;
  const full = doc ? text(doc) : undefined;
  if (!doc || full === undefined) return undefined;
  const start = offsetIn(box, range.startContainer, range.startOffset);
  const end = offsetIn(box, range.endContainer, range.endOffset);
  const span = trimSpan(full, start, end);
  return span && { doc, ...span };
}

/** Whether a collapsed selection (a click) sits in an article box: the analyst let go of their selection. */
export function caretInArticle(range: AbstractRange): boolean {
  return range.collapsed && boxOf(range.startContainer) !== undefined;
}

function boxOf(node: Node): Element | undefined {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest('.article') ?? undefined;
}

/** Characters of text from the start of `box` to (node, offset). */
function offsetIn(box: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(box, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}
