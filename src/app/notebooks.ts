/** The notebooks (notebooks/*.md), bundled as text, in the sidebar's order. */

const raw = import.meta.glob('/notebooks/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface NotebookFile {
  /** The route name: "tour". */
  name: string;
  /** The file's path, the key of its stored edits: "notebooks/tour.md". */
  path: string;
  source: string;
  title: string;
  /** The first sentence after the title, for the sidebar. */
  summary: string;
}

const ORDER = ['tour', 'byo', 'teach', 'sql'];

export function notebookFiles(): NotebookFile[] {
  return Object.entries(raw)
    .map(([file, source]) => {
      const path = file.replace(/^\//, '');
      const name = path.replace(/^notebooks\//, '').replace(/\.md$/, '');
      return { name, path, source, title: titleOf(source) ?? name, summary: summaryOf(source) };
    })
    .sort((a, b) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : 1));
}

function rank(name: string): number {
  const i = ORDER.indexOf(name);
  return i < 0 ? ORDER.length : i;
}

function titleOf(source: string): string | undefined {
  return /^#\s+(.+?)\s*$/m.exec(source)?.[1];
}

function summaryOf(source: string): string {
  const afterTitle = source.replace(/^[\s\S]*?^#\s+.+$/m, '');
  const paragraph = afterTitle.split(/\n\s*\n/).map((p) => p.trim()).find((p) => p && !p.startsWith('```') && !p.startsWith('#') && !p.startsWith('<'));
  const text = (paragraph ?? '').replace(/\s+/g, ' ').replace(/[*_`]/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
  // The first sentence is enough for the sidebar.
  const sentence = /^.+?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return sentence.length > 160 ? `${sentence.slice(0, 159).trimEnd()}…` : sentence;
}
