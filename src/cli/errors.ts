import { InputError, oneLine } from '../util/errors.js';
import { clean } from './render.js';

/** One clear line on stderr, never a stack trace: exit 2 for bad input, 2 for anything unexpected too. */
export function reportError(e: unknown): number {
  if (e instanceof InputError) {
    // Messages quote user-given names: workflow-command markers and bidi controls are neutralised.
    process.stderr.write(`compute-receipt: error: ${clean(e.message)}\n`);
    return 2;
  }
  const err = e as { code?: string; message?: string; issues?: unknown };
  if (err && err.code === 'EPIPE') return 0;
  const msg = oneLine(err?.message ?? String(e));
  process.stderr.write(`compute-receipt: internal error: ${clean(msg)}\n`);
  if (process.env['COMPUTE_RECEIPT_DEBUG'] && e instanceof Error && e.stack) process.stderr.write(e.stack + '\n');
  return 2;
}
