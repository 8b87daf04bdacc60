import { findOnPath, NVIDIA_SMI } from './evidence/sources/nvidia.js';
import { readGpuInventory, type GpuInventory } from './evidence/sources/nvidia-smi.js';
import { realExec } from './evidence/sources/deps.js';
import { createHash, randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  type Binding,
  BINDING_VERSION,
  type JobContext,
  gpuNonce as computeGpuNonce,
  jsonDigest,
  normalizeNonce,
  reportData as computeReportData,
  sha256Prefixed,
} from './binding/binding.js';
import { canonicalize } from './binding/jcs.js';
import { jobContextFromEnv, jobIdOf, jobLabel } from './binding/job.js';
import { causeWords } from './policy/causes.js';
import { STANDING_BLOCKED_CLAIMS, allowedClaim, claimTier } from './claims/tiers.js';
import { lintForReceipt } from './claims/struck.js';
import {
  DEFAULT_ORDER,
  buildManifest,
  digestTree,
  inputCommitment,
  omsStatement,
  parseImageRef,
  sha256sums,
  type Manifest,
  type TreeDigest,
  DEFAULT_IGNORES,
} from './digest/index.js';
import type { AuxFile, CollectedEvidence, VerifiedEvidence } from './evidence/types.js';
import { AutoSource, listTrustRootFiles, loadTrustRoots, parseEvidenceSpec, verifyEvidence, type KdsOptions, type NrasOptions, type OcspOptions, type PcsOptions, type SourceDeps } from './evidence/index.js';
import { appraise, decide, loadPolicy, type Check, type LoadedPolicy } from './policy/index.js';
import { signerLabel } from './policy/appraise.js';
import { appraiseWorkloadSignature, readSignatureFiles, signatureOutFiles, type SignatureArgs, type WorkloadSignatureFacts, type WorkloadSignatureRecord } from './provenance/index.js';
import type { AppraisalInput } from './policy/types.js';
import { type Receipt, ReceiptSchema, SCHEMA_VERSION, type StorageKind } from './receipt/schema.js';
import { type OutFile, type OutGuard, checkOut, checkOutPath, cleanLeftovers, writeReceiptDir } from './receipt/write.js';
import { InputError, VerifierUnavailableError, q } from './util/errors.js';
import { parseNvidiaRim, rimFromServiceResponse } from './evidence/formats/nvidia-rim.js';
import { tracked, type ProgressHook } from './util/progress.js';
import { READ_LIMITS, readRegularFile } from './util/read-file.js';
import { PRODUCER_NAME, VERSION } from './version.js';

export type { FailOn } from './policy/gate.js';

export interface CreateOptions {
  workload: string[];
  inputs: string[];
  outputs: string[];
  benchmark?: string;
  evidence: string[];
  policy: string;
  jobId?: string;
  nonce?: string;
  /** Raw key bytes for the keyed input commitment (from a file or COMPUTE_RECEIPT_INPUT_KEY). */
  inputKey?: Buffer;
  /** User text (PR body, model card, release notes) to lint; flagged sentences are struck. */
  claims?: { source: string; text: string }[];
  /** Extra claim-linter rules (YAML text) to merge with the shipped rules. */
  claimRules?: { source: string; text: string }[];
  storage: StorageKind;
  trustRootsDir?: string;
  /** Certificate files (PEM/DER) that travel with every piece of evidence (e.g. a VCEK when auxblob is empty). */
  certs?: string[];
  /** NVIDIA RIM files (SWID tags) that travel with every piece of evidence: the GPU verifier appraises measurements with them. */
  rims?: string[];
  /** A directory of collateral (TCB info, QE identity, CRLs) saved with the evidence for offline replay. */
  collateralDir?: string;
  network: boolean;
  out: string;
  allowSymlinks?: boolean;
  ignorePaths?: string[];
  /** How trees are serialized: 'files' (default; `sha256sum -c` replays it) or OMS 'shards'. */
  serialization?: 'files' | 'shards';
  /** A GitHub OIDC token for this job; its SHA-256 is bound and the token is saved beside the receipt. */
  oidcToken?: string;
  /** How the decision was reached: `self` for create (the attested job), `verifier` otherwise. */
  appraisedBy?: 'self' | 'verifier';
  /** Extra files to place in the receipt directory (the demo ships its example beside the receipt). */
  extraFiles?: OutFile[];
  /** An OpenSSF model_signing bundle for the workload, and what its signature is checked with. */
  workloadSignature?: SignatureArgs;
  /** The state `begin` wrote: seal it (docs/execution.md). */
  beginState?: string;
  /** The job's exit status, recorded in the seal event when given. */
  exitStatus?: number;
}

export interface RunDeps {
  cwd: string;
  env: NodeJS.ProcessEnv;
  now: () => Date;
  /** A line for the person running the tool (stderr in the CLI), e.g. what `--evidence auto` probed. */
  note?: (line: string) => void;
  /** Overrides evidence source construction (tests); defaults to parseEvidenceSpec. */
  sourceDeps?: Partial<SourceDeps>;
  /** Hashing progress for people (terminal line or CI log); none when absent. */
  progress?: ProgressHook;
}

export interface CreateResult {
  receipt: Receipt;
  receiptPath: string;
  /** sha256:<hex> of the receipt.json bytes. */
  receiptDigest: string;
  outDir: string;
}

export const DEFAULT_POLICY = 'record-only';

/** What a run's digests and binding come to before any evidence is collected. */
export interface Measured {
  workload: WorkloadMeasure;
  input: { commitment: string; scheme: 'sha256' | 'hmac-sha256'; manifest: Manifest; files: number; bytes: number; manifestDigest: string };
  output: { tree: TreeDigest; manifest: Manifest; manifestDigest: string };
  benchmark: { id: string; digest: string; bytes: Buffer } | null;
}

export type WorkloadMeasure =
  | { kind: 'image'; name: string; digest: string }
  | { kind: 'directory' | 'file'; tree: TreeDigest; manifest: Manifest; manifestDigest: string };

import { resolveAll } from './digest/resolve-paths.js';

export { resolveAll };

/** What create hashes, for the output-directory guard (DESIGN §2; docs/safety.md). */
export function hashedPaths(opts: Pick<CreateOptions, 'workload' | 'inputs' | 'outputs' | 'benchmark' | 'ignorePaths'>, cwd: string): OutGuard['hashed'] {
  const image = opts.workload.length === 1 && parseImageRef(opts.workload[0]!) !== null;
  const named: [string, string[]][] = [
    ['--workload', image ? [] : opts.workload],
    ['--inputs', opts.inputs],
    ['--outputs', opts.outputs],
    ['--benchmark', opts.benchmark ? [opts.benchmark] : []],
  ];
  // A tree's resource names carry its basename when a flag names several paths (DESIGN §2).
  return named.flatMap(([flag, ps]) =>
    ps.filter((p) => p !== '').map((p) => ({ flag, path: resolve(cwd, p), shown: p, ignore: opts.ignorePaths ?? [], prefixed: ps.length > 1 })),
  );
}

/** Hash workload, inputs, outputs and benchmark (DESIGN §2). */
export async function measure(opts: CreateOptions, cwd: string, progress?: ProgressHook): Promise<Measured> {
  if (opts.workload.length === 0) throw new InputError('USAGE', 'missing --workload (a path, or an image reference name@sha256:<hex>)');
  if (opts.inputs.length === 0) throw new InputError('USAGE', 'missing --inputs (the input files or directory of the job)');
  if (opts.outputs.length === 0) throw new InputError('USAGE', 'missing --outputs (the output files or directory of the job)');
  const digestOpts = { allowSymlinks: opts.allowSymlinks ?? false, ignorePaths: opts.ignorePaths ?? [], method: opts.serialization ?? 'files' };

  let workload: WorkloadMeasure;
  const image = opts.workload.length === 1 ? parseImageRef(opts.workload[0]!) : null;
  if (image) {
    workload = { kind: 'image', name: image.name, digest: image.digest };
  } else {
    const tree = await tracked(progress, 'workload', (p) => digestTree(resolveAll(cwd, opts.workload, '--workload'), { ...digestOpts, ...p }));
    const manifest = buildManifest(tree);
    workload = { kind: tree.kind, tree, manifest, manifestDigest: jsonDigest(manifest) };
  }
  const inTree = await tracked(progress, 'inputs', (p) => digestTree(resolveAll(cwd, opts.inputs, '--inputs'), { ...digestOpts, ...p }));
  const ic = inputCommitment(inTree, opts.inputKey);
  const outTree = await tracked(progress, 'outputs', (p) => digestTree(resolveAll(cwd, opts.outputs, '--outputs'), { ...digestOpts, ...p }));
  const outManifest = buildManifest(outTree);

  let benchmark: Measured['benchmark'] = null;
  if (opts.benchmark) {
    const p = resolveAll(cwd, [opts.benchmark], '--benchmark')[0]!;
    const bytes = await readRegularFile(p, { maxBytes: READ_LIMITS.benchmark, what: 'benchmark file', shown: opts.benchmark });
    benchmark = { id: basename(opts.benchmark), digest: sha256Prefixed(bytes), bytes };
  }
  return {
    workload,
    input: {
      commitment: ic.commitment,
      scheme: ic.scheme,
      manifest: ic.manifest,
      files: inTree.files,
      bytes: inTree.bytes,
      manifestDigest: jsonDigest(ic.manifest),
    },
    output: { tree: outTree, manifest: outManifest, manifestDigest: jsonDigest(outManifest) },
    benchmark,
  };
}

export function buildBinding(m: Measured, job: JobContext, nonce: string | null, oidcTokenDigest: string | null): Binding {
  return {
    v: BINDING_VERSION,
    job,
    workload_digest: m.workload.kind === 'image' ? m.workload.digest : m.workload.tree.digest,
    workload_manifest_digest: m.workload.kind === 'image' ? null : m.workload.manifestDigest,
    input_commitment: m.input.commitment,
    input_manifest_digest: m.input.manifestDigest,
    output_digest: m.output.tree.digest,
    output_manifest_digest: m.output.manifestDigest,
    benchmark_digest: m.benchmark?.digest ?? null,
    oidc_token_digest: oidcTokenDigest,
    nonce,
  };
}

/** A file name safe inside the receipt directory, whatever the source said. */
export function safeFileName(s: string): string {
  const cleaned = s.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_').slice(0, 80);
  return cleaned === '' ? 'file' : cleaned;
}

export interface EvidenceWithSource {
  verified: VerifiedEvidence;
  source: string;
  bytes: Uint8Array;
  aux: { file: string; bytes: Uint8Array }[];
}

/**
 * Where Intel PCS collateral comes from with --network: Intel's PCS by default, or a PCCS (or a test
 * stand-in) named by COMPUTE_RECEIPT_PCS_URL / COMPUTE_RECEIPT_PCS_ROOT_CRL_URL.
 */
export function pcsOptions(env: NodeJS.ProcessEnv): PcsOptions {
  const base = env['COMPUTE_RECEIPT_PCS_URL'];
  const root = env['COMPUTE_RECEIPT_PCS_ROOT_CRL_URL'];
  return { ...(base ? { baseUrl: base } : {}), ...(root ? { rootCrlUrl: root } : {}) };
}

/**
 * Where a VCEK is fetched from with --network: AMD KDS by default, or a mirror (or a test stand-in)
 * named by COMPUTE_RECEIPT_KDS_URL. What it serves is still checked to the pinned AMD roots.
 */
export function kdsOptions(env: NodeJS.ProcessEnv): KdsOptions {
  const base = env['COMPUTE_RECEIPT_KDS_URL'];
  return base ? { baseUrl: base } : {};
}

/**
 * Where the NRAS key set is fetched from with --network: NVIDIA's by default, or a stand-in named by
 * COMPUTE_RECEIPT_NRAS_JWKS_URL. Its keys must still chain to the pinned NRAS intermediate.
 */
export function nrasOptions(env: NodeJS.ProcessEnv): NrasOptions {
  const url = env['COMPUTE_RECEIPT_NRAS_JWKS_URL'];
  return url ? { jwksUrl: url } : {};
}

/**
 * Where NVIDIA's OCSP service is reached with --network: https://ocsp.ndis.nvidia.com/ by default, or a
 * stand-in named by COMPUTE_RECEIPT_NVIDIA_OCSP_URL. Its answers must still be signed by the issuer of
 * the certificate asked about (or its delegated responder).
 */
export function ocspOptions(env: NodeJS.ProcessEnv): OcspOptions {
  const url = env['COMPUTE_RECEIPT_NVIDIA_OCSP_URL'];
  return url ? { url } : {};
}

/** Collect from every source with the binding's report_data and GPU nonce, then verify each piece (no policy). */
export async function collectAndVerify(
  specs: string[],
  bound: { reportData: Buffer; gpuNonce: Buffer },
  deps: RunDeps,
  opts: { trustRootsDir?: string; network: boolean; extraAux?: AuxFile[] },
): Promise<{ items: EvidenceWithSource[]; trustKind: 'shipped' | 'custom'; trustDigest: string }> {
  const rd = bound.reportData;
  const gn = bound.gpuNonce;
  const roots = loadTrustRoots(opts.trustRootsDir ? resolve(deps.cwd, opts.trustRootsDir) : undefined);
  const sourceDeps: SourceDeps = { cwd: deps.cwd, env: deps.env, ...(deps.sourceDeps ?? {}) } as SourceDeps;
  const sources = (specs.length ? specs : ['auto']).map((s) => parseEvidenceSpec(s, sourceDeps));
  const collected: CollectedEvidence[] = [];
  for (const src of sources) {
    const got = await src.collect(rd, gn);
    // `auto` says what it probed and why each source was absent.
    if (src instanceof AutoSource) deps.note?.(`evidence auto: ${got.length ? 'collected' : 'no evidence source found'} (${src.reasons.join('; ')})`);
    collected.push(...got);
  }
  const items: EvidenceWithSource[] = [];
  for (const [i, c] of collected.entries()) {
    const file = `evidence/${i}-${c.formatHint ?? 'evidence'}.bin`;
    const allAux = [...(c.aux ?? []), ...(opts.extraAux ?? [])];
    const v = await verifyEvidence({ bytes: c.bytes, formatHint: c.formatHint, aux: allAux }, file, {
      reportData: rd,
      gpuNonce: gn,
      trustRoots: roots,
      network: opts.network,
      pcs: pcsOptions(deps.env),
      kds: kdsOptions(deps.env),
      nras: nrasOptions(deps.env),
      ocsp: ocspOptions(deps.env),
    });
    // Name the file by the sniffed format, which the verifier knows better than the source.
    const named = `evidence/${i}-${safeFileName(v.format)}.bin`;
    // What the verifier fetched is kept too, so that `verify` replays offline from the same bytes.
    const aux = [...allAux, ...(v.material ?? [])].map((a: AuxFile) => ({ file: `evidence/${i}-${safeFileName(a.name)}`, bytes: a.bytes }));
    delete v.material;
    items.push({ verified: { ...v, file: named }, source: c.source, bytes: c.bytes, aux });
  }
  return { items, trustKind: roots.kind, trustDigest: roots.digest };
}

export function storageNote(kind: StorageKind): string {
  switch (kind) {
    case 'ephemeral':
      return 'Ephemeral runner storage: these files do not outlive the job unless copied elsewhere (for example the uploaded artifact).';
    case 'persistent-provider-local':
      return 'Provider-local persistent storage: it does not survive the end of the lease or a move to another provider unless another backup path is shown.';
    case 'unknown':
      return 'Storage kind not stated: not assumed durable.';
  }
}

/**
 * The host's GPU inventory when nvidia-smi is on PATH (self-reported deployment facts; they never
 * count as evidence). Null when there is no nvidia-smi or it cannot be read.
 */
export async function gpuInventory(deps: RunDeps): Promise<GpuInventory | null> {
  const smi = await findOnPath(NVIDIA_SMI, deps.env['PATH'] ?? '');
  if (smi === null) return null;
  const r = await readGpuInventory(smi, deps.sourceDeps?.exec ?? realExec, deps.env);
  return r.inventory;
}

export function runnerFacts(env: NodeJS.ProcessEnv): Record<string, string> {
  const facts: Record<string, string> = {};
  const pick: [string, string][] = [
    ['os', 'RUNNER_OS'],
    ['arch', 'RUNNER_ARCH'],
    ['name', 'RUNNER_NAME'],
    ['environment', 'RUNNER_ENVIRONMENT'],
    ['image', 'ImageOS'],
  ];
  for (const [k, v] of pick) {
    const val = env[v];
    if (val) facts[k] = val;
  }
  return facts;
}

export function runtimeMeasurement(evidence: VerifiedEvidence[]): Receipt['runtime_measurement'] {
  const e = evidence.find((x) => x.status === 'verified' && x.kind !== null) ?? evidence.find((x) => x.kind !== null);
  if (!e || e.kind === null) return { type: 'none', measurement_digest: null, values: {} };
  const keys =
    e.kind === 'sev-snp'
      ? ['measurement', 'host_data', 'family_id', 'image_id']
      : e.kind === 'nvidia-gpu'
        ? ['measurements_digest', 'driver_version', 'vbios_version']
        : ['mr_td', 'mr_seam', 'mr_config_id', 'rtmr0', 'rtmr1', 'rtmr2', 'rtmr3', 'td_attributes', 'xfam'];
  const values: Record<string, string> = {};
  for (const k of keys) {
    const v = e.claims[k];
    if (typeof v === 'string') values[k] = v;
  }
  return { type: e.kind, measurement_digest: Object.keys(values).length ? jsonDigest(values) : null, values };
}

export function evidenceDigest(digests: string[]): string | null {
  if (digests.length === 0) return null;
  if (digests.length === 1) return digests[0]!;
  return jsonDigest(digests);
}

/** Each tree's ignore_paths beyond the default ignores: what the policy's allowed_ignores must admit. */
export function extraIgnores(s: { ignore_paths: string[] }): string[] {
  return s.ignore_paths.filter((p) => !DEFAULT_IGNORES.includes(p));
}

export interface Appraisal {
  checks: Check[];
  status: 'pass' | 'hold' | 'deny';
  reason: string;
}

export function appraiseAll(
  policy: LoadedPolicy,
  evidence: VerifiedEvidence[],
  workloadDigest: string,
  trust: 'shipped' | 'custom',
  benchmarkPresent: boolean,
  extra: Check[] = [],
  ignorePaths: AppraisalInput['ignorePaths'] = {},
  workloadSignature: WorkloadSignatureFacts | null = null,
  listedGpus: number | null = null,
): Appraisal {
  const checks = [...appraise(policy.policy, { evidence, workloadDigest, trustRoots: trust, benchmarkPresent, ignorePaths, workloadSignature, listedGpus }), ...extra];
  const d = decide(checks, policy.policy.decision_ceiling);
  return { checks, status: d.status, reason: d.reason };
}

/** Build the claims part of the receipt from the decision and the verified evidence. */
export function claimsFor(
  a: Appraisal,
  policy: LoadedPolicy,
  job: JobContext,
  digests: { workload: string; input: string; output: string },
  evidence: VerifiedEvidence[],
  execution?: { eligible: boolean; reason: string },
  signature: WorkloadSignatureFacts | null = null,
): Pick<Receipt, 'claim_tier' | 'allowed_claim'> {
  const signersPassed = a.checks.some((c) => c.id === 'workload.signers' && c.outcome === 'pass' && c.waiver === undefined);
  const facts = {
    decision: a.status,
    decisionReason: a.reason,
    deciding: a.checks.filter((c) => c.outcome === a.status && a.status !== 'pass').map((c) => c.id),
    because: a.status === 'pass' ? '' : causeWords(a.checks, a.status),
    policyId: policy.policy_id,
    policyDigest: policy.policy_digest,
    jobLabel: jobLabel(job),
    workloadDigest: digests.workload,
    inputCommitment: digests.input,
    outputDigest: digests.output,
    evidence,
    evidencePresented: evidence.length > 0,
    workloadSigner: signersPassed && signature ? signerLabel(signature) : null,
    ...(execution ? { execution } : {}),
  };
  const tier = claimTier(facts);
  return { claim_tier: tier, allowed_claim: allowedClaim(tier, facts) };
}

/** The receipt's policy_decision: the decision, which policy made it, and every check. */
export function policyDecision(policy: LoadedPolicy, a: Appraisal, appraisedBy: 'self' | 'verifier'): Receipt['policy_decision'] {
  return {
    status: a.status,
    reason: a.reason,
    policy_id: policy.policy_id,
    policy_version: policy.policy_version,
    policy_digest: policy.policy_digest,
    policy_file: policyFileName(policy),
    decision_ceiling: policy.policy.decision_ceiling,
    appraised_by: appraisedBy,
    checks: a.checks,
  };
}

export function policyFileName(p: LoadedPolicy): string {
  return `policy/${safeFileName(p.policy_id)}.yml`;
}

/**
 * --certs files, --rim files and the --collateral directory, read up front so a missing one fails
 * before any evidence is collected. A --rim file must parse as a RIM (its signature is the verifier's
 * to check, where a bad one fails the evidence).
 */
export async function readAux(opts: Pick<CreateOptions, 'certs' | 'collateralDir' | 'rims'>, cwd: string): Promise<AuxFile[]> {
  const aux: AuxFile[] = [];
  const used = new Set<string>();
  // Two --certs files may share a basename (a/vcek.pem, b/vcek.pem): each keeps its own name.
  const unique = (name: string): string => {
    let n = name;
    for (let k = 2; used.has(safeFileName(n)); k++) n = name.replace(/^(cert|collateral|rim)-/, `$1-${k}-`);
    used.add(safeFileName(n));
    return n;
  };
  for (const c of opts.certs ?? []) aux.push({ name: unique(`cert-${basename(c)}`), bytes: await readRegularFile(resolve(cwd, c), { maxBytes: READ_LIMITS.cert, what: 'certificate file', shown: c }) });
  for (const r of opts.rims ?? []) {
    const what = `--rim ${q(r)}`;
    let bytes = await readRegularFile(resolve(cwd, r), { maxBytes: READ_LIMITS.rim, what: 'RIM file', shown: r });
    let name = `rim-${basename(r)}`;
    // The RIM service's JSON answer is accepted as it comes: the SWID tag inside is what is saved.
    const served = rimFromServiceResponse(bytes, what);
    if (served) {
      if (served.sha256 !== null && served.sha256 !== createHash('sha256').update(served.tag).digest('hex')) {
        throw new InputError('EVIDENCE_MALFORMED', `${what}: the "rim" field does not match the answer's sha256`);
      }
      bytes = served.tag;
      name = `rim-${basename(r).replace(/\.json$/i, '')}.swidtag`;
    }
    parseNvidiaRim(bytes, what);
    aux.push({ name: unique(name), bytes });
  }
  if (opts.collateralDir) {
    const dir = resolve(cwd, opts.collateralDir);
    let names: string[];
    try {
      names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name).sort();
    } catch {
      throw new InputError('PATH_MISSING', `no such collateral directory: ${q(opts.collateralDir)}`);
    }
    for (const n of names) aux.push({ name: unique(`collateral-${n}`), bytes: await readRegularFile(join(dir, n), { maxBytes: READ_LIMITS.collateral, what: 'collateral file', shown: join(opts.collateralDir, n) }) });
  }
  return aux;
}

/**
 * The Sigstore trusted root fetched through TUF with --network: the public-good repository, or a
 * mirror (or a test stand-in) named by COMPUTE_RECEIPT_SIGSTORE_TUF_URL with the TUF root to start from
 * in COMPUTE_RECEIPT_SIGSTORE_TUF_ROOT. A failure leaves the identity unverified (never a pass).
 */
export async function sigstoreRootOrNull(env: NodeJS.ProcessEnv, cwd: string): Promise<Buffer | null> {
  const { fetchTrustedRoot } = await import('./provenance/trusted-root.js');
  const { createHttpFetcher } = await import('./net/http.js');
  const mirror = env['COMPUTE_RECEIPT_SIGSTORE_TUF_URL'];
  const seedPath = env['COMPUTE_RECEIPT_SIGSTORE_TUF_ROOT'];
  const seedRoot = seedPath ? await readRegularFile(resolve(cwd, seedPath), { maxBytes: 1024 * 1024, what: 'TUF root', shown: seedPath }) : undefined;
  try {
    return await fetchTrustedRoot(createHttpFetcher({ allowed: true }), { ...(mirror ? { mirror } : {}), ...(seedRoot ? { seedRoot } : {}) });
  } catch (e) {
    if (e instanceof VerifierUnavailableError) return null;
    throw e;
  }
}

/** The producer role (DESIGN §0): hash, bind, collect, verify, self-appraise, write the receipt. */
export async function create(given: CreateOptions, deps: RunDeps): Promise<CreateResult> {
  const exec = given.beginState ? await import('./execution/index.js') : null;
  const begun = exec && given.beginState ? await exec.loadBegin(given.beginState, deps) : null;
  const opts = begun && exec ? exec.withBeginDefaults(given, begun.state) : given;
  // The output is checked before anything is hashed: a run that would have to refuse it at the end
  // refuses it now. Leftovers of a killed run are cleaned first (an old receipt directory is put back).
  if (opts.out === '') throw new InputError('USAGE', 'empty path given for --out');
  const outDir = resolve(deps.cwd, opts.out);
  const guard: OutGuard = { cwd: deps.cwd, hashed: hashedPaths(opts, deps.cwd) };
  checkOutPath(outDir, opts.out, guard);
  await cleanLeftovers(outDir);
  checkOut(outDir, opts.out, guard);
  const policy = await loadPolicy(opts.policy || DEFAULT_POLICY, { cwd: deps.cwd });
  const nonce = begun && exec ? exec.beginNonce(begun, opts.nonce) : normalizeNonce(opts.nonce ?? null);
  const claimsLint = lintForReceipt(opts.claims ?? [], opts.claimRules ?? []);
  const m = await measure(opts, deps.cwd, deps.progress);
  const job = begun && exec ? exec.beginJob(begun, jobContextFromEnv(deps.env, opts.jobId ?? begun.state.begin_payload.job.id)) : jobContextFromEnv(deps.env, opts.jobId ?? null);
  // Seal binds the OIDC token begin bound.
  const oidcToken = begun ? (begun.state.oidc_token ?? undefined) : opts.oidcToken;
  const oidcDigest = oidcToken ? sha256Prefixed(oidcToken) : null;
  const binding = buildBinding(m, job, nonce, oidcDigest);
  const sealed = begun && exec ? await exec.sealEvent(begun, binding, opts.exitStatus ?? null) : null;
  if (sealed) binding.execution = sealed.digests;
  const rd = computeReportData(binding);
  const gn = computeGpuNonce(binding);
  const extraAux = await readAux(opts, deps.cwd);
  // One clock reading: the workload signature's chain is checked at the time the receipt states.
  const issuedAt = deps.now();
  let signature: { facts: WorkloadSignatureFacts; record: WorkloadSignatureRecord; files: OutFile[] } | null = null;
  if (opts.workloadSignature) {
    if (m.workload.kind === 'image') throw new InputError('USAGE', '--workload-signature needs a workload of files (a model_signing signature covers files, not an image reference)');
    const sf = await readSignatureFiles(opts.workloadSignature, deps.cwd);
    const a = opts.workloadSignature;
    // Keyless with no trusted root given: with --network, the public-good root through TUF (saved beside the receipt).
    if (!a.key && !a.certChain && !a.trustedRoot && opts.network) {
      const root = await sigstoreRootOrNull(deps.env, deps.cwd);
      if (root) sf.material.trustedRoot = root;
    }
    const s = appraiseWorkloadSignature(sf, { manifest: m.workload.manifest, kind: m.workload.kind, digest: m.workload.tree.digest }, issuedAt, {
      signature: a.signature,
      ...(a.key ? { key: a.key } : {}),
      ...(a.certChain ? { caCerts: a.certChain } : {}),
      ...(a.trustedRoot ? { trustedRoot: a.trustedRoot } : {}),
    });
    signature = { ...s, files: signatureOutFiles(sf) };
  }
  if (sealed) extraAux.push(sealed.log);
  const collectDeps = sealed ? { ...deps, sourceDeps: { ...deps.sourceDeps, ...sealed.sourceDeps } } : deps;
  const ev = await collectAndVerify(opts.evidence, { reportData: rd, gpuNonce: gn }, collectDeps, { trustRootsDir: opts.trustRootsDir, network: opts.network, extraAux });
  const evidence = ev.items.map((i) => i.verified);
  const inventory = await gpuInventory(deps);
  const execChecks = begun && exec ? exec.executionChecks(begun.state.begin_payload.session, binding, evidence) : null;
  const appraisal = appraiseAll(policy, evidence, binding.workload_digest, ev.trustKind, m.benchmark !== null, execChecks?.checks ?? [], {
    workload: m.workload.kind === 'image' ? [] : extraIgnores(m.workload.tree.serialization),
    inputs: extraIgnores(m.input.manifest.serialization),
    outputs: extraIgnores(m.output.tree.serialization),
  }, signature?.facts ?? null, inventory ? inventory.gpus.length : null);
  const execTier = execChecks && exec ? exec.executionTier(appraisal.checks, policy.policy, exec.policyLabel(policy), evidence) : undefined;
  const claims = claimsFor(appraisal, policy, job, { workload: binding.workload_digest, input: binding.input_commitment, output: binding.output_digest }, evidence, execTier, signature?.facts ?? null);

  const files: OutFile[] = [];
  const jsonFile = (path: string, v: unknown) => files.push({ path, bytes: canonicalize(v) + '\n' });
  let workloadPart: Receipt['workload'];
  if (m.workload.kind === 'image') {
    workloadPart = {
      kind: 'image',
      name: m.workload.name,
      serialization: { method: 'image', hash_type: 'sha256', order: DEFAULT_ORDER, allow_symlinks: false, ignore_paths: [] },
      files: 0,
      bytes: 0,
      manifest: null,
      statement: null,
    };
  } else {
    const w = m.workload;
    jsonFile('workload.manifest.json', w.manifest);
    jsonFile('workload.statement.json', omsStatement(w.tree, w.manifest));
    // A shards manifest names byte ranges, which `sha256sum -c` cannot replay.
    if (w.manifest.serialization.method === 'files') files.push({ path: 'workload.SHA256SUMS', bytes: sha256sums(w.manifest) });
    workloadPart = {
      kind: w.kind,
      name: w.tree.name,
      serialization: w.tree.serialization,
      files: w.tree.files,
      bytes: w.tree.bytes,
      manifest: { path: 'workload.manifest.json', digest: w.manifestDigest },
      statement: 'workload.statement.json',
      ...(signature ? { signature: signature.record } : {}),
    };
    for (const f of signature?.files ?? []) files.push(f);
  }
  jsonFile('inputs.manifest.json', m.input.manifest);
  jsonFile('outputs.manifest.json', m.output.manifest);
  if (m.output.manifest.serialization.method === 'files') files.push({ path: 'outputs.SHA256SUMS', bytes: sha256sums(m.output.manifest) });
  const fullBinding = { ...binding, report_data: rd.toString('hex'), gpu_nonce: gn.toString('hex') };
  jsonFile('binding.json', fullBinding);
  for (const it of ev.items) {
    files.push({ path: it.verified.file, bytes: it.bytes });
    for (const a of it.aux) files.push({ path: a.file, bytes: a.bytes });
  }
  if (opts.trustRootsDir) {
    // Every certificate file the roots were loaded from, at its relative path (the folder names the
    // vendor), so a verifier can re-derive the recorded custom-roots digest.
    const dir = resolve(deps.cwd, opts.trustRootsDir);
    for (const file of listTrustRootFiles(dir)) {
      const rel = relative(dir, file).split(sep).map(safeFileName).join('/');
      files.push({ path: `trust/${rel}`, bytes: await readRegularFile(file, { maxBytes: READ_LIMITS.trustRoot, what: 'trust root', shown: join(opts.trustRootsDir, relative(dir, file)) }) });
    }
  }
  files.push({ path: policyFileName(policy), bytes: policy.text });
  if (m.benchmark) files.push({ path: `benchmark/${safeFileName(m.benchmark.id)}`, bytes: m.benchmark.bytes });
  if (opts.oidcToken) files.push({ path: 'oidc-token.jwt', bytes: opts.oidcToken });
  for (const f of opts.extraFiles ?? []) files.push(f);
  const execLog = sealed && exec ? exec.eventLogFile(ev.items, sealed.log, files) : null;

  const receipt: Receipt = {
    schema_version: SCHEMA_VERSION,
    receipt_id: 'cr_' + randomBytes(16).toString('hex'),
    job_id: jobIdOf(job, gn.toString('hex')),
    issued_at: issuedAt.toISOString(),
    issued_at_self_reported: true,
    producer: { name: PRODUCER_NAME, version: VERSION },
    workload_digest: binding.workload_digest,
    workload: workloadPart,
    input_commitment: m.input.commitment,
    input: {
      scheme: m.input.scheme,
      serialization: m.input.manifest.serialization,
      files: m.input.files,
      bytes: m.input.bytes,
      manifest: { path: 'inputs.manifest.json', digest: m.input.manifestDigest },
    },
    output_digest: m.output.tree.digest,
    outputs: {
      serialization: m.output.tree.serialization,
      files: m.output.tree.files,
      bytes: m.output.tree.bytes,
      manifest: { path: 'outputs.manifest.json', digest: m.output.manifestDigest },
    },
    binding: fullBinding,
    runtime_measurement: runtimeMeasurement(evidence),
    benchmark_result: m.benchmark
      ? {
          id: m.benchmark.id,
          digest: m.benchmark.digest,
          file: `benchmark/${safeFileName(m.benchmark.id)}`,
          claim_limit: 'capacity context only; not per-job proof',
        }
      : null,
    attestation_result: {
      verifier: { name: PRODUCER_NAME, version: VERSION },
      evidence_digest: evidenceDigest(ev.items.map((i) => i.verified.digest)),
      claim_limit: 'runtime or environment evidence only',
      trust_roots: ev.trustKind === 'shipped' ? 'shipped' : { custom: ev.trustDigest },
      evidence: ev.items.map((it) => ({
        kind: it.verified.kind,
        format: it.verified.format,
        source: it.source,
        file: it.verified.file,
        digest: it.verified.digest,
        verified: it.verified.status === 'verified',
        status: it.verified.status,
        binding_matches: it.verified.bindingMatches,
        detail: it.verified.detail,
        aux: it.aux.map((a) => ({ file: a.file, digest: sha256Prefixed(a.bytes) })),
      })),
    },
    verifier_policy_id: policy.policy_id,
    policy_decision: policyDecision(policy, appraisal, opts.appraisedBy ?? 'self'),
    deployment: {
      self_reported: true,
      runner: runnerFacts(deps.env),
      provider: deps.env['COMPUTE_RECEIPT_PROVIDER'] || null,
      storage: { kind: opts.storage, note: storageNote(opts.storage) },
      ...(inventory ? { gpu_inventory: inventory } : {}),
    },
    ...(begun && exec && execLog && execTier ? { execution: exec.executionSection(begun.state.begin_payload.session, execLog, execChecks?.view ?? null, execTier.reason) } : {}),
    claim_tier: claims.claim_tier,
    allowed_claim: claims.allowed_claim,
    blocked_claims: [...STANDING_BLOCKED_CLAIMS, ...claimsLint.map((s) => s.sentence)],
    struck_claims: claimsLint,
  };
  const parsed = ReceiptSchema.parse(receipt);
  const json = canonicalize(parsed);
  const receiptPath = await writeReceiptDir(outDir, files, json, { shown: opts.out, guard });
  return {
    receipt: parsed,
    receiptPath,
    receiptDigest: 'sha256:' + createHash('sha256').update(json).digest('hex'),
    outDir,
  };
}

export { gateFails } from './policy/gate.js';
