/**
 * Routes are URL hashes, so a link to a notebook works from anywhere (and a static host needs no
 * server rules): #/notebook/tour, with the selection as parameters: #/notebook/tour?actors=CHN.GOV.
 * #/corrections is the analyst's list of corrections.
 */

/** Views of the app that are not notebooks. */
export type View = 'corrections';

export interface Route {
  /** The notebook's name, or undefined for a hash that names none. */
  notebook: string | undefined;
  /** A view that is not a notebook. */
  view?: View;
  params: URLSearchParams;
}

export function parseRoute(hash: string, fallback: string): Route {
  const text = hash.replace(/^#/, '');
  const [path = '', query = ''] = text.split('?', 2);
  const params = new URLSearchParams(query);
  if (path === '' || path === '/') return { notebook: fallback, params };
  if (/^\/corrections\/?$/.test(path)) return { notebook: undefined, view: 'corrections', params };
  const m = /^\/notebook\/([\w-]+)\/?$/.exec(path);
  return { notebook: m?.[1], params };
}

export function routeHash(notebook: string, params?: URLSearchParams): string {
  const query = params?.toString();
  return `#/notebook/${notebook}${query ? `?${query}` : ''}`;
}

export function viewHash(view: View): string {
  return `#/${view}`;
}
