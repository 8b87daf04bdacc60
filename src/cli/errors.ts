import { InputError, oneLine } from '../util/errors.js';

/** One clear line on stderr, never a stack trace: exit 2 for bad input, 2 for anything unexpected too. */
export function reportError(e: unknown): number {
  if (e instanceof InputError) {
    process.stderr.write(`compute-receipt: error: ${e.message}\n`);
    return 2;
  }
  const err = e as { code?: string; message?: string; issues?: unknown };
  if (err && err.code === 'EPIPE') return 0;
  const msg = oneLine(err?.message ?? String(e));
  process.stderr.write(`compute-receipt: internal error: ${msg}\n`);
  if (process.env['COMPUTE_RECEIPT_DEBUG'] && e instanceof Error && e.stack) process.stderr.write(e.stack + '\n');
  return 2;
}
