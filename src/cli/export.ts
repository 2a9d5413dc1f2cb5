/**
 * `reprisal export FORMAT --events FILE`: the selected events in a format other tools read (Gephi
 * and other graph tools, Knight Lab's TimelineJS, spreadsheets; event-data tools: PLOVER JSONL,
 * GDELT-like TSV, Arrow for DuckDB and dataframes, in export-formats.ts).
 */
import { filterEvents } from '../analysis/filter.js';
import { actorNetwork } from '../analysis/network.js';
import type { EventsFile } from '../events/types.js';
import { eventsCsv } from '../export/events-csv.js';
import { eventsJson } from '../export/events-json.js';
import { networkGexf } from '../export/network-gexf.js';
import { networkGraphml } from '../export/network-graphml.js';
import { timelineJs } from '../export/timeline-js.js';
import { UsageError } from './errors.js';
import { DATA_FORMATS, exportData, isDataFormat } from './export-formats.js';
import { readEventsFile } from './events-file.js';
import { writeOutput } from './output.js';
import { selectionFromFlags, type SelectionFlags } from './selection-flags.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'timelinejs', 'csv', 'json', ...DATA_FORMATS] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFlags extends SelectionFlags {
  events?: string;
  out?: string;
  level?: string;
  title?: string;
}

/** Runs the command; `args` are the positionals after "export". Returns the exit status. */
export async function exportEvents(args: string[], flags: ExportFlags, say: (line: string) => void): Promise<number> {
  const [format, ...rest] = args;
  if (!format) throw new UsageError(`export needs a format: reprisal export ${EXPORT_FORMATS.join('|')} --events FILE`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown export format "${format}": expected ${EXPORT_FORMATS.join(', ')}`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  if (!flags.events) throw new UsageError(`export needs the events file: reprisal export ${format} --events FILE`);
  const levels = format === 'gexf' || format === 'graphml' ? ['actor', 'role', 'country'] : format === 'timelinejs' ? ['actor', 'country'] : [];
  if (flags.level !== undefined && !levels.includes(flags.level)) {
    throw new UsageError(levels.length ? `--level for ${format} must be ${levels.join(', ')}, not "${flags.level}"` : `--level does not apply to ${format}`);
  }
  if (flags.title !== undefined && format !== 'timelinejs') throw new UsageError(`--title applies to timelinejs only`);
  const selection = selectionFromFlags(flags);

  const file = filterEvents(readEventsFile(flags.events), selection);
  if (!file.events.length) say('no events match the filters');
  if (isDataFormat(format)) {
    const wrote = await exportData(format, file, flags.out);
    if (flags.out) say(`wrote ${file.events.length} ${file.events.length === 1 ? 'event' : 'events'} as ${format}: ${wrote}`);
    return 0;
  }
  const text = exportText(format as Exclude<ExportFormat, (typeof DATA_FORMATS)[number]>, file, flags);
  if (writeOutput(text, flags.out)) say(`wrote ${file.events.length} ${file.events.length === 1 ? 'event' : 'events'} as ${format} to ${flags.out}`);
  return 0;
}

function exportText(format: Exclude<ExportFormat, (typeof DATA_FORMATS)[number]>, file: EventsFile, flags: ExportFlags): string {
  switch (format) {
    case 'gexf':
      return networkGexf(actorNetwork(file, { level: (flags.level as 'actor' | 'role' | 'country' | undefined) ?? 'actor' }));
    case 'graphml':
      return networkGraphml(actorNetwork(file, { level: (flags.level as 'actor' | 'role' | 'country' | undefined) ?? 'actor' }));
    case 'timelinejs':
      return timelineJs(file, { title: flags.title, groupBy: flags.level === 'actor' ? 'actor' : 'country' });
    case 'csv':
      return eventsCsv(file);
    case 'json':
      return eventsJson(file);
  }
}
