/**
 * The 61 tab-separated columns of a GDELT 2.0 event export (`*.export.CSV`, no header), in the
 * order of the GDELT Event Codebook V2.0: id and dates, Actor1 and Actor2 (ten fields each), the
 * action (CAMEO codes kept as strings), three blocks of geography, DATEADDED and SOURCEURL.
 */
const ACTOR = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
const GEO = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...ACTOR.map((f) => `Actor1${f}`),
  ...ACTOR.map((f) => `Actor2${f}`),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...GEO.map((f) => `Actor1Geo_${f}`),
  ...GEO.map((f) => `Actor2Geo_${f}`),
  ...GEO.map((f) => `ActionGeo_${f}`),
  'DATEADDED',
  'SOURCEURL',
];

function at(name: string): number {
  const i = GDELT_COLUMNS.indexOf(name);
  if (i < 0) throw new Error(`no GDELT column ${name}`);
  return i;
}

/** Positions of the columns Reprisal reads and writes (COL.eventCode is 26). */
export const COL = {
  id: at('GLOBALEVENTID'),
  day: at('SQLDATE'),
  monthYear: at('MonthYear'),
  year: at('Year'),
  fractionDate: at('FractionDate'),
  /** Where each actor's ten fields begin. */
  actor1: at('Actor1Code'),
  actor2: at('Actor2Code'),
  isRootEvent: at('IsRootEvent'),
  eventCode: at('EventCode'),
  eventBaseCode: at('EventBaseCode'),
  eventRootCode: at('EventRootCode'),
  quadClass: at('QuadClass'),
  goldstein: at('GoldsteinScale'),
  numMentions: at('NumMentions'),
  numSources: at('NumSources'),
  numArticles: at('NumArticles'),
  dateAdded: at('DATEADDED'),
  sourceUrl: at('SOURCEURL'),
} as const;

/** Offsets within an actor's ten fields. */
export const ACTOR_FIELD = { code: 0, name: 1, countryCode: 2, knownGroupCode: 3, type1: 7, type2: 8, type3: 9 } as const;
