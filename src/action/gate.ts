import { InputError, oneLine } from '../util/errors.js';
import type { FailOn } from './inputs.js';

/**
 * The release gate: one failure message that names the decision and the checks behind it. Any
 * error on the way fails the gate too; the message is one line, never a stack trace.
 */

export type Decision = 'pass' | 'hold' | 'deny';

/** Same rule as run.ts `gateFails` (kept here so the adapter needs no engine import to gate). */
export function gateFails(decision: Decision, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'deny') return decision === 'deny';
  return decision === 'deny' || decision === 'hold';
}

const MAX_IDS = 20;

/** `compute-receipt: decision deny (fail-on deny): denied by evidence.required, tdx.debug`, or null. */
export function gateMessage(
  decision: Decision,
  failOn: FailOn,
  checks: { id: string; outcome: Decision }[],
  reason: string,
): string | null {
  if (!gateFails(decision, failOn)) return null;
  const ids = checks.filter((c) => c.outcome === decision).map((c) => c.id);
  const shown = ids.slice(0, MAX_IDS).join(', ') + (ids.length > MAX_IDS ? `, and ${ids.length - MAX_IDS} more` : '');
  const why = ids.length ? `${decision === 'deny' ? 'denied' : 'held'} by ${shown}` : reason;
  return oneLine(`compute-receipt: decision ${decision} (fail-on ${failOn}): ${why}`);
}

/** The one line for an error that stopped the run. */
export function errorMessage(e: unknown): string {
  if (e instanceof InputError) return oneLine(`compute-receipt: ${e.message}`);
  if (e instanceof Error && typeof (e as { code?: unknown }).code === 'string' && /^[A-Z_]+$/.test((e as { code: string }).code)) {
    return oneLine(`compute-receipt: ${e.message}`);
  }
  const msg = e instanceof Error ? e.message : String(e);
  return oneLine(`compute-receipt: internal error: ${msg}`);
}
