import type { Check } from './types.js';

/**
 * One cause, one line. When a required kind of evidence is absent, every check of that kind's block
 * appears as "not evaluated" with the requirement's outcome (nothing unevaluated passes). Those checks
 * could not run; they are not further causes. A report leads with the checks that ran and failed, and
 * folds the ones that could not run under them, counted once.
 */

/** A check that did not run because what it needs was absent (its detail says so). */
export function isNotEvaluated(c: Check): boolean {
  return c.outcome !== 'pass' && /^(pinned events )?not evaluated\b/.test(c.detail);
}

export interface DecisionCauses {
  /** The checks at the decision's outcome that ran and failed (or, when none did, the ones that could not run). */
  causes: Check[];
  /** Checks at that outcome that could not run because of the causes (folded under them). */
  notEvaluated: Check[];
}

export function decisionCauses(checks: readonly Pick<Check, 'id' | 'outcome' | 'detail'>[], outcome: 'deny' | 'hold'): DecisionCauses {
  const at = checks.filter((c) => c.outcome === outcome) as Check[];
  const ran = at.filter((c) => !isNotEvaluated(c));
  if (ran.length === 0) return { causes: at, notEvaluated: [] };
  return { causes: ran, notEvaluated: at.filter(isNotEvaluated) };
}

/** `16 checks could not run without it` (it: one cause; them: several). */
export function foldedNote(d: DecisionCauses): string {
  const n = d.notEvaluated.length;
  if (n === 0) return '';
  return `${n} ${n === 1 ? 'check' : 'checks'} could not run without ${d.causes.length === 1 ? 'it' : 'them'}`;
}

const MAX_WORDS = 240;

/**
 * What failed, in words, for an allowed claim (never check ids): the first cause's own detail, and how
 * many more there are.
 */
export function causeWords(checks: readonly Check[], outcome: 'deny' | 'hold'): string {
  const d = decisionCauses(checks, outcome);
  const first = d.causes[0];
  if (!first) return '';
  let words = first.detail.replace(/\s+/g, ' ').trim();
  if (words.length > MAX_WORDS) words = `${words.slice(0, MAX_WORDS - 1)}…`;
  const more = d.causes.length - 1;
  return more > 0 ? `${words} (and ${more} more ${more === 1 ? 'finding' : 'findings'})` : words;
}
