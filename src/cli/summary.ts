/** A readable summary of an events file, for the terminal. */
import type { EventsFile } from '../events/types.js';

export function summarise(file: EventsFile): string {
  const name = new Map(file.actors.map((a) => [a.id, a.name]));
  const who = (ids: string[]) => ids.map((id) => name.get(id) ?? id).join(', ') || '?';
  const lines = [
    `${file.documents.length} documents, ${file.events.length} events, ${file.links.length} links`,
    '',
  ];
  const byTime = [...file.events].sort((a, b) => (a.date?.start ?? '9') < (b.date?.start ?? '9') ? -1 : 1);
  for (const e of byTime) {
    const docs = new Set(e.mentions.map((m) => m.doc)).size;
    lines.push(`${(e.date?.start ?? '?').padEnd(10)}  ${e.type.padEnd(9)} ${who(e.source)} → ${who(e.target)}  [${e.measure ?? ''}; ${docs} doc${docs === 1 ? '' : 's'}]`);
  }
  if (file.links.length) {
    const ev = new Map(file.events.map((e) => [e.id, e]));
    lines.push('', 'Links (earlier → answer):');
    for (const l of file.links) {
      const a = ev.get(l.from);
      const b = ev.get(l.to);
      if (!a || !b) continue;
      lines.push(`  ${a.measure} by ${who(a.source)} → ${b.measure} by ${who(b.source)}  (${l.kind}${l.evidence ? '' : ', inferred'})`);
    }
  }
  return `${lines.join('\n')}\n`;
}
