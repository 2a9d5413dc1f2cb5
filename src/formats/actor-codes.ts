/**
 * CAMEO (GDELT) and PLOVER (POLECAT) actor codes ↔ Reprisal's COUNTRY.ROLE[.NAME] codes, and a
 * readable name for each code, from actor-codes.json and the lexicon's countries and organisations.
 */
import countriesFile from '../lexicon/countries.json';
import organisationsFile from '../lexicon/organisations.json';
import table from './actor-codes.json';

/** A GDELT actor's fields (Actor1… or Actor2…). */
export interface CameoActor {
  code: string;
  countryCode: string;
  knownGroupCode: string;
  types: string[];
}

/** A PLOVER actor: its country (or IGO, NGO…) and sector codes. */
export interface PloverActor {
  country: string;
  sectors: string[];
}

const UNKNOWN = table.unknown;
const INTERNATIONAL: Record<string, string> = table.international;
const REGIONS: Record<string, string> = table.regions;
const CAMEO_ROLES: Record<string, string> = table.cameoRoles;
const PLOVER_SECTORS: Record<string, string> = table.ploverSectors;
const NOT_ROLES = new Set(table.notRoles);
const ROLE_NAMES: Record<string, string> = table.roleNames;
const GROUP_BY_CAMEO = new Map(table.groups.map((g) => [g.cameo, g]));
const GROUP_BY_ID = new Map(table.groups.map((g) => [g.id, g]));
const SECTOR_BY_ROLE = new Map(Object.entries(PLOVER_SECTORS).filter(([sector]) => sector !== 'ELI').map(([sector, role]) => [role, sector]));
const COUNTRIES = new Map(countriesFile.countries.map((c) => [c.code, { name: c.name, demonym: (c as { demonyms?: string[] }).demonyms?.[0] }]));
// Only named bodies: the lexicon also lists people under the COUNTRY.ROLE they speak for.
const ORGANISATIONS = new Map(organisationsFile.organisations.filter((o) => o.id.split('.').length > 2 || o.id.startsWith('IGO.')).map((o) => [o.id, o.name]));

/** The Reprisal code of a GDELT actor; undefined when GDELT names no actor there. */
export function fromCameo(actor: CameoActor): string | undefined {
  const group = GROUP_BY_CAMEO.get(actor.knownGroupCode);
  if (group) return group.id;
  const role = actor.types.map(cameoRole).find((r) => r !== undefined);
  const international = actor.countryCode ? undefined : internationalPrefix(actor.code);
  // An organisation's own code says more than its kind: NGOHRIAMN is Amnesty, not just a rights group.
  if (international && actor.knownGroupCode) return `${international}.${actor.knownGroupCode}`;
  const country = actor.countryCode || international;
  if (country) return role ? `${country}.${role}` : country;
  if (role) return `${UNKNOWN}.${role}`;
  return actor.code ? UNKNOWN : undefined;
}

/** The GDELT actor fields of a Reprisal code (the NAME segment has no place in a CAMEO code). */
export function toCameo(id: string): CameoActor {
  const group = GROUP_BY_ID.get(id);
  if (group) {
    const country = id.split('.')[0]!;
    return { code: `${country === 'IGO' ? 'IGO' : country}${group.cameo}`, countryCode: country === 'IGO' ? '' : country, knownGroupCode: group.cameo, types: [] };
  }
  const [country = '', role] = id.split('.');
  const known = country !== UNKNOWN;
  const international = country in INTERNATIONAL;
  if (international && role && !ROLE_NAMES[role]) {
    return { code: `${country}${role}`, countryCode: '', knownGroupCode: role, types: [] };
  }
  const type = role && ROLE_NAMES[role] ? role : '';
  if (!known && !type) return { code: UNKNOWN, countryCode: '', knownGroupCode: '', types: [] };
  return { code: `${known ? country : ''}${type}`, countryCode: known && !international ? country : '', knownGroupCode: '', types: type ? [type] : [] };
}

/** The Reprisal code of a PLOVER actor; undefined when it names nothing. */
export function fromPlover(actor: PloverActor): string | undefined {
  const role = actor.sectors.map(ploverRole).find((r) => r !== undefined);
  const country = actor.country.trim().toUpperCase();
  if (country) return role ? `${country}.${role}` : country;
  return role ? `${UNKNOWN}.${role}` : undefined;
}

/** The PLOVER actor code and sector of a Reprisal code. */
export function toPlover(id: string): { code: string; sector: string } {
  const [country = '', role = ''] = id.split('.');
  const sector = ROLE_NAMES[role] ? (SECTOR_BY_ROLE.get(role) ?? role) : '';
  return { code: country === UNKNOWN ? '' : country, sector };
}

/** A readable name for a Reprisal actor code: "American government", "United Nations", "Unidentified police". */
export function actorName(id: string): string {
  const named = GROUP_BY_ID.get(id)?.name ?? ORGANISATIONS.get(id);
  if (named) return named;
  const [country = '', role] = id.split('.');
  const place = COUNTRIES.get(country);
  const where = country === UNKNOWN ? table.unknownName : (place?.demonym ?? place?.name ?? REGIONS[country] ?? INTERNATIONAL[country] ?? country);
  if (!role) return country === UNKNOWN ? `${table.unknownName} actor` : (place?.name ?? REGIONS[country] ?? INTERNATIONAL[country] ?? country);
  const roleName = ROLE_NAMES[role];
  return roleName ? `${where} ${roleName}` : `${where} ${role}`;
}

function cameoRole(type: string): string | undefined {
  const code = type.trim().toUpperCase();
  if (code.length !== 3 || NOT_ROLES.has(code)) return undefined;
  return CAMEO_ROLES[code] ?? code;
}

function ploverRole(sector: string): string | undefined {
  const code = sector.trim().toUpperCase();
  if (code.length !== 3 || NOT_ROLES.has(code)) return undefined;
  return PLOVER_SECTORS[code] ?? code;
}

/** "IGOUNO" → "IGO", "NGOHRIAMN" → "NGO": CAMEO's international codes lead the code. */
function internationalPrefix(code: string): string | undefined {
  const head = code.slice(0, 3).toUpperCase();
  return head in INTERNATIONAL ? head : undefined;
}
