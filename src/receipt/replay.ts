import { createHash } from 'node:crypto';
import { lstat, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  type Binding,
  BINDING_VERSION,
  gpuNonce as computeGpuNonce,
  jsonDigest,
  reportData as computeReportData,
  sha256Prefixed,
} from '../binding/binding.js';
import { canonicalize } from '../binding/jcs.js';
import { jobIdOf, jobLabel } from '../binding/job.js';
import { loadJwksFile, oidcIssuer, verifyOidcToken } from '../binding/oidc.js';
import { STANDING_BLOCKED_CLAIMS } from '../claims/tiers.js';
import {
  DEFAULT_ORDER,
  SHARD_SIZE,
  buildManifest,
  compareUtf8,
  digestTree,
  inputCommitment,
  omsStatement,
  parseImageRef,
  resourcesInOrder,
  sha256sums,
  type Manifest,
  type TreeDigest,
} from '../digest/index.js';
import { loadTrustRoots, verifyEvidence } from '../evidence/index.js';
import type { TrustRoots, VerifiedEvidence } from '../evidence/types.js';
import { loadPolicy, type Check, type LoadedPolicy } from '../policy/index.js';
import { parsePolicyBytes } from '../policy/parse.js';
import type { TreeRole } from '../policy/types.js';
import {
  appraiseAll,
  claimsFor,
  evidenceDigest,
  extraIgnores,
  kdsOptions,
  nrasOptions,
  ocspOptions,
  pcsOptions,
  policyDecision,
  policyFileName,
  resolveAll,
  runtimeMeasurement,
  safeFileName,
  sigstoreRootOrNull,
  storageNote,
  type RunDeps,
} from '../run.js';
import { InputError, q } from '../util/errors.js';
import { SIGNATURE_FILES, appraiseWorkloadSignature, type SignatureMaterial, type WorkloadSignatureFacts } from '../provenance/index.js';
import { tracked } from '../util/progress.js';
import { readRegularFile as readUserFile } from '../util/read-file.js';
import { PRODUCER_NAME } from '../version.js';
import { bindingDigests, executionChecks, executionSection, executionTier, policyLabel, viewOfLogBytes } from '../execution/index.js';
import { conditionalRule, leafPattern, leaves, selfReportedRule } from './leaves.js';
import { JsonStrictError, loadReceipt, parseStrictJson, readRegularFile } from './read.js';
import { diffManifests, type FileChange } from './manifest-diff.js';
import { replayCauses, replayDeniedClaim, type ReplayCause } from './replay-causes.js';
import { type Receipt, ManifestFileSchema } from './schema.js';

export { loadReceipt } from './read.js';

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
  /** Clock for the verifier's own evidence verification; default the verifier's now (never the receipt's issued_at). */
  at?: Date;
  trustRootsDir?: string;
  network: boolean;
  /** A JWKS file with the OIDC issuer's keys (GitHub's), to check a saved OIDC token offline. */
  oidcJwks?: string;
  /** The verifier's own Sigstore trusted root, to verify a keyless workload signature's identity. */
  workloadTrustedRoot?: string;
}

/**
 * One difference between the receipt and what the verifier re-derived. `expected` is the receipt's
 * value (what the producer wrote), `actual` what the verifier re-derived; `cause` says how.
 */
export interface Mismatch {
  field: string;
  expected: string | null;
  actual: string | null;
  cause: string;
}

/** A receipt leaf the verifier did not re-derive: shown labelled self-reported, with why. */
export interface Unverified {
  field: string;
  why: string;
}

/** The producer's own decision and claim, as it recorded them, and whether the verifier compared them. */
export interface ProducerView {
  status: 'pass' | 'hold' | 'deny';
  reason: string;
  policy_id: string;
  appraised_by: 'self' | 'verifier';
  claim_tier: Receipt['claim_tier'];
  allowed_claim: string;
  /** True when the verifier ran the same policy and compared the producer's decision and claim. */
  compared: boolean;
}

export interface VerifyResult {
  ok: boolean;
  mismatches: Mismatch[];
  /**
   * The mismatches cause first: each changed, added, missing or renamed file named first (like
   * `sha256sum -c`), then any mismatch no file change explains. `derived` lists the fields that
   * follow from the changed files (folded under them when rendered).
   */
  causes: ReplayCause[];
  derived: string[];
  decision: 'pass' | 'hold' | 'deny';
  reason: string;
  checks: Check[];
  /** Whether the verifier's policy is byte-identical to the one the producer saved. */
  policy_matches_receipt: boolean;
  /** What was re-derived from files, and what could only be checked for consistency. */
  rederived: { workload: boolean; inputs: boolean; outputs: boolean };
  notes: string[];
  receipt_dir: string;
  /** Receipt leaves shown as the producer's word (self-reported), each with why. */
  unverified: Unverified[];
  producer: ProducerView;
  /** Verify's own view: its re-derived values, its evidence verification, decision and claim. */
  appraised: Receipt;
  /** Counts for reports: leaves in the receipt, compared, shown self-reported. */
  leaves: { total: number; compared: number; self_reported: number };
  /** The manifests the digests were derived from (re-hashed, else the saved copy); null when absent or an image. */
  manifests: { workload: Manifest | null; input: Manifest | null; outputs: Manifest | null };
  /** The saved OIDC token's verification (null: the receipt has none); `claims` only when verified. */
  oidc: { status: 'verified' | 'failed' | 'unavailable'; detail: string; claims?: Record<string, unknown> } | null;
  /** The evidence as the verifier verified it (its roots, its clock), in receipt order. */
  evidence: VerifiedEvidence[];
}

/** Files in the receipt directory are read up to this size (evidence, manifests, a benchmark file). */
const FILE_MAX_BYTES = 256 * 1024 * 1024;
/** A receipt directory holding more entries than this is refused rather than walked. */
const DIR_MAX_ENTRIES = 100_000;

type Role = 'workload' | 'input' | 'outputs';
const FILE_ROLE: Record<Role, TreeRole> = { workload: 'workload', input: 'inputs', outputs: 'outputs' };

function rootOf(m: Manifest): string {
  const h = createHash('sha256');
  for (const r of m.resources) h.update(Buffer.from(r.digest, 'hex'));
  return 'sha256:' + h.digest('hex');
}


function describeNameChange(expected: Manifest, actual: Manifest): string | null {
  const e = new Set(expected.resources.map((r) => r.name));
  const a = new Set(actual.resources.map((r) => r.name));
  const gone = [...e].filter((n) => !a.has(n));
  const added = [...a].filter((n) => !e.has(n));
  if (!gone.length && !added.length) return null;
  const show = (xs: string[]) => xs.slice(0, 5).map((x) => JSON.stringify(x)).join(', ') + (xs.length > 5 ? ', …' : '');
  return [gone.length ? `only in the receipt: ${show(gone)}` : '', added.length ? `only on disk: ${show(added)}` : ''].filter(Boolean).join('; ');
}

/** Value for a mismatch line: strings as they are, anything else as JSON. */
function show(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** The receipt directory's regular files (relative '/'-paths), and anything that is not one. */
async function listReceiptDir(dir: string): Promise<{ files: Set<string>; odd: string[] }> {
  const files = new Set<string>();
  const odd: string[] = [];
  let seen = 0;
  const walk = async (abs: string, rel: string): Promise<void> => {
    for (const e of await readdir(abs, { withFileTypes: true })) {
      if (++seen > DIR_MAX_ENTRIES) throw new InputError('RECEIPT_INVALID', `receipt directory holds more than ${DIR_MAX_ENTRIES} entries; refused`);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(join(abs, e.name), r);
      else if (e.isFile()) files.add(r);
      else odd.push(r);
    }
  };
  await walk(dir, '');
  return { files, odd };
}

/** A stand-in tree for the OMS statement when the verifier holds only the saved manifest. */
function treeFromManifest(name: string, m: Manifest): TreeDigest {
  const root = Buffer.from(rootOf(m).slice('sha256:'.length), 'hex');
  return { digest: rootOf(m), root, kind: 'directory', name, serialization: m.serialization, resources: [], files: m.resources.length, bytes: 0 };
}

/**
 * The verifier role (DESIGN §0): replay a receipt. It re-derives every field it can (digests and
 * manifests from the paths it is given, the saved manifests otherwise; the binding, report_data and
 * GPU nonce; every file of the receipt directory the tool writes; the evidence, re-verified from its
 * saved bytes; the producer's policy identity from its saved copy; and, when it runs the same policy,
 * the producer's decision and claim), compares each with the receipt leaf by leaf, and names every
 * leaf it could not re-derive as self-reported. Any mismatch adds a denying `replay.integrity` check.
 * Fields that choose how something is re-derived (the input scheme, the ignores, symlinks) are never
 * taken from the receipt alone.
 */
export async function verifyReceipt(opts: VerifyOptions, deps: RunDeps): Promise<VerifyResult> {
  const { receipt, dir } = await loadReceipt(opts.receipt, deps.cwd);
  const policy = await loadPolicy(opts.policy, { cwd: deps.cwd });
  // Read up front, so a bad key-set file is an input error whether or not the receipt has a token.
  const jwks = opts.oidcJwks ? await loadJwksFile(resolve(deps.cwd, opts.oidcJwks)) : null;
  let verifierRoot = opts.workloadTrustedRoot
    ? await readUserFile(resolve(deps.cwd, opts.workloadTrustedRoot), { maxBytes: 16 * 1024 * 1024, what: 'Sigstore trusted root', shown: opts.workloadTrustedRoot })
    : null;
  const mismatches: Mismatch[] = [];
  const notes: string[] = [];
  const fileMismatch = (rel: string, expected: string | null, actual: string | null, cause: string) =>
    mismatches.push({ field: `file ${rel}`, expected, actual, cause });

  // ---- The receipt directory: regular files only; each file the receipt names is read from here.
  const listing = await listReceiptDir(dir);
  for (const o of listing.odd) fileMismatch(o, 'a regular file', 'a symbolic link or special file', 'the receipt directory holds only regular files');
  const accounted = new Set<string>(['receipt.json']);
  const readInDir = async (rel: string): Promise<Buffer | null> => {
    accounted.add(rel);
    if (!listing.files.has(rel)) {
      if (!listing.odd.includes(rel)) fileMismatch(rel, 'present', 'missing', 'the receipt names this file');
      return null;
    }
    return readRegularFile(join(dir, ...rel.split('/')), FILE_MAX_BYTES, `receipt file ${q(rel)}`);
  };
  const readJson = async (rel: string): Promise<{ value: unknown; bytes: Buffer } | null> => {
    const bytes = await readInDir(rel);
    if (!bytes) return null;
    try {
      return { value: parseStrictJson(bytes, { canonical: true }), bytes };
    } catch (e) {
      if (!(e instanceof JsonStrictError)) throw e;
      fileMismatch(rel, 'canonical JSON as the producer writes it', e.message, 'read strictly');
      return null;
    }
  };
  /** Compare a file's bytes with what the verifier regenerates. */
  const regenerated = async (rel: string, bytes: string, how: string) => {
    const got = await readInDir(rel);
    if (!got) return;
    const want = Buffer.from(bytes, 'utf8');
    if (!got.equals(want)) fileMismatch(rel, sha256Prefixed(got), sha256Prefixed(want), `regenerated ${how}`);
  };

  // What the verifier derives, shaped like the receipt; undefined = not derived in this run.
  const d: Record<string, any> = {};
  const rederived = { workload: false, inputs: false, outputs: false };
  const ignoresForPolicy: Partial<Record<TreeRole, string[]>> = {};
  /** Names only in the receipt or only on disk, per manifest leaf: the root digest does not cover names. */
  const nameChanges: Record<string, string> = {};
  /** Per tree re-hashed: the files that differ from the receipt's manifest. */
  const fileChanges: Partial<Record<TreeRole, FileChange[]>> = {};

  // ---- Trees: workload, inputs, outputs.
  const readManifest = async (role: Role): Promise<Manifest | null> => {
    const rel = `${FILE_ROLE[role]}.manifest.json`;
    const malformed = (why: string) => {
      mismatches.push({ field: `${FILE_ROLE[role]}.manifest`, expected: 'a manifest', actual: `malformed (${why})`, cause: `read ${rel} strictly` });
      return null;
    };
    const bytes = await readInDir(rel);
    if (!bytes) return null;
    let value: unknown;
    try {
      value = parseStrictJson(bytes, { canonical: true });
    } catch (e) {
      if (!(e instanceof JsonStrictError)) throw e;
      return malformed(e.message);
    }
    const m = ManifestFileSchema.safeParse(value);
    if (!m.success) {
      const i = m.error.issues[0]!;
      return malformed(`${i.path.map(String).join('.') || 'top level'}: ${i.message}`);
    }
    const man = m.data as Manifest;
    if (!resourcesInOrder(man.serialization.method, man.serialization.order, man.resources.map((r) => r.name))) {
      fileMismatch(rel, `resources sorted in ${man.serialization.order} order, no duplicates`, 'unsorted or duplicated', 'read strictly');
    }
    return man;
  };

  /** Hash paths the way the verifier decides: ignores its policy allows, symlinks only if both the receipt and its manifest say so. */
  const rehash = async (role: Role, paths: string[], serialization: Receipt['outputs']['serialization'], saved: Manifest | null) => {
    const claimed = new Set([...extraIgnores(serialization), ...(saved ? extraIgnores(saved.serialization) : [])]);
    const allowed = [...claimed].filter((p) => policy.policy.allowed_ignores.includes(p));
    const refused = [...claimed].filter((p) => !policy.policy.allowed_ignores.includes(p));
    if (refused.length) notes.push(`${FILE_ROLE[role]}: re-hashed including ${refused.map((p) => JSON.stringify(p)).join(', ')}, which the producer left out and the verifier's policy does not allow to be ignored`);
    const allowSymlinks = serialization.allow_symlinks && (saved?.serialization.allow_symlinks ?? false);
    // Order and method (files or shards) change no check: every byte is hashed either way. They are
    // bound through the manifest digest, so the saved manifest's are used; a shard size other than
    // OMS's is a mismatch (derived below), never replayed.
    const ser = saved?.serialization ?? serialization;
    const method = ser.method === 'shards' ? ('shards' as const) : ('files' as const);
    return tracked(deps.progress, FILE_ROLE[role], (p) =>
      digestTree(resolveAll(deps.cwd, paths), { allowSymlinks, ignorePaths: allowed, order: ser.order, method, ...p }),
    );
  };

  const treeRole = async (role: Role, given: string[] | undefined) => {
    const part = role === 'workload' ? receipt.workload : role === 'input' ? receipt.input : receipt.outputs;
    const saved = await readManifest(role);
    const out: Record<string, any> = { manifest: { path: `${FILE_ROLE[role]}.manifest.json` } };
    const producerIgnores = new Set([...extraIgnores(part.serialization), ...(saved ? extraIgnores(saved.serialization) : [])]);
    ignoresForPolicy[FILE_ROLE[role]] = [...producerIgnores].sort(compareUtf8);
    if (saved) {
      out['serialization'] = saved.serialization.method === 'shards' ? { ...saved.serialization, shard_size: SHARD_SIZE } : saved.serialization;
      out['files'] = saved.resources.length;
      out['manifest'].digest = jsonDigest(saved);
    } else {
      out['serialization'] = null;
      out['files'] = null;
      out['manifest'].digest = null;
    }
    let tree: TreeDigest | null = null;
    let rehashed: Manifest | null = null;
    const plain = saved !== null && saved.resources.every((r) => r.algorithm === 'sha256');
    // Only inputs may be keyed; a keyed commitment is not derivable from its manifest (compared with the binding instead).
    let digest: string | null | undefined = plain ? rootOf(saved) : saved && role === 'input' ? undefined : null;
    if (given?.length) {
      rederived[FILE_ROLE[role]] = true;
      tree = await rehash(role, given, part.serialization, saved);
      if (role === 'input') {
        const keyed = receipt.binding.input_commitment.startsWith('hmac-sha256:') || receipt.input_commitment.startsWith('hmac-sha256:') || saved?.resources.some((r) => r.algorithm !== 'sha256');
        if (keyed && !opts.inputKey) {
          throw new InputError('USAGE', 'the input commitment is keyed (hmac-sha256): give the input key (--input-key-file or COMPUTE_RECEIPT_INPUT_KEY) to re-derive --inputs');
        }
        const ic = inputCommitment(tree, keyed ? opts.inputKey : undefined);
        rehashed = ic.manifest;
        digest = ic.commitment;
      } else {
        rehashed = buildManifest(tree);
        digest = tree.digest;
      }
      out['serialization'] = rehashed.serialization;
      out['files'] = tree.files;
      out['bytes'] = tree.bytes;
      out['manifest'].digest = jsonDigest(rehashed);
      if (saved && jsonDigest(saved) !== jsonDigest(rehashed)) {
        fileChanges[FILE_ROLE[role]] = diffManifests(saved, rehashed);
        const change = describeNameChange(saved, rehashed);
        if (change) nameChanges[`${role}.manifest.digest`] = change;
      }
    } else if (role !== 'input') {
      notes.push(`${FILE_ROLE[role]} not re-hashed (no --${FILE_ROLE[role]}): checked against the saved manifest only`);
    }
    if (saved && part.manifest && jsonDigest(saved) !== part.manifest.digest) {
      fileMismatch(`${FILE_ROLE[role]}.manifest.json`, part.manifest.digest, jsonDigest(saved), 'digest of the saved manifest');
    }
    return { out, saved, tree, rehashed, digest };
  };

  // Outputs.
  const outR = await treeRole('outputs', opts.outputs);
  d['outputs'] = outR.out;
  d['output_digest'] = outR.digest;
  const outManifest = outR.rehashed ?? outR.saved;
  // SHA256SUMS only for whole files: sha256sum cannot replay shards (byte ranges).
  if (outManifest && outManifest.serialization.method === 'files') await regenerated('outputs.SHA256SUMS', plainSums(outManifest), 'from the outputs manifest');

  // Workload: a tree, or a container image reference (then no files, and the binding has no manifest digest).
  const image = receipt.binding.workload_manifest_digest === null;
  let wR: Awaited<ReturnType<typeof treeRole>> | null = null;
  if (image) {
    d['workload'] = {
      kind: 'image',
      serialization: { method: 'image', hash_type: 'sha256', order: receipt.workload.serialization.order === 'utf8-bytes' ? 'utf8-bytes' : DEFAULT_ORDER, allow_symlinks: false, ignore_paths: [] },
      files: 0,
      bytes: 0,
      manifest: null,
      statement: null,
    };
    d['workload_digest'] = receipt.binding.workload_digest;
    if (opts.workload?.length) {
      rederived.workload = true;
      const ref = opts.workload.length === 1 ? parseImageRef(opts.workload[0]!) : null;
      if (!ref) throw new InputError('USAGE', 'the receipt names a container image: give --workload as one reference name@sha256:<hex>');
      d['workload_digest'] = ref.digest;
      d['workload'].name = ref.name;
    } else notes.push('workload not re-derived (no --workload): the image reference is checked against the binding only');
  } else {
    wR = await treeRole('workload', opts.workload);
    d['workload'] = { ...wR.out, statement: 'workload.statement.json' };
    d['workload_digest'] = wR.digest;
    if (wR.tree) {
      d['workload'].kind = wR.tree.kind;
      d['workload'].name = wR.tree.name;
    }
    const wm = wR.rehashed ?? wR.saved;
    if (wm) {
      if (wm.serialization.method === 'files') await regenerated('workload.SHA256SUMS', plainSums(wm), 'from the workload manifest');
      const t = wR.tree ?? treeFromManifest(receipt.workload.name, wm);
      let statement = '(no statement: the manifest is not plain sha256)';
      try {
        statement = canonicalize(omsStatement(t, wm)) + '\n';
      } catch (e) {
        if (!(e instanceof TypeError)) throw e;
      }
      await regenerated('workload.statement.json', statement, 'as the OMS statement of the workload manifest');
    }
  }

  // ---- Workload signature: re-verified from the saved bundle and material, and compared file by file
  // with the workload the verifier derived. The producer's view (its saved material, at its stated
  // time) is what the receipt must equal; the verifier's view (its own Sigstore trusted root, its clock)
  // is what it appraises. A keyless identity checked only under the producer's saved root is never
  // verified for the verifier.
  let sigP: WorkloadSignatureFacts | null = null;
  let sigV: WorkloadSignatureFacts | null = null;
  if (receipt.workload.signature || listing.files.has(SIGNATURE_FILES.bundle)) {
    const bundle = await readInDir(SIGNATURE_FILES.bundle);
    const material: SignatureMaterial = {};
    for (const k of ['key', 'caCerts', 'trustedRoot'] as const) {
      if (listing.files.has(SIGNATURE_FILES[k])) material[k] = (await readInDir(SIGNATURE_FILES[k])) ?? undefined;
    }
    const wm = wR ? (wR.rehashed ?? wR.saved) : null;
    if (!receipt.workload.signature) {
      mismatches.push({ field: 'workload.signature', expected: null, actual: 'a saved workload signature', cause: `found ${SIGNATURE_FILES.bundle} in the receipt directory` });
    }
    if (bundle && wm && wR && !image) {
      const wl = { manifest: wm, kind: (wR.tree?.kind ?? (receipt.workload.kind === 'file' ? 'file' : 'directory')) as 'file' | 'directory', digest: wR.digest ?? receipt.binding.workload_digest };
      const shown = { signature: SIGNATURE_FILES.bundle, key: SIGNATURE_FILES.key, caCerts: SIGNATURE_FILES.caCerts, trustedRoot: SIGNATURE_FILES.trustedRoot };
      try {
        const p = appraiseWorkloadSignature({ bundle, material }, wl, new Date(receipt.issued_at), shown);
        d['workload'].signature = p.record;
        sigP = p.facts;
        // Keyless with --network and no root of its own: the verifier fetches the public-good root through TUF.
        if (p.facts.method === 'sigstore' && !verifierRoot && opts.network) verifierRoot = await sigstoreRootOrNull(deps.env, deps.cwd);
        const vMaterial: SignatureMaterial = p.facts.method === 'sigstore' && verifierRoot ? { trustedRoot: verifierRoot } : material;
        sigV = appraiseWorkloadSignature({ bundle, material: vMaterial }, wl, opts.at ?? deps.now(), { ...shown, ...(opts.workloadTrustedRoot ? { trustedRoot: opts.workloadTrustedRoot } : {}) }).facts;
        if (sigV.method === 'sigstore' && !verifierRoot && sigV.status === 'verified') {
          sigV = { ...sigV, status: 'unavailable', detail: `${sigV.detail}; verified under the producer's saved trusted root only (give --workload-trusted-root, or --network for the public-good root, to verify the identity under the verifier's own)` };
        }
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        d['workload'].signature = null;
        fileMismatch(SIGNATURE_FILES.bundle, 'a model_signing bundle the producer verified', e.message, 're-read the saved workload signature');
      }
    } else if (receipt.workload.signature) {
      d['workload'].signature = null;
    }
  }

  // Inputs: the scheme is what the commitment's bound prefix and the saved manifest say, never the `scheme` field alone.
  const inR = await treeRole('input', opts.inputs);
  d['input'] = inR.out;
  const savedScheme = inR.saved ? (inR.saved.resources.every((r) => r.algorithm === 'sha256') ? 'sha256' : 'hmac-sha256') : null;
  const boundScheme = receipt.binding.input_commitment.startsWith('hmac-sha256:') ? 'hmac-sha256' : 'sha256';
  d['input'].scheme = savedScheme === null || savedScheme === boundScheme ? boundScheme : null;
  d['input_commitment'] = inR.digest;
  if (!opts.inputs?.length) notes.push(boundScheme === 'hmac-sha256' ? 'inputs not re-derived: the commitment is keyed; give --inputs and the input key' : 'inputs not re-hashed (no --inputs)');

  // ---- The policy the producer saved: its identity is re-derived from the copy (never used to decide).
  let producerPolicy: LoadedPolicy | null = null;
  const savedPolicyRel = receipt.policy_decision.policy_file;
  const savedPolicy = await readInDir(savedPolicyRel);
  if (savedPolicy) {
    try {
      producerPolicy = parsePolicyBytes(savedPolicy, savedPolicyRel);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      fileMismatch(savedPolicyRel, 'the policy the producer ran', e.message, 'parsed the saved copy');
    }
  }
  d['verifier_policy_id'] = producerPolicy?.policy_id ?? null;
  d['policy_decision'] = {
    policy_id: producerPolicy?.policy_id ?? null,
    policy_version: producerPolicy?.policy_version ?? null,
    policy_digest: savedPolicy ? sha256Prefixed(savedPolicy) : null,
    policy_file: producerPolicy ? policyFileName(producerPolicy) : null,
    decision_ceiling: producerPolicy?.policy.decision_ceiling ?? null,
  };
  // Decided by the saved copy's bytes, never by the receipt's policy fields.
  const samePolicy = producerPolicy !== null && producerPolicy.policy_digest === policy.policy_digest;

  // ---- Benchmark: context only, but its digest is bound, so the saved copy must match.
  const benchmarkDigest = receipt.benchmark_result ? await readInDir(receipt.benchmark_result.file).then((b) => (b ? sha256Prefixed(b) : null)) : null;
  if (receipt.benchmark_result) {
    d['benchmark_result'] = { digest: benchmarkDigest, file: `benchmark/${safeFileName(receipt.benchmark_result.id)}`, claim_limit: 'capacity context only; not per-job proof' };
  }

  // ---- OIDC token: its digest is bound; the saved token must match it and verify.
  let oidcDigest: string | null = null;
  let oidc: VerifyResult['oidc'] = null;
  const tokenBytes = listing.files.has('oidc-token.jwt') || receipt.binding.oidc_token_digest ? await readInDir('oidc-token.jwt') : null;
  if (tokenBytes) {
    oidcDigest = sha256Prefixed(tokenBytes.toString('utf8'));
    const j = receipt.binding.job;
    const v = await verifyOidcToken(tokenBytes.toString('utf8'), {
      jwks,
      network: opts.network,
      issuer: oidcIssuer(deps.env['GITHUB_SERVER_URL']),
      expected: { repository: j.repository, run_id: j.run_id, sha: j.sha, run_attempt: j.run_attempt, workflow_ref: j.workflow_ref },
    });
    oidc = v.status === 'verified' ? { status: v.status, detail: v.detail, claims: { ...v.claims } } : { status: v.status, detail: v.detail };
    if (v.status === 'failed') mismatches.push({ field: 'oidc_token', expected: 'a token signed by the issuer for the receipt job', actual: v.detail, cause: 'verified the saved OIDC token' });
    else notes.push(v.detail);
  }

  // ---- Two-phase flow: the begin and seal digests the binding carries come from the saved event log
  // (docs/execution.md); the checks below judge the log the quote replays.
  const ex = receipt.execution;
  const exLogBytes = ex ? await readInDir(ex.event_log) : null;
  const exDigests = ex ? (bindingDigests(viewOfLogBytes(exLogBytes, ex.session)) ?? receipt.binding.execution ?? null) : null;

  // ---- The binding, recomputed from what the verifier derived (never the receipt's copy).
  const pick = (derived: string | null | undefined, fallback: string): string => (derived === undefined || derived === null ? fallback : derived);
  const binding: Binding = {
    v: BINDING_VERSION,
    job: receipt.binding.job,
    workload_digest: pick(d['workload_digest'], receipt.workload_digest),
    workload_manifest_digest: image ? null : pick(d['workload'].manifest?.digest, receipt.binding.workload_manifest_digest ?? ''),
    input_commitment: pick(d['input_commitment'], receipt.input_commitment),
    input_manifest_digest: pick(d['input'].manifest.digest, receipt.input.manifest.digest),
    output_digest: pick(d['output_digest'], receipt.output_digest),
    output_manifest_digest: pick(d['outputs'].manifest.digest, receipt.outputs.manifest.digest),
    benchmark_digest: receipt.benchmark_result ? pick(benchmarkDigest, receipt.benchmark_result.digest) : null,
    oidc_token_digest: oidcDigest,
    nonce: receipt.binding.nonce,
    ...(exDigests ? { execution: exDigests } : {}),
  };
  // The input commitment with a key and no --inputs cannot be re-derived: it is compared with the binding only.
  if (d['input_commitment'] === undefined) d['input_commitment'] = receipt.binding.input_commitment;
  const rd = computeReportData(binding);
  const gn = computeGpuNonce(binding);
  const fullBinding = { ...binding, report_data: rd.toString('hex'), gpu_nonce: gn.toString('hex') };
  d['binding'] = fullBinding;
  await regenerated('binding.json', canonicalize(fullBinding) + '\n', 'from the recomputed binding');
  // Releases before 0.2 wrote a label ("an unnamed job") when the job had no id: still re-derivable from the binding's job.
  const legacyJobId = receipt.binding.job.id === null ? jobLabel(receipt.binding.job) : null;
  d['job_id'] = legacyJobId !== null && receipt.job_id === legacyJobId ? legacyJobId : jobIdOf(receipt.binding.job, gn.toString('hex'));

  // ---- Evidence: re-verified from the saved bytes against the recomputed report_data, twice when
  // the conditions differ: as the producer did (its saved roots, at its stated time: to check what it
  // recorded) and as the verifier decides (its own roots and clock: what it renders and appraises).
  const savedTrust = [...listing.files].some((f) => f.startsWith('trust/'));
  const producerRoots: TrustRoots = savedTrust ? loadTrustRoots(join(dir, 'trust')) : loadTrustRoots(undefined);
  for (const f of listing.files) if (f.startsWith('trust/')) accounted.add(f);
  const verifierRoots: TrustRoots = loadTrustRoots(opts.trustRootsDir ? resolve(deps.cwd, opts.trustRootsDir) : undefined);
  const producerAt = new Date(receipt.issued_at);
  // The host's GPU inventory, as the producer recorded it: self-reported, so it can only make a policy stricter.
  const listedGpus = receipt.deployment.gpu_inventory ? receipt.deployment.gpu_inventory.gpus.length : null;
  const verifierAt = opts.at ?? deps.now();
  if (!opts.at) notes.push(`evidence verified at the verifier's clock ${verifierAt.toISOString()}; pass --at to verify at another time (the receipt's issued_at is self-reported)`);
  const sameConditions = producerRoots.digest === verifierRoots.digest && producerAt.getTime() === verifierAt.getTime();
  const evP: VerifiedEvidence[] = [];
  const evV: VerifiedEvidence[] = [];
  const evVAt: (VerifiedEvidence | null)[] = [];
  const evDerived: Record<string, unknown>[] = [];
  for (const [i, e] of receipt.attestation_result.evidence.entries()) {
    const bytes = await readInDir(e.file);
    const aux: { name: string; bytes: Buffer }[] = [];
    const auxDerived: Record<string, unknown>[] = [];
    for (const a of e.aux) {
      const prefix = `evidence/${i}-`;
      const ab = await readInDir(a.file);
      auxDerived.push({ file: a.file.startsWith(prefix) && !a.file.slice(prefix.length).includes('/') ? a.file : null, digest: ab ? sha256Prefixed(ab) : null });
      if (ab) aux.push({ name: a.file.slice(a.file.lastIndexOf('/') + 1).replace(/^\d+-/, ''), bytes: ab });
    }
    if (!bytes) {
      evVAt.push(null);
      evDerived.push({ kind: null, format: null, file: null, digest: null, verified: false, status: null, binding_matches: null, detail: null, aux: auxDerived });
      continue;
    }
    const input = { bytes, aux };
    const fetchers = { pcs: pcsOptions(deps.env), kds: kdsOptions(deps.env), nras: nrasOptions(deps.env), ocsp: ocspOptions(deps.env) };
    const p = await verifyEvidence(input, e.file, { reportData: rd, gpuNonce: gn, trustRoots: producerRoots, at: producerAt, network: opts.network, ...fetchers });
    const v = sameConditions ? p : await verifyEvidence(input, e.file, { reportData: rd, gpuNonce: gn, trustRoots: verifierRoots, at: verifierAt, network: opts.network, ...fetchers });
    evP.push(p);
    evV.push(v);
    evVAt.push(v);
    evDerived.push({
      kind: p.kind,
      format: p.format,
      file: `evidence/${i}-${safeFileName(p.format)}.bin`,
      digest: sha256Prefixed(bytes),
      verified: p.status === 'verified',
      status: p.status,
      binding_matches: p.bindingMatches,
      detail: p.detail,
      aux: auxDerived,
    });
    if (!sameConditions && (p.status !== v.status || p.bindingMatches !== v.bindingMatches)) {
      notes.push(`evidence[${i}]: ${p.status} under the producer's roots at its stated time, ${v.status} under the verifier's roots at ${verifierAt.toISOString()} (the verifier's result decides)`);
    }
  }
  d['attestation_result'] = {
    verifier: { name: PRODUCER_NAME },
    evidence_digest: evidenceDigest(evDerived.map((x) => x['digest'] as string | null).filter((x): x is string => x !== null)),
    claim_limit: 'runtime or environment evidence only',
    trust_roots: savedTrust ? { custom: producerRoots.digest } : 'shipped',
    evidence: evDerived,
  };
  d['runtime_measurement'] = runtimeMeasurement(evP);

  // ---- The producer's decision and claim: re-derived when the verifier runs the same policy.
  const workloadDigest = binding.workload_digest;
  const digests = { workload: workloadDigest, input: binding.input_commitment, output: binding.output_digest };
  const execP = ex ? executionChecks(ex.session, binding, evP) : null;
  let tierReasonP: string | undefined;
  if (samePolicy && producerPolicy) {
    const a = appraiseAll(producerPolicy, evP, workloadDigest, producerRoots.kind, receipt.benchmark_result !== null, execP?.checks ?? [], ignoresForPolicy, sigP, listedGpus);
    const pd = policyDecision(producerPolicy, a, receipt.policy_decision.appraised_by);
    d['policy_decision'] = { ...d['policy_decision'], status: pd.status, reason: pd.reason, checks: pd.checks };
    const tier = execP ? executionTier(a.checks, producerPolicy.policy, policyLabel(producerPolicy), evP) : undefined;
    tierReasonP = tier?.reason;
    const c = claimsFor(a, producerPolicy, receipt.binding.job, digests, evP, tier, sigP);
    d['claim_tier'] = c.claim_tier;
    d['allowed_claim'] = c.allowed_claim;
  }
  if (ex) {
    const sec: Record<string, unknown> = { ...executionSection(ex.session, ex.event_log, execP?.view ?? null, tierReasonP ?? '') };
    // The session is confirmed only by this job's begin in the replayed log; the tier's reason only under the producer's policy.
    if (!execP?.view?.begin) delete sec['session'];
    if (tierReasonP === undefined) delete sec['tier_reason'];
    sec['event_log'] = exLogBytes ? ex.event_log : null;
    d['execution'] = sec;
  }
  d['blocked_claims'] = [...STANDING_BLOCKED_CLAIMS, ...receipt.struck_claims.map((s) => s.sentence)];
  if (receipt.struck_claims.length) d['struck_claims'] = await relint(receipt);
  d['deployment'] = { self_reported: true, storage: { note: storageNote(receipt.deployment.storage.kind) } };
  d['schema_version'] = receipt.schema_version;
  d['issued_at_self_reported'] = true;
  d['producer'] = { name: PRODUCER_NAME };

  if (opts.expectJob !== undefined && opts.expectJob !== receipt.binding.job.id) {
    mismatches.push({ field: 'binding.job.id', expected: receipt.binding.job.id, actual: opts.expectJob, cause: '--expect-job' });
  }
  if (opts.expectSha !== undefined && opts.expectSha.toLowerCase() !== (receipt.binding.job.sha?.toLowerCase() ?? null)) {
    mismatches.push({ field: 'binding.job.sha', expected: receipt.binding.job.sha, actual: opts.expectSha.toLowerCase(), cause: '--expect-sha' });
  }

  // ---- Leaf by leaf: compared, or named self-reported.
  const unverified: Unverified[] = [];
  let compared = 0;
  const all = leaves(receipt);
  for (const leaf of all) {
    const got = lookup(d, leaf.path);
    if (got.found) {
      compared++;
      if (JSON.stringify(got.value) !== JSON.stringify(leaf.value)) {
        const change = nameChanges[leaf.path];
        mismatches.push({ field: leaf.path, expected: show(leaf.value), actual: show(got.value), cause: causeOf(leaf.path, rederived) + (change ? `: ${change}` : '') });
      }
      continue;
    }
    const rule = selfReportedRule(leaf.path) ?? conditionalRule(leaf.path);
    unverified.push({ field: leaf.path, why: rule?.why ?? 'not re-derived by this verifier' });
  }
  // Objects the verifier derives whole: a key on one side only is a mismatch too.
  for (const path of ['runtime_measurement', 'runtime_measurement.values', 'binding', 'workload.serialization', 'workload.signature', 'workload.signature.bundle', 'input.serialization', 'outputs.serialization']) {
    const want = lookup(d, path);
    const got = lookup(receipt, path);
    if (!want.found || !isObject(want.value) || !isObject(got.value)) continue;
    const w = want.value as Record<string, unknown>;
    const g = got.value as Record<string, unknown>;
    for (const k of new Set([...Object.keys(w), ...Object.keys(g)])) {
      if (w[k] === undefined || g[k] === undefined) {
        mismatches.push({ field: `${path}.${k}`, expected: show(g[k]), actual: show(w[k]), cause: causeOf(path, rederived) });
      }
    }
  }
  // Array lengths the verifier derived (checks, evidence, blocked claims) must agree too.
  for (const [path, want] of arrayLengths(d)) {
    const got = lookup(receipt as unknown as Record<string, unknown>, path);
    const n = got.found && Array.isArray(got.value) ? got.value.length : null;
    if (n !== want) mismatches.push({ field: `${path} (count)`, expected: show(n), actual: String(want), cause: causeOf(path, rederived) });
  }
  const extra = [...listing.files].filter((f) => !accounted.has(f)).sort(compareUtf8);
  if (extra.length) notes.push(`files in the receipt directory that the receipt does not name (not verified): ${extra.slice(0, 10).join(', ')}${extra.length > 10 ? ', …' : ''}`);
  const producerIgnored = Object.entries(ignoresForPolicy).filter(([, v]) => v && v.length);
  if (producerIgnored.length) notes.push(`the producer left out of its hashes: ${producerIgnored.map(([r, v]) => `${r}: ${v!.join(', ')}`).join('; ')} (the verifier's policy decides: hashing.ignore_paths)`);

  // ---- The verifier's own appraisal and claim.
  const integrity: Check = {
    id: 'replay.integrity',
    outcome: mismatches.length ? 'deny' : 'pass',
    observed: mismatches.length ? mismatches.map((m) => m.field).join(', ') : 'no mismatch',
    expected: 'every re-derived field and file equal to the receipt',
    detail: mismatches.length
      ? `${mismatches.length} mismatch${mismatches.length > 1 ? 'es' : ''} between the receipt and what the verifier re-derived`
      : 'the verifier re-derived what it was given and found the receipt consistent',
  };
  const execV = ex ? (sameConditions ? execP : executionChecks(ex.session, binding, evV)) : null;
  const rc = replayCauses(fileChanges, mismatches);
  const appraisal = appraiseAll(policy, evV, workloadDigest, verifierRoots.kind, receipt.benchmark_result !== null, [integrity, ...(execV?.checks ?? [])], ignoresForPolicy, sigV, listedGpus);
  const tierV = execV ? executionTier(appraisal.checks, policy.policy, policyLabel(policy), evV) : undefined;
  const claims = claimsFor(appraisal, policy, receipt.binding.job, digests, evV, tierV, sigV);
  if (!samePolicy) {
    notes.push(
      `the verifier's policy ${policy.policy_id}@${policy.policy_digest} differs from the producer's ${receipt.policy_decision.policy_id}@${receipt.policy_decision.policy_digest}: the producer's decision is shown as its own`,
    );
  }

  const appraised = overlay(receipt, d) as Receipt;
  appraised.attestation_result = {
    ...appraised.attestation_result,
    trust_roots: verifierRoots.kind === 'shipped' ? 'shipped' : { custom: verifierRoots.digest },
    evidence: receipt.attestation_result.evidence.map((_e, i) => {
      const v = evVAt[i] ?? null;
      const base = appraised.attestation_result.evidence[i]!;
      return v
        ? { ...base, kind: v.kind, format: v.format, verified: v.status === 'verified', status: v.status, binding_matches: v.bindingMatches, detail: v.detail }
        : { ...base, verified: false, status: 'failed' as const, binding_matches: null, detail: 'evidence file missing from the receipt directory' };
    }),
  };
  appraised.runtime_measurement = runtimeMeasurement(evV);
  // The workload signature as the verifier judged it (its own trusted root and clock), not the producer's.
  if (sigV && appraised.workload.signature) {
    appraised.workload = {
      ...appraised.workload,
      signature: { ...appraised.workload.signature, status: sigV.status, signer: sigV.signer, issuer: sigV.issuer, key_fingerprint: sigV.keyFingerprint, covers_workload: sigV.coversWorkload, detail: sigV.detail },
    };
  }
  appraised.verifier_policy_id = policy.policy_id;
  appraised.policy_decision = policyDecision(policy, appraisal, 'verifier');
  appraised.claim_tier = claims.claim_tier;
  // After a mismatch the claim says what failed (the files differ from the receipt), not that the policy rejected the evidence.
  appraised.allowed_claim = mismatches.length ? replayDeniedClaim(rc, jobLabel(receipt.binding.job)) : claims.allowed_claim;
  if (ex && execV && tierV) appraised.execution = executionSection(ex.session, ex.event_log, execV.view, tierV.reason);

  return {
    ok: mismatches.length === 0,
    mismatches,
    causes: rc.causes,
    derived: rc.derived.map((m) => m.field),
    decision: appraisal.status,
    reason: appraisal.reason,
    checks: appraisal.checks,
    policy_matches_receipt: samePolicy,
    rederived,
    notes,
    receipt_dir: dir,
    unverified,
    producer: {
      status: receipt.policy_decision.status,
      reason: receipt.policy_decision.reason,
      policy_id: receipt.policy_decision.policy_id,
      appraised_by: receipt.policy_decision.appraised_by,
      claim_tier: receipt.claim_tier,
      allowed_claim: receipt.allowed_claim,
      compared: samePolicy,
    },
    appraised,
    leaves: { total: all.length, compared, self_reported: unverified.length },
    manifests: { workload: wR ? (wR.rehashed ?? wR.saved) : null, input: inR.rehashed ?? inR.saved, outputs: outManifest },
    oidc,
    evidence: evV,
  };
}

/** Re-lint each struck sentence alone; where the verifier's linter flags it, its finding is the derived one. */
async function relint(receipt: Receipt): Promise<Record<string, unknown>[]> {
  const { lint, loadShippedRules } = await import('../claims/lint/index.js');
  const rules = loadShippedRules();
  return receipt.struck_claims.map((s) => {
    const fs = lint(s.sentence, rules);
    const f = fs.find((x) => x.rule === s.rule) ?? fs[0];
    return f ? { category: f.category, rule: f.rule, rewrite: f.rewrite, why: f.why } : {};
  });
}

/** SHA256SUMS lines for a plain manifest; a keyed one cannot have them. */
function plainSums(m: Manifest): string {
  return m.resources.every((r) => r.algorithm === 'sha256') ? sha256sums(m) : '(no SHA256SUMS: the manifest is not plain sha256)';
}

/** What a leaf's mismatch came from, for the reader of a mismatch line. */
function causeOf(path: string, rederived: { workload: boolean; inputs: boolean; outputs: boolean }): string {
  const p = leafPattern(path);
  const tree = (role: 'workload' | 'inputs' | 'outputs', saved: string) => (rederived[role] ? `re-hashed --${role}` : `the saved ${saved}`);
  if (p.startsWith('workload')) return tree('workload', 'workload.manifest.json');
  if (p.startsWith('input')) return tree('inputs', 'inputs.manifest.json');
  if (p.startsWith('output')) return tree('outputs', 'outputs.manifest.json');
  if (p.startsWith('binding')) return 'recomputed the binding from the re-derived digests';
  if (p.startsWith('attestation_result') || p.startsWith('runtime_measurement')) return 're-verified the saved evidence';
  if (p.startsWith('benchmark_result')) return 'hashed the saved benchmark file';
  if (p === 'verifier_policy_id' || /^policy_decision\.(policy_|decision_ceiling)/.test(p)) return "read the producer's saved policy copy";
  if (p.startsWith('policy_decision') || p === 'claim_tier' || p === 'allowed_claim') return "re-ran the same policy on the re-verified evidence";
  if (p.startsWith('struck_claims') || p.startsWith('blocked_claims')) return 're-linted the struck sentences';
  if (p === 'job_id') return 'the job context in the binding';
  return 'derived by the verifier';
}

function isObject(v: unknown): boolean {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function lookup(root: unknown, path: string): { found: boolean; value: unknown } {
  let cur: unknown = root;
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    // The verifier derived a value of another shape here (null, or a string where the receipt has an object).
    if (cur === null || typeof cur !== 'object') return { found: true, value: cur === null ? null : `(${JSON.stringify(cur)})` };
    const key = m[1] ?? Number(m[2]);
    if (!Object.prototype.hasOwnProperty.call(cur, key)) return { found: false, value: undefined };
    cur = (cur as Record<string | number, unknown>)[key];
    if (cur === undefined) return { found: false, value: undefined };
  }
  return { found: true, value: cur };
}

/** Paths of every array in the derived view whose length the verifier knows. */
function arrayLengths(v: unknown, path = ''): [string, number][] {
  if (v === null || typeof v !== 'object') return [];
  if (Array.isArray(v)) return [[path, v.length], ...v.flatMap((x, i) => arrayLengths(x, `${path}[${i}]`))];
  return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => (x === undefined ? [] : arrayLengths(x, path ? `${path}.${k}` : k)));
}

/** The receipt with every derived value in place of the producer's (derived arrays replace wholesale). */
function overlay(base: unknown, derived: unknown): unknown {
  if (derived === undefined) return base;
  if (derived === null || typeof derived !== 'object') return derived;
  if (Array.isArray(derived)) {
    const b = Array.isArray(base) ? base : [];
    return derived.map((x, i) => overlay(b[i], x));
  }
  const b = base !== null && typeof base === 'object' && !Array.isArray(base) ? (base as Record<string, unknown>) : {};
  const out: Record<string, unknown> = { ...b };
  for (const [k, x] of Object.entries(derived as Record<string, unknown>)) out[k] = overlay(b[k], x);
  return out;
}

