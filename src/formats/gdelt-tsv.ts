/**
 * Events → a GDELT-like TSV: GDELT 2.0's 61 tab-separated columns, no header, so tools written
 * for GDELT event exports read it. Type and measure go back to a CAMEO EventCode through the same
 * crosswalk the import uses (cameo-plover.json: tariffs, export controls… become 163); actors to
 * CAMEO actor fields (actor-codes.json; the NAME segment has no place there); SOURCEURL is the
 * article's URL, or its document id as a citation when it has none; DATEADDED its publication day.
 *
 * GDELT is one row per event with one actor on each side and one article. An event with several
 * articles or several actors on a side takes one row per article or actor, all with its
 * GLOBALEVENTID (GDELT keeps other articles in its Mentions table); importing the file joins them
 * again. An event dated only to a month or a year leaves SQLDATE empty and fills MonthYear or
 * Year. Geography and tone stay empty.
 */
import { QUAD_OF, type Actor, type Doc, type Event, type EventsFile } from '../events/types.js';
import { toCameo } from './actor-codes.js';
import { CROSSWALK, cameoBase, cameoRoot, type Crosswalk } from './crosswalk.js';
import { urlOf } from './doc-ref.js';
import { ACTOR_FIELD, COL, GDELT_COLUMNS } from './gdelt-columns.js';

const QUAD_CLASS = { 'verbal-cooperation': 1, 'material-cooperation': 2, 'verbal-conflict': 3, 'material-conflict': 4 } as const;

/** The rows, one string each without its newline, for writing as they come. */
export function* gdeltRows(file: EventsFile, crosswalk: Crosswalk = CROSSWALK): Generator<string> {
  const docs = new Map(file.documents.map((d) => [d.id, d]));
  const actors = new Map(file.actors.map((a) => [a.id, a]));
  const numbers = globalIds(file.events);
  for (let i = 0; i < file.events.length; i++) yield* eventRows(file.events[i]!, numbers[i]!, docs, actors, crosswalk);
}

/** The whole file as text, a newline after each row. */
export function gdeltTsv(file: EventsFile, crosswalk: Crosswalk = CROSSWALK): string {
  let text = '';
  for (const row of gdeltRows(file, crosswalk)) text += `${row}\n`;
  return text;
}

/** GLOBALEVENTIDs: the numbers of imported GDELT events ("gdelt-123") when every id is one, else 1, 2, 3… */
function globalIds(events: readonly Event[]): string[] {
  const own = events.map((e) => /^gdelt-(\d+)$/.exec(e.id)?.[1]);
  if (own.every((n) => n !== undefined) && new Set(own).size === own.length) return own as string[];
  return events.map((_, i) => String(i + 1));
}

function eventRows(event: Event, id: string, docs: Map<string, Doc>, actors: Map<string, Actor>, crosswalk: Crosswalk): string[] {
  const code = ownCode(event, crosswalk) ?? crosswalk.toCameo(event.type, event.measure).code;
  const row = crosswalk.rows.get(code) ?? crosswalk.toCameo(event.type, event.measure);
  const articles = [...new Set(event.mentions.map((m) => m.doc))];
  const outlets = new Set(articles.map((d) => docs.get(d)?.source ?? d));
  const count = Math.max(1, event.source.length, event.target.length, articles.length);
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    const f: string[] = new Array(GDELT_COLUMNS.length).fill('');
    f[COL.id] = id;
    writeDate(f, event);
    writeActor(f, COL.actor1, event.source[i], actors);
    writeActor(f, COL.actor2, event.target[i], actors);
    f[COL.eventCode] = code;
    f[COL.eventBaseCode] = cameoBase(code);
    f[COL.eventRootCode] = cameoRoot(code);
    f[COL.quadClass] = String(QUAD_CLASS[QUAD_OF[event.type]]);
    f[COL.goldstein] = row.goldstein === null ? '' : row.goldstein.toFixed(1);
    f[COL.numMentions] = String(event.mentions.length);
    f[COL.numSources] = String(outlets.size);
    f[COL.numArticles] = String(articles.length);
    const docId = articles[i];
    if (docId !== undefined) {
      const doc = docs.get(docId);
      const day = doc?.published && /^\d{4}-\d{2}-\d{2}$/.test(doc.published) ? doc.published : undefined;
      if (day) f[COL.dateAdded] = `${day.replace(/-/g, '')}000000`;
      f[COL.sourceUrl] = urlOf(doc) ?? docId;
    }
    rows.push(f.map(clean).join('\t'));
  }
  return rows;
}

/**
 * The CAMEO code an imported GDELT event came with (its rule says "CAMEO 1244 → …"), when it still
 * means the event's type and measure: 1244 goes back out as 1244, not as the code the crosswalk
 * prefers for a rejection.
 */
function ownCode(event: Event, crosswalk: Crosswalk): string | undefined {
  const code = /^CAMEO (\d{2,4}) →/.exec(event.rule ?? '')?.[1];
  if (!code) return undefined;
  const row = crosswalk.rows.get(code) ?? crosswalk.rows.get(code.slice(0, 3)) ?? crosswalk.rows.get(`${code.slice(0, 2)}0`);
  return row && row.type === event.type && row.measure === event.measure ? code : undefined;
}

function writeDate(f: string[], event: Event): void {
  const date = event.date;
  if (!date) return;
  const [y = '', m = '', d = ''] = date.start.split('-');
  if (!/^\d{4}$/.test(y)) return;
  f[COL.year] = y;
  if (date.precision === 'year' || !m) return;
  f[COL.monthYear] = `${y}${m}`;
  if (date.precision === 'month' || !d) return;
  f[COL.day] = `${y}${m}${d}`;
  // The codebook's approximation: YYYY + (MONTH * 30 + DAY) / 365.
  f[COL.fractionDate] = (Number(y) + (Number(m) * 30 + Number(d)) / 365).toFixed(4);
}

function writeActor(f: string[], at: number, id: string | undefined, actors: Map<string, Actor>): void {
  if (!id) return;
  const cameo = toCameo(id);
  f[at + ACTOR_FIELD.code] = cameo.code;
  f[at + ACTOR_FIELD.name] = (actors.get(id)?.name ?? id).toUpperCase();
  f[at + ACTOR_FIELD.countryCode] = cameo.countryCode;
  f[at + ACTOR_FIELD.knownGroupCode] = cameo.knownGroupCode;
  f[at + ACTOR_FIELD.type1] = cameo.types[0] ?? '';
}

/** A field never holds a tab or a line break. */
function clean(value: string): string {
  return /[\t\r\n]/.test(value) ? value.replace(/[\t\r\n]+/g, ' ') : value;
}
