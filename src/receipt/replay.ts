import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import {
  type Binding,
  BINDING_VERSION,
  gpuNonce as computeGpuNonce,
  jsonDigest,
  reportData as computeReportData,
  sha256Prefixed,
} from '../binding/binding.js';
import { STANDING_BLOCKED_CLAIMS } from '../claims/tiers.js';
import { DEFAULT_IGNORES, SHARD_SIZE, buildManifest, digestTree, inputCommitment, parseImageRef, parseManifestJson, resourcesInOrder, type Manifest } from '../digest/index.js';
import { loadTrustRoots, verifyEvidence } from '../evidence/index.js';
import type { VerifiedEvidence } from '../evidence/types.js';
import { loadPolicy, type Check } from '../policy/index.js';
import { appraiseAll, claimsFor, kdsOptions, pcsOptions, policyDecision, resolveAll, type RunDeps } from '../run.js';
import { InputError, q } from '../util/errors.js';
import { tracked } from '../util/progress.js';
import { RECEIPT_JSON_BOUNDS, checkJsonBounds } from '../util/json.js';
import { READ_LIMITS, readRegularFile } from '../util/read-file.js';
import { loadJwksFile, oidcIssuer, verifyOidcToken } from '../binding/oidc.js';
import { type Receipt, ReceiptSchema } from './schema.js';

export interface VerifyOptions {
  /** receipt.json or the directory holding it. */
  receipt: string;
  /** The verifier's own policy (name or path). Required: never silently the receipt's copy. */
  policy: string;
  workload?: string[];
  inputs?: string[];
  outputs?: string[];
  inputKey?: Buffer;
  expectJob?: string;
  expectSha?: string;
  /** Clock for verification; default the receipt's (self-reported) issue time, reported as historical. */
  at?: Date;
  trustRootsDir?: string;
  network: boolean;
  /** A JWKS file with the OIDC issuer's keys (GitHub's), to check a saved OIDC token offline. */
  oidcJwks?: string;
}

export interface Mismatch {
  field: string;
  expected: string | null;
  actual: string | null;
}

export interface VerifyResult {
  ok: boolean;
  mismatches: Mismatch[];
  decision: 'pass' | 'hold' | 'deny';
  reason: string;
  checks: Check[];
  /** Whether the verifier's policy is byte-identical to the one the producer recorded. */
  policy_matches_receipt: boolean;
  /** What was re-derived from files, and what could only be checked for consistency. */
  rederived: { workload: boolean; inputs: boolean; outputs: boolean };
  notes: string[];
  receipt_dir: string;
  /** The receipt as the verifier sees it: its own decision, checks and claims replace the producer's. */
  appraised: Receipt;
}

/** Read and validate a receipt (file or directory); bad JSON or schema -> exit-2 InputError. */
export async function loadReceipt(path: string, cwd: string): Promise<{ receipt: Receipt; dir: string; bytes: Buffer }> {
  const abs = resolve(cwd, path);
  let file = abs;
  try {
    if ((await stat(abs)).isDirectory()) file = join(abs, 'receipt.json');
  } catch {
    throw new InputError('PATH_MISSING', `no such receipt: ${q(path)}`);
  }
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file, { maxBytes: READ_LIMITS.receipt, what: 'receipt', shown: file === abs ? path : join(path, 'receipt.json') });
  } catch (e) {
    if (e instanceof InputError && e.code === 'PATH_MISSING') throw new InputError('PATH_MISSING', `no receipt.json at ${q(path)}`);
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new InputError('RECEIPT_INVALID', `receipt ${q(path)} is not valid JSON: ${(e as Error).message}`);
  }
  checkJsonBounds(json, RECEIPT_JSON_BOUNDS, 'RECEIPT_INVALID', `receipt ${q(path)}`);
  const r = ReceiptSchema.safeParse(json);
  if (!r.success) {
    const first = r.error.issues[0]!;
    const where = first.path.map(String).join('.') || '(top level)';
    throw new InputError('RECEIPT_INVALID', `receipt ${q(path)} fails the schema at ${where}: ${first.message}`);
  }
  return { receipt: r.data, dir: dirname(file), bytes };
}

function rootOf(manifest: Manifest): string | null {
  if (manifest.resources.some((r) => r.algorithm !== 'sha256')) return null;
  const h = createHash('sha256');
  for (const r of manifest.resources) h.update(Buffer.from(r.digest, 'hex'));
  return 'sha256:' + h.digest('hex');
}

function describeNameChange(expected: Manifest, actual: Manifest): string | null {
  const e = new Set(expected.resources.map((r) => r.name));
  const a = new Set(actual.resources.map((r) => r.name));
  const gone = [...e].filter((n) => !a.has(n));
  const added = [...a].filter((n) => !e.has(n));
  if (!gone.length && !added.length) return null;
  const show = (xs: string[]) => xs.slice(0, 5).map((x) => JSON.stringify(x)).join(', ') + (xs.length > 5 ? ', …' : '');
  return [gone.length ? `missing ${show(gone)}` : '', added.length ? `new ${show(added)}` : ''].filter(Boolean).join('; ');
}

/**
 * The verifier role (DESIGN §0): replay a receipt. Re-derives every digest it has paths for, checks
 * the saved manifests against the receipt, recomputes the binding and report_data itself, re-verifies
 * the saved evidence with that report_data, re-runs the caller's policy, checks the expected job, and
 * reports every mismatch. Any mismatch adds a denying `replay.integrity` check.
 */
export async function verifyReceipt(opts: VerifyOptions, deps: RunDeps): Promise<VerifyResult> {
  const { receipt, dir } = await loadReceipt(opts.receipt, deps.cwd);
  const policy = await loadPolicy(opts.policy, { cwd: deps.cwd });
  // Read up front, so a bad key-set file is an input error whether or not the receipt has a token.
  const jwks = opts.oidcJwks ? await loadJwksFile(resolve(deps.cwd, opts.oidcJwks)) : null;
  const mismatches: Mismatch[] = [];
  const notes: string[] = [];
  const mis = (field: string, expected: string | null, actual: string | null) => {
    if (expected !== actual) mismatches.push({ field, expected, actual });
  };

  const readInDir = async (rel: string): Promise<Buffer | null> => {
    if (rel.includes('..') || isAbsolute(rel)) {
      mis(`file ${rel}`, 'a path inside the receipt directory', rel);
      return null;
    }
    try {
      return await readRegularFile(join(dir, ...rel.split('/')), { maxBytes: READ_LIMITS.receiptDirFile, what: 'receipt file', shown: rel, noFollow: true });
    } catch (e) {
      mis(`file ${rel}`, 'present', e instanceof InputError && e.code !== 'PATH_MISSING' ? `unreadable (${e.code})` : null);
      return null;
    }
  };
  const readManifest = async (field: string, ref: { path: string; digest: string }): Promise<Manifest | null> => {
    const bytes = await readInDir(ref.path);
    if (!bytes) return null;
    const parsed = parseManifestJson(bytes.toString('utf8'));
    if ('error' in parsed) {
      mis(`${field}.manifest`, 'a manifest', `malformed (${parsed.error})`);
      return null;
    }
    const m = parsed.manifest;
    mis(`${field}.manifest.digest`, ref.digest, jsonDigest(m));
    const order = m.serialization.order;
    if (!resourcesInOrder(m.serialization.method, order, m.resources.map((r) => r.name))) {
      mis(`${field}.manifest.order`, `resources sorted in ${JSON.stringify(order)} order, no duplicates`, 'unsorted');
    }
    return m;
  };
  // Re-hash the way the receipt says it hashed; a shards receipt must use the OMS shard size.
  const digestOpts = (s: Receipt['outputs']['serialization']) => {
    if (s.method === 'shards') mis('serialization.shard_size', String(SHARD_SIZE), String(s.shard_size ?? null));
    return {
      order: s.order,
      allowSymlinks: s.allow_symlinks,
      ignorePaths: s.ignore_paths.filter((p) => !DEFAULT_IGNORES.includes(p)),
      method: s.method === 'shards' ? ('shards' as const) : ('files' as const),
    };
  };
  const rehash = (label: string, paths: string[], s: Receipt['outputs']['serialization']) =>
    tracked(deps.progress, label, (p) => digestTree(abs(paths), { ...digestOpts(s), ...p }));
  const abs = (ps: string[]) => resolveAll(deps.cwd, ps);

  // Outputs.
  const outManifest = await readManifest('outputs', receipt.outputs.manifest);
  if (outManifest) mis('output_digest (from outputs manifest)', receipt.output_digest, rootOf(outManifest));
  let outputDigest = receipt.output_digest;
  let outputManifestDigest = receipt.outputs.manifest.digest;
  if (opts.outputs?.length) {
    const tree = await rehash('outputs', opts.outputs, receipt.outputs.serialization);
    const m = buildManifest(tree);
    outputDigest = tree.digest;
    outputManifestDigest = jsonDigest(m);
    mis('output_digest', receipt.output_digest, outputDigest);
    if (outManifest && outputManifestDigest !== receipt.outputs.manifest.digest) {
      const d = describeNameChange(outManifest, m);
      mismatches.push({ field: 'outputs.manifest', expected: receipt.outputs.manifest.digest, actual: outputManifestDigest + (d ? ` (${d})` : '') });
    } else mis('outputs.manifest', receipt.outputs.manifest.digest, outputManifestDigest);
  } else notes.push('outputs not re-hashed (no --outputs): checked the saved manifest only');

  // Workload.
  let workloadDigest = receipt.workload_digest;
  let workloadManifestDigest = receipt.workload.manifest?.digest ?? null;
  if (receipt.workload.kind !== 'image' && receipt.workload.manifest) {
    const wm = await readManifest('workload', receipt.workload.manifest);
    if (wm) mis('workload_digest (from workload manifest)', receipt.workload_digest, rootOf(wm));
    if (opts.workload?.length) {
      const tree = await rehash('workload', opts.workload, receipt.workload.serialization);
      const m = buildManifest(tree);
      workloadDigest = tree.digest;
      workloadManifestDigest = jsonDigest(m);
      mis('workload_digest', receipt.workload_digest, workloadDigest);
      const d = wm ? describeNameChange(wm, m) : null;
      if (workloadManifestDigest !== receipt.workload.manifest.digest) {
        mismatches.push({ field: 'workload.manifest', expected: receipt.workload.manifest.digest, actual: workloadManifestDigest + (d ? ` (${d})` : '') });
      }
    } else notes.push('workload not re-hashed (no --workload): checked the saved manifest only');
  } else if (opts.workload?.length) {
    const ref = opts.workload.length === 1 ? parseImageRef(opts.workload[0]!) : null;
    mis('workload_digest', receipt.workload_digest, ref?.digest ?? null);
    mis('workload.name', receipt.workload.name, ref?.name ?? opts.workload.join(','));
  }

  // Inputs.
  const im = await readManifest('inputs', receipt.input.manifest);
  if (im && receipt.input.scheme === 'sha256') mis('input_commitment (from inputs manifest)', receipt.input_commitment, rootOf(im));
  let inputCommit = receipt.input_commitment;
  let inputManifestDigest = receipt.input.manifest.digest;
  if (opts.inputs?.length) {
    if (receipt.input.scheme === 'hmac-sha256' && !opts.inputKey) {
      notes.push('inputs not re-derived: the commitment is keyed and no input key was given');
    } else {
      const tree = await rehash('inputs', opts.inputs, receipt.input.serialization);
      const ic = inputCommitment(tree, receipt.input.scheme === 'hmac-sha256' ? opts.inputKey : undefined);
      inputCommit = ic.commitment;
      inputManifestDigest = jsonDigest(ic.manifest);
      mis('input_commitment', receipt.input_commitment, inputCommit);
      mis('input.manifest', receipt.input.manifest.digest, inputManifestDigest);
    }
  } else notes.push('inputs not re-derived (no --inputs)');

  // The producer's policy copy must be the one it recorded (the verifier never uses it to decide).
  const savedPolicy = await readInDir(receipt.policy_decision.policy_file);
  if (savedPolicy) mis('policy_decision.policy_digest (saved copy)', receipt.policy_decision.policy_digest, sha256Prefixed(savedPolicy));

  // Benchmark: context only, but its digest is bound, so the saved copy must match.
  if (receipt.benchmark_result) {
    const b = await readInDir(receipt.benchmark_result.file);
    if (b) mis('benchmark_result.digest', receipt.benchmark_result.digest, sha256Prefixed(b));
  }

  // OIDC token: its digest is bound; the saved token must match it.
  if (receipt.binding.oidc_token_digest) {
    const t = await readInDir('oidc-token.jwt');
    if (t) {
      mis('binding.oidc_token_digest', receipt.binding.oidc_token_digest, sha256Prefixed(t.toString('utf8')));
      // Signature by the issuer's keys, then the token's repository, run and sha vs the job context.
      const j = receipt.binding.job;
      const v = await verifyOidcToken(t.toString('utf8'), {
        jwks,
        network: opts.network,
        issuer: oidcIssuer(deps.env['GITHUB_SERVER_URL']),
        expected: { repository: j.repository, run_id: j.run_id, sha: j.sha, run_attempt: j.run_attempt, workflow_ref: j.workflow_ref },
      });
      if (v.status === 'failed') mismatches.push({ field: 'oidc_token', expected: 'a token signed by the issuer for the receipt job', actual: v.detail });
      else if (v.status === 'unavailable') notes.push(v.detail);
      else notes.push(v.detail);
    }
  }

  // The binding, recomputed by the verifier from what it re-derived (never the receipt's copy).
  const binding: Binding = {
    v: BINDING_VERSION,
    job: receipt.binding.job,
    workload_digest: workloadDigest,
    workload_manifest_digest: workloadManifestDigest,
    input_commitment: inputCommit,
    input_manifest_digest: inputManifestDigest,
    output_digest: outputDigest,
    output_manifest_digest: outputManifestDigest,
    benchmark_digest: receipt.benchmark_result?.digest ?? null,
    oidc_token_digest: receipt.binding.oidc_token_digest,
    nonce: receipt.binding.nonce,
  };
  if (receipt.binding.v !== BINDING_VERSION) mis('binding.v', BINDING_VERSION, receipt.binding.v);
  for (const k of [
    'workload_digest',
    'workload_manifest_digest',
    'input_commitment',
    'input_manifest_digest',
    'output_digest',
    'output_manifest_digest',
    'benchmark_digest',
  ] as const) {
    mis(`binding.${k}`, binding[k], receipt.binding[k]);
  }
  mis('job_id', receipt.binding.job.id ?? receipt.job_id, receipt.job_id);
  const rd = computeReportData(binding);
  const gn = computeGpuNonce(binding);
  mis('binding.report_data', rd.toString('hex'), receipt.binding.report_data);
  mis('binding.gpu_nonce', gn.toString('hex'), receipt.binding.gpu_nonce);

  if (opts.expectJob !== undefined) mis('job.id (expected)', opts.expectJob, receipt.binding.job.id);
  if (opts.expectSha !== undefined) mis('job.sha (expected)', opts.expectSha.toLowerCase(), receipt.binding.job.sha?.toLowerCase() ?? null);

  // Evidence: re-verify from the saved bytes, against the verifier's report_data.
  const roots = loadTrustRoots(opts.trustRootsDir ? resolve(deps.cwd, opts.trustRootsDir) : undefined);
  const at = opts.at ?? new Date(receipt.issued_at);
  if (!opts.at) notes.push(`evidence checked at the receipt's self-reported time ${receipt.issued_at} (historical); pass --at to choose`);
  const evidence: VerifiedEvidence[] = [];
  for (const [i, e] of receipt.attestation_result.evidence.entries()) {
    const bytes = await readInDir(e.file);
    if (!bytes) continue;
    mis(`attestation_result.evidence[${i}].digest`, e.digest, sha256Prefixed(bytes));
    const aux = [];
    for (const a of e.aux) {
      const ab = await readInDir(a.file);
      if (!ab) continue;
      mis(`attestation_result.evidence[${i}].aux ${a.file}`, a.digest, sha256Prefixed(ab));
      aux.push({ name: a.file.slice(a.file.lastIndexOf('/') + 1).replace(/^\d+-/, ''), bytes: ab });
    }
    const v = await verifyEvidence({ bytes, aux }, e.file, { reportData: rd, gpuNonce: gn, trustRoots: roots, at, network: opts.network, pcs: pcsOptions(deps.env), kds: kdsOptions(deps.env) });
    if (v.bindingMatches === false) mis(`attestation_result.evidence[${i}].binding`, 'report_data of the recomputed binding', 'different report_data');
    evidence.push(v);
  }

  const extra: Check[] = [];
  extra.push({
    id: 'replay.integrity',
    outcome: mismatches.length ? 'deny' : 'pass',
    observed: mismatches.length ? mismatches.map((m) => m.field).join(', ') : 'no mismatch',
    expected: 'every re-derived digest, manifest and binding field equal to the receipt',
    detail: mismatches.length
      ? `${mismatches.length} mismatch${mismatches.length > 1 ? 'es' : ''} between the receipt and what the verifier re-derived`
      : 'the verifier re-derived what it was given and found the receipt consistent',
  });
  const appraisal = appraiseAll(policy, evidence, workloadDigest, roots.kind, receipt.benchmark_result !== null, extra);
  const claims = claimsFor(appraisal, policy, receipt.binding.job, { workload: workloadDigest, input: inputCommit, output: outputDigest }, evidence);
  const policyMatches = policy.policy_digest === receipt.policy_decision.policy_digest;
  if (!policyMatches) notes.push(`the verifier's policy ${policy.policy_id}@${policy.policy_digest} differs from the producer's ${receipt.policy_decision.policy_id}@${receipt.policy_decision.policy_digest}`);

  const appraised: Receipt = {
    ...receipt,
    attestation_result: {
      ...receipt.attestation_result,
      evidence: receipt.attestation_result.evidence.map((e, i) => {
        const v = evidence[i];
        return v
          ? { ...e, verified: v.status === 'verified', status: v.status, binding_matches: v.bindingMatches, detail: v.detail }
          : { ...e, verified: false, status: 'failed' as const, binding_matches: null, detail: 'evidence file missing from the receipt directory' };
      }),
    },
    verifier_policy_id: policy.policy_id,
    policy_decision: policyDecision(policy, appraisal, 'verifier'),
    claim_tier: claims.claim_tier,
    allowed_claim: claims.allowed_claim,
    blocked_claims: [...new Set([...STANDING_BLOCKED_CLAIMS, ...receipt.blocked_claims])],
  };
  return {
    ok: mismatches.length === 0,
    mismatches,
    decision: appraisal.status,
    reason: appraisal.reason,
    checks: appraisal.checks,
    policy_matches_receipt: policyMatches,
    rederived: {
      workload: Boolean(opts.workload?.length),
      inputs: Boolean(opts.inputs?.length) && !(receipt.input.scheme === 'hmac-sha256' && !opts.inputKey),
      outputs: Boolean(opts.outputs?.length),
    },
    notes,
    receipt_dir: dir,
    appraised,
  };
}
