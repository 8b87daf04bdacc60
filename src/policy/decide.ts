/** The decision: deny if any check denies, else hold if any holds, else pass; then capped at the ceiling. */
import type { Outcome } from './schema.js';
import { worse, type Check, type Decision } from './types.js';
import { decisionCauses, foldedNote } from './causes.js';

export function decide(checks: Check[], ceiling: Outcome): Decision {
  const raw: Outcome = checks.reduce<Outcome>((o, c) => worse(o, c.outcome), 'pass');
  const status = worse(raw, ceiling);
  const capped = status !== raw;
  const because = rawReason(checks, raw);
  const reason = capped ? `capped at ${status} by decision_ceiling (${because})` : because;
  return { status, reason, capped };
}

function rawReason(checks: Check[], raw: Outcome): string {
  if (raw === 'pass') {
    const waived = checks.filter((c) => c.waiver !== undefined).map((c) => c.id);
    return waived.length > 0 ? `every check passed, waived: ${list(waived)}` : 'every check passed';
  }
  // One cause, one line: the checks that could not run are counted under the ones that failed.
  const d = decisionCauses(checks, raw);
  const folded = foldedNote(d);
  return `${raw === 'deny' ? 'denied' : 'held'} by ${list(d.causes.map((c) => c.id))}${folded ? ` (${folded})` : ''}`;
}

/** Name up to MAX_NAMED ids; a required kind that is absent can bring a dozen "not evaluated" ones. */
const MAX_NAMED = 8;
function list(ids: string[]): string {
  if (ids.length <= MAX_NAMED) return ids.join(', ');
  return `${ids.slice(0, MAX_NAMED).join(', ')} and ${ids.length - MAX_NAMED} more`;
}
