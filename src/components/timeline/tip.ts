/**
 * The timeline's tip in the page: the event's whole sentence (Plot's own tip cuts each line to
 * one row) and the article it comes from, shown beside a mark on hover or keyboard focus. Text
 * only, and hidden from assistive technology, which reads the mark's own label instead.
 */
import { formatDate } from '../../analysis/dates.js';
import type { Actor, Event as Measure } from '../../events/types.js';
import { actorList } from '../describe.js';

export interface TipContext {
  events: ReadonlyMap<string, Measure>;
  actors: ReadonlyMap<string, Actor>;
  titles: ReadonlyMap<string, string>;
}

/** Shows a tip for the marks ([data-event]) inside `container`; returns the function that removes it. */
export function attachTip(container: HTMLElement, context: TipContext): () => void {
  const tip = document.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  container.append(tip);

  const show = (target: EventTarget | null) => {
    const mark = (target as Element | null)?.closest?.('[data-event]');
    const event = mark && context.events.get((mark as SVGElement).dataset.event!);
    if (!mark || !event) return;
    const mention = event.mentions[0];
    const line = (className: string, text: string) => Object.assign(document.createElement('div'), { className, textContent: text });
    tip.replaceChildren(
      line('what', `${event.type.toLowerCase()}${event.measure ? ` · ${event.measure}` : ''} · ${event.date ? formatDate(event.date) : 'undated'}`),
      line('who', `${actorList(event.source, context.actors)} → ${actorList(event.target, context.actors)}`),
      ...(mention ? [line('sentence', `“${mention.text}”`), line('doc', `${context.titles.get(mention.doc) ?? mention.doc}${event.mentions.length > 1 ? ` and ${event.mentions.length - 1} more` : ''}`)] : []),
    );
    tip.hidden = false;
    const box = container.getBoundingClientRect();
    const at = mark.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = at.right - box.left + 10 + width > box.width ? at.left - box.left - 10 - width : at.right - box.left + 10;
    tip.style.left = `${Math.max(0, left)}px`;
    tip.style.top = `${Math.max(0, at.top - box.top + at.height / 2 - tip.offsetHeight / 2)}px`;
  };
  // The pointer leaving a mark goes back to the focused mark's tip, if one has the focus.
  let focused: EventTarget | null = null;
  const over = (e: Event) => show(e.target);
  const out = () => (focused ? show(focused) : (tip.hidden = true));
  const focus = (e: Event) => show((focused = e.target));
  const blur = () => ((focused = null), (tip.hidden = true));
  const listeners: [string, (e: Event) => void][] = [['pointerover', over], ['pointerout', out], ['focusin', focus], ['focusout', blur]];
  for (const [type, listener] of listeners) container.addEventListener(type, listener);
  return () => {
    for (const [type, listener] of listeners) container.removeEventListener(type, listener);
    tip.remove();
  };
}
