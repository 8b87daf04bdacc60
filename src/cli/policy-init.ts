import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { InputError, q } from '../util/errors.js';
import { READ_LIMITS, readRegularFile } from '../util/read-file.js';
import { list, parse, str } from './args.js';
import { clean } from './render.js';
import { optionsOf } from './spec.js';

export const DEFAULT_POLICY_PATH = '.github/compute-receipt/policy.yml';

/** `policy init --from F...`: a commented starting policy pinned to known-good evidence (src/policy/init.ts). */
export async function cmdPolicy(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'init') throw new InputError('USAGE', 'policy takes a subcommand: init --from FILE... (see compute-receipt policy init --help)');
  const { values: v } = parse('policy init', rest, optionsOf('policy init'), false);
  const from = list(v['from']);
  if (from.length === 0) throw new InputError('USAGE', 'policy init needs at least one --from FILE (evidence from a run you trust)');
  const out = str(v['out']) ?? DEFAULT_POLICY_PATH;
  const ev = await import('../evidence/index.js');
  const { readAux } = await import('../run.js');
  const aux = await readAux({ certs: list(v['certs']), collateralDir: str(v['collateral']) }, process.cwd());
  const sources = [];
  for (const file of from) {
    const bytes = await readRegularFile(resolve(file), { maxBytes: READ_LIMITS.evidence, what: 'evidence file', shown: file });
    const inspected = ev.inspectEvidence(bytes);
    // Verified to the shipped roots where the material allows; the comment says which were not.
    const r = await ev.verifyEvidence({ bytes, aux }, file, { reportData: null, gpuNonce: null, trustRoots: ev.loadTrustRoots(undefined), network: false } as unknown as Parameters<typeof ev.verifyEvidence>[2]);
    sources.push({ file, inspected, verified: { ok: r.status === 'verified', detail: r.detail } });
  }
  const { initPolicy } = await import('../policy/init.js');
  const text = initPolicy(sources, { policyId: str(v['id']) ?? 'my-tee-policy', now: new Date() });
  if (out === '-') {
    process.stdout.write(text);
    return 0;
  }
  const path = resolve(out);
  if (existsSync(path) && v['force'] !== true) throw new InputError('OUT_UNSAFE', `${q(out)} exists; pass --force to replace it (or --out another file)`);
  const { writeAtomic } = await import('../receipt/write.js');
  await writeAtomic(path, text);
  const unverified = sources.filter((s) => !s.verified.ok).length;
  process.stdout.write(`wrote ${clean(relative(process.cwd(), path) || path)}: pinned to ${sources.length} evidence ${sources.length === 1 ? 'file' : 'files'}` +
    `${unverified ? ` (${unverified} not verified here: see the comments)` : ''}; review it, then verify with --policy ${clean(out)}\n`);
  return 0;
}
