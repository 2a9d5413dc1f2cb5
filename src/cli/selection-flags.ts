/**
 * The filter flags render and export share, read into the same Selection the explorer and the
 * embedded charts use: --actors CHN.GOV,USA.JUD --type SANCTION --from 2014-01 --to 2014-12.
 */
import { periodEnd, periodPrecision, periodStart } from '../analysis/dates.js';
import { normalizeSelection, type Selection } from '../analysis/selection.js';
import { PLOVER_TYPES, type PloverType } from '../events/types.js';
import { UsageError } from './errors.js';

export interface SelectionFlags {
  actors?: string;
  type?: string;
  from?: string;
  to?: string;
}

/** The selection the flags describe; a usage error for a type or date that cannot be one. */
export function selectionFromFlags(flags: SelectionFlags): Selection {
  const type = flags.type?.trim().toUpperCase();
  if (type !== undefined && !(PLOVER_TYPES as readonly string[]).includes(type)) {
    throw new UsageError(`--type must be a PLOVER type (${PLOVER_TYPES.join(' ')}), not "${flags.type}"`);
  }
  for (const name of ['from', 'to'] as const) {
    const value = flags[name];
    if (value !== undefined && !isPeriod(value.trim())) {
      throw new UsageError(`--${name} must be an ISO date such as 2014, 2014-05 or 2014-05-21, not "${value}"`);
    }
  }
  if (flags.from && flags.to && periodStart(flags.from.trim()) >= periodEnd(flags.to.trim())) {
    throw new UsageError(`--from ${flags.from} is after --to ${flags.to}`);
  }
  return normalizeSelection({ actor: flags.actors, type: type as PloverType | undefined, period: { from: flags.from, to: flags.to } });
}

function isPeriod(value: string): boolean {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) && periodPrecision(value) !== undefined;
}
