import { InputError, oneLine } from '../util/errors.js';

/**
 * The release gate: one failure message that names the decision and the checks behind it. Any
 * error on the way fails the gate too; the message is one line, never a stack trace.
 */

export { gateFails, gateMessage, type GateDecision as Decision } from '../policy/gate.js';

/** The one line for an error that stopped the run. */
export function errorMessage(e: unknown): string {
  if (e instanceof InputError) return oneLine(`compute-receipt: ${e.message}`);
  // Coded errors (artifact, GitHub API, verifier unavailable, file system) say what went wrong.
  const code = e instanceof Error ? (e as Error & { code?: unknown }).code : undefined;
  if (e instanceof Error && typeof code === 'string' && /^[A-Z_]+$/.test(code)) {
    return oneLine(`compute-receipt: ${e.message}`);
  }
  const msg = e instanceof Error ? e.message : String(e);
  return oneLine(`compute-receipt: internal error: ${msg}`);
}
