import { z } from 'zod';
import { canonicalize } from '../binding/jcs.js';
import { writeAtomic } from '../receipt/write.js';
import { InputError, q } from '../util/errors.js';
import { readRegularFile } from '../util/read-file.js';
import { BeginPayloadSchema } from './events.js';

/**
 * The begin state: what `begin` hands to `create --begin-state` on the same runner. It is the
 * producer's own note, not evidence: the verifier never reads it (it replays the event log and the
 * quote instead). It holds the OIDC token begin bound, because seal must bind the same one.
 */
export const STATE_VERSION = 'compute-receipt/begin-state/v1' as const;
const hex = (n: number) => z.string().regex(new RegExp(`^[0-9a-f]{${n * 2}}$`));

export const BeginStateSchema = z.strictObject({
  v: z.literal(STATE_VERSION),
  register: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('tdx-rtmr3'), dir: z.string().min(1).max(4096) }),
    z.strictObject({ kind: z.literal('simulated-rtmr3'), file: z.string().min(1).max(4096) }),
  ]),
  event_log: z.string().min(1).max(4096),
  begin_event_digest: hex(48),
  begin_payload: BeginPayloadSchema,
  rtmr3_before: hex(48),
  workload: z.array(z.string().min(1).max(4096)).min(1),
  inputs: z.array(z.string().min(1).max(4096)).min(1),
  allow_symlinks: z.boolean(),
  ignore_paths: z.array(z.string().max(4096)),
  serialization: z.enum(['files', 'shards']),
  oidc_token: z.string().max(64 * 1024).nullable(),
  created_at: z.string().max(64),
});

export type BeginState = z.infer<typeof BeginStateSchema>;

export async function writeBeginState(path: string, s: BeginState): Promise<void> {
  await writeAtomic(path, canonicalize(s) + '\n');
}

export async function readBeginState(path: string, shown: string): Promise<BeginState> {
  const bytes = await readRegularFile(path, { maxBytes: 1024 * 1024, what: 'begin state file', shown });
  let v: unknown;
  try {
    v = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new InputError('CONFIG_INVALID', `begin state ${q(shown)} is not valid JSON`);
  }
  const r = BeginStateSchema.safeParse(v);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new InputError('CONFIG_INVALID', `begin state ${q(shown)} at ${i.path.join('.') || '(top)'}: ${i.message}`);
  }
  return r.data;
}
