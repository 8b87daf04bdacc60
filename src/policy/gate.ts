import { oneLine } from '../util/errors.js';
import { decisionCauses, foldedNote } from './causes.js';

/**
 * The release gate, shared by the CLI and the Action: whether a decision fails at `fail-on`, and the
 * one line that names the decision and the checks behind it.
 */
export type FailOn = 'deny' | 'hold' | 'never';
export const FAIL_ON: readonly FailOn[] = ['deny', 'hold', 'never'];
export type GateDecision = 'pass' | 'hold' | 'deny';

export function gateFails(decision: GateDecision, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'deny') return decision === 'deny';
  return decision === 'deny' || decision === 'hold';
}

const MAX_IDS = 20;

/** `compute-receipt: decision deny (fail-on deny): denied by evidence.required, tdx.debug`, or null. */
export function gateMessage(
  decision: GateDecision,
  failOn: FailOn,
  checks: { id: string; outcome: GateDecision; detail?: string }[],
  reason: string,
): string | null {
  if (!gateFails(decision, failOn)) return null;
  // The causes lead; checks that could not run without them are counted, not listed.
  const d = decision === 'pass' ? null : decisionCauses(checks.map((c) => ({ ...c, detail: c.detail ?? '' })), decision);
  const ids = d ? d.causes.map((c) => c.id) : [];
  const folded = d ? foldedNote(d) : '';
  const shown = ids.slice(0, MAX_IDS).join(', ') + (ids.length > MAX_IDS ? `, and ${ids.length - MAX_IDS} more` : '') + (folded ? ` (${folded})` : '');
  const why = ids.length ? `${decision === 'deny' ? 'denied' : 'held'} by ${shown}` : reason;
  return oneLine(`compute-receipt: decision ${decision} (fail-on ${failOn}): ${why}`);
}
