/**
 * A notebook's prose: Markdown → DOM with marked. The notebooks are the project's own files, but
 * the HTML they may contain is still cleaned: no scripts, frames or event-handler attributes, no
 * script URLs; links out of the page open in a new tab.
 */
import { marked } from 'marked';

const DROPPED = 'script, style, iframe, frame, object, embed, link, meta, base, template';

export function renderMarkdown(source: string): DocumentFragment {
  const markup = marked.parse(source, { async: false, gfm: true }) as string;
  const template = document.createElement('template');
  template.innerHTML = markup;
  const fragment = document.importNode(template.content, true);
  clean(fragment);
  return fragment;
}

function clean(root: DocumentFragment): void {
  for (const element of root.querySelectorAll(DROPPED)) element.remove();
  for (const element of root.querySelectorAll('*')) {
    for (const { name, value } of [...element.attributes]) {
      if (/^on/i.test(name) || (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*(javascript|vbscript|data):/i.test(value))) {
        element.removeAttribute(name);
      }
    }
    if (element instanceof HTMLAnchorElement && /^https?:/i.test(element.getAttribute('href') ?? '')) {
      element.target = '_blank';
      element.rel = 'noopener noreferrer';
    }
  }
}
