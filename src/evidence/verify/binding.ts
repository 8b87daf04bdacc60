import type { VerifyStep } from '../types.js';

/** The `binding` step: whether the evidence carries the expected value (report_data or GPU nonce). */
export function bindingStep(what: string, observed: Uint8Array, expected: Uint8Array | null): VerifyStep {
  if (expected === null) return { id: 'binding', ok: null, detail: `${what} not compared: no expected value was given` };
  const ok = Buffer.from(observed).equals(Buffer.from(expected));
  return {
    id: 'binding',
    ok,
    detail: ok
      ? `${what} equals the expected binding hash`
      : `${what} ${Buffer.from(observed).toString('hex')} does not equal the expected ${Buffer.from(expected).toString('hex')}: the evidence is bound to something else`,
  };
}
