/**
 * `compare` (DESIGN §6, tier `reproduced`; docs/compare.md): verify each receipt as `verify` does,
 * under the verifier's policy, then compare what the verifier re-derived — workload, input
 * commitment, outputs — file by file from the manifests, and state the jobs' independence by what
 * was verified. Disagreeing digests deny; requirements that are not met (too few distinct jobs, a
 * keyed commitment the verifier could not recompute, no `reproduction` block) hold.
 */
import { sha256Prefixed } from '../binding/binding.js';
import { jobLabel } from '../binding/job.js';
import { STANDING_BLOCKED_CLAIMS } from '../claims/tiers.js';
import { type Basis, REPRODUCTION_BLOCKED_CLAIMS, compareTier, reproducedClaim } from '../claims/reproduced.js';
import type { Manifest } from '../digest/index.js';
import { loadPolicy } from '../policy/index.js';
import { type Reproduction, reproductionSchema } from '../policy/reproduction.js';
import type { Check } from '../policy/types.js';
import { loadReceipt, verifyReceipt, type VerifyResult } from '../receipt/replay.js';
import type { Receipt } from '../receipt/schema.js';
import type { RunDeps } from '../run.js';
import { PRODUCER_NAME, VERSION } from '../version.js';
import { comparable, diffManifests, digestWithout, isEqual, type ManifestDiff } from './diff.js';
import { distinctCount, distinctPlatforms, platformIds, selfReportedJob, selfReportedRunner, verifiedRun } from './independence.js';
import { COMPARE_SCHEMA_VERSION, type CompareReceipt, NAMES_MAX, type RoleComparison } from './schema.js';

export interface CompareOptions {
  /** Receipts (receipt.json or its directory), two or more. */
  receipts: string[];
  /** The verifier's own policy (name or path); its `reproduction` block sets what a reproduction needs. */
  policy: string;
  /** The workload and inputs the verifier holds: when given, every receipt is re-hashed against them. */
  workload?: string[];
  inputs?: string[];
  /** The input key, to recompute keyed (hmac-sha256) input commitments from `inputs`. */
  inputKey?: Buffer;
  at?: Date;
  trustRootsDir?: string;
  network: boolean;
  oidcJwks?: string;
}

/** One receipt as compare saw it: what it loaded, and verify's result. */
export interface CompareSide {
  path: string;
  digest: string;
  receipt: Receipt;
  verify: VerifyResult;
  /** Whether its input commitment is keyed (hmac-sha256), by its bound prefix. */
  keyed: boolean;
}

export interface CompareResult {
  compare: CompareReceipt;
  sides: CompareSide[];
}

type Role = 'workload' | 'inputs' | 'outputs';

const DEFAULT_REPRODUCTION: Reproduction = reproductionSchema.parse({});

function worst(outcomes: Check['outcome'][]): Check['outcome'] {
  return outcomes.includes('deny') ? 'deny' : outcomes.includes('hold') ? 'hold' : 'pass';
}

function capNames(xs: string[]): string[] {
  return xs.slice(0, NAMES_MAX);
}

function showNames(xs: string[], max = 5): string {
  return xs.slice(0, max).map((x) => JSON.stringify(x)).join(', ') + (xs.length > max ? `, … (${xs.length} in all)` : '');
}

export async function compareReceipts(opts: CompareOptions, deps: RunDeps): Promise<CompareResult> {
  if (opts.receipts.length < 2) throw new TypeError('compareReceipts: give two or more receipts');
  const policy = await loadPolicy(opts.policy, { cwd: deps.cwd });
  const repro = policy.policy.reproduction ?? DEFAULT_REPRODUCTION;

  // ---- Each receipt, verified as `verify` verifies it, under the verifier's policy.
  const sides: CompareSide[] = [];
  for (const path of opts.receipts) {
    const { receipt, bytes } = await loadReceipt(path, deps.cwd);
    const keyed = receipt.binding.input_commitment.startsWith('hmac-sha256:');
    // A keyed commitment is re-derived only with the key; without it the inputs are not re-hashed
    // for that receipt (verify would refuse), and the inputs comparison holds.
    const inputs = opts.inputs?.length && (!keyed || opts.inputKey) ? opts.inputs : undefined;
    const v = await verifyReceipt(
      {
        receipt: path,
        policy: opts.policy,
        network: opts.network,
        ...(opts.workload?.length ? { workload: opts.workload } : {}),
        ...(inputs ? { inputs } : {}),
        ...(opts.inputKey && keyed ? { inputKey: opts.inputKey } : {}),
        ...(opts.at ? { at: opts.at } : {}),
        ...(opts.trustRootsDir ? { trustRootsDir: opts.trustRootsDir } : {}),
        ...(opts.oidcJwks ? { oidcJwks: opts.oidcJwks } : {}),
      },
      deps,
    );
    sides.push({ path, digest: sha256Prefixed(bytes), receipt, verify: v, keyed });
  }

  const checks: Check[] = [];
  if (!policy.policy.reproduction) {
    checks.push({
      id: 'compare.policy',
      outcome: 'hold',
      observed: 'no reproduction block',
      expected: 'a reproduction block in the verifier policy',
      detail: `the verifier's policy ${policy.policy_id} has no reproduction block, so it does not say what a reproduction needs (docs/compare.md)`,
    });
  }

  sides.forEach((s, i) => {
    const v = s.verify;
    const bad = !v.ok || v.decision === 'deny';
    checks.push({
      id: `compare.receipt.${i + 1}`,
      outcome: bad ? 'deny' : 'pass',
      observed: !v.ok ? `${v.mismatches.length} mismatch(es): ${v.mismatches.slice(0, 5).map((m) => m.field).join(', ')}` : `decision ${v.decision}, claim tier ${v.appraised.claim_tier}`,
      expected: 'verifies with no mismatch and is not denied by the policy',
      detail: !v.ok
        ? `receipt ${i + 1} (${s.digest}) does not verify: what it records cannot be compared`
        : v.decision === 'deny'
          ? `receipt ${i + 1} (${s.digest}) is denied by policy ${policy.policy_id}: ${v.reason}`
          : `receipt ${i + 1} (${s.digest}) verified; it keeps its own decision (${v.decision}) and claim tier (${v.appraised.claim_tier})`,
    });
  });

  // ---- Workload, inputs, outputs: equal file by file, or the names that differ.
  const distinctReceipts = new Set(sides.map((s) => s.digest)).size;
  const roleCmp = (role: Role): { cmp: RoleComparison; diffs: { receipt: number; d: ManifestDiff }[]; outcome: Check['outcome'] } => {
    const manifest = (s: CompareSide): Manifest | null => (role === 'workload' ? s.verify.manifests.workload : role === 'inputs' ? s.verify.manifests.input : s.verify.manifests.outputs);
    const digestOf = (s: CompareSide): string => (role === 'workload' ? s.verify.appraised.workload_digest : role === 'inputs' ? s.verify.appraised.input_commitment : s.verify.appraised.output_digest);
    const rehashed = (s: CompareSide) => s.verify.rederived[role];
    const ref = sides[0]!;
    const refM = manifest(ref);
    const base = { digest: digestOf(ref), files: refM ? refM.resources.length : null, differences: [] as RoleComparison['differences'] };
    const all = sides.every(rehashed);
    const basis = all
      ? `every receipt re-hashed from --${role} (the files the verifier holds)`
      : sides.some(rehashed)
        ? `--${role} re-hashed for some receipts; the saved manifests, checked against the bound digests, for the others`
        : 'the saved manifests, checked against the bound digests';

    if (role === 'inputs') {
      const unkeyedless = sides.filter((s) => s.keyed && !rehashed(s));
      if (unkeyedless.length) {
        const why = opts.inputKey ? 'give --inputs: a keyed commitment is recomputed from the input files with the key' : 'the verifier does not hold the input key (--input-key-file or COMPUTE_RECEIPT_INPUT_KEY) and --inputs';
        return {
          cmp: { ...base, result: 'not-compared', basis, matching: null, detail: `keyed input commitments (hmac-sha256) not recomputed for receipt(s) ${unkeyedless.map((s) => sides.indexOf(s) + 1).join(', ')}: ${why}` },
          diffs: [],
          outcome: 'hold',
        };
      }
    }
    if (role === 'workload' && sides.some((s) => s.receipt.workload.kind === 'image')) {
      const other = sides.filter((s) => digestOf(s) !== digestOf(ref));
      const mixed = sides.some((s) => s.receipt.workload.kind !== 'image');
      const eq = !other.length && !mixed;
      return {
        cmp: { ...base, result: eq ? 'equal' : 'differ', basis: 'the container image digests bound in each receipt', files: null, matching: null, detail: eq ? `every receipt names the image ${digestOf(ref)}` : `the workload images differ: receipt(s) ${other.map((s) => sides.indexOf(s) + 1).join(', ')}${mixed ? '; some receipts name files, not an image' : ''}` },
        diffs: [],
        outcome: eq ? 'pass' : 'deny',
      };
    }
    const allow = role === 'outputs' ? repro.allow_differ : [];
    const diffs: { receipt: number; d: ManifestDiff }[] = [];
    const differences: RoleComparison['differences'] = [];
    let matchingNames: Set<string> | null = refM ? new Set(refM.resources.map((r) => r.name)) : null;
    const problems: string[] = [];
    for (const [i, s] of sides.entries()) {
      if (i === 0) continue;
      const m = manifest(s);
      if (!refM || !m) {
        problems.push(`receipt ${!refM ? 1 : i + 1} has no ${role} manifest`);
        continue;
      }
      // Receipts whose inputs the verifier re-hashed from the same files are equal whatever their scheme.
      if (role === 'inputs' && rehashed(ref) && rehashed(s) && ref.verify.ok && s.verify.ok) continue;
      const why = comparable(refM, m);
      if (why) {
        if (digestOf(s) !== digestOf(ref)) problems.push(`receipt ${i + 1} cannot be compared file by file (${why})`);
        continue;
      }
      const d = diffManifests(refM, m, allow);
      diffs.push({ receipt: i + 1, d });
      const refDigests = new Map(refM.resources.map((r) => [r.name, r.digest]));
      const mine = new Set(m.resources.filter((r) => refDigests.get(r.name) === r.digest).map((r) => r.name));
      matchingNames = new Set([...(matchingNames ?? [])].filter((n) => mine.has(n)));
      if (!isEqual(d)) {
        differences.push({
          receipt: i + 1,
          matching: d.matching,
          differing: capNames(d.differing),
          differing_count: d.differing.length,
          only_in_reference: capNames(d.only_in_reference),
          only_in_reference_count: d.only_in_reference.length,
          only_in_receipt: capNames(d.only_in_receipt),
          only_in_receipt_count: d.only_in_receipt.length,
        });
      }
    }
    const allowedNames = new Set(diffs.flatMap((x) => x.d.allowed.map((a) => a.name)));
    const matching = matchingNames ? [...matchingNames].filter((n) => !allowedNames.has(n)).length : null;
    if (problems.length) {
      return { cmp: { ...base, differences, result: 'not-compared', basis, matching, detail: problems.join('; ') }, diffs, outcome: 'hold' };
    }
    if (differences.length) {
      const lines = differences.map((d) => {
        const parts = [
          d.differing_count ? `${d.differing_count} differ (${showNames(d.differing)})` : '',
          d.only_in_reference_count ? `${d.only_in_reference_count} only in receipt 1 (${showNames(d.only_in_reference)})` : '',
          d.only_in_receipt_count ? `${d.only_in_receipt_count} only in receipt ${d.receipt} (${showNames(d.only_in_receipt)})` : '',
        ].filter(Boolean);
        return `receipt ${d.receipt} vs receipt 1: ${parts.join('; ')}; ${d.matching} match`;
      });
      return { cmp: { ...base, differences, result: 'differ', basis, matching, detail: lines.join('\n') }, diffs, outcome: 'deny' };
    }
    const allowedNote = allowedNames.size ? `; ${allowedNames.size} file(s) differ that the policy allows to differ (${showNames([...allowedNames])})` : '';
    return {
      cmp: { ...base, differences, result: 'equal', basis, matching, detail: `${matching ?? 0} of ${base.files ?? 0} file(s) equal in all ${sides.length} receipts${allowedNote}` },
      diffs,
      outcome: 'pass',
    };
  };

  const roles: Record<Role, ReturnType<typeof roleCmp>> = { workload: roleCmp('workload'), inputs: roleCmp('inputs'), outputs: roleCmp('outputs') };
  for (const role of ['workload', 'inputs', 'outputs'] as const) {
    const r = roles[role];
    checks.push({
      id: `compare.${role}`,
      outcome: r.outcome,
      observed: r.cmp.result === 'equal' ? `equal (${r.cmp.digest ?? '—'})` : r.cmp.result,
      expected: `the same ${role === 'inputs' ? 'input commitment' : role} in every receipt`,
      detail: r.cmp.detail,
    });
  }

  // ---- Outputs the policy allows to differ: each with its reason, never silently.
  const allowed = new Map<string, { name: string; reason: string; receipts: number[] }>();
  for (const { receipt, d } of roles.outputs.diffs) {
    for (const a of d.allowed) {
      const e = allowed.get(a.name) ?? { name: a.name, reason: a.reason, receipts: [] };
      e.receipts.push(receipt);
      allowed.set(a.name, e);
    }
  }
  const allowedList = [...allowed.values()].slice(0, NAMES_MAX);
  const refOut = sides[0]!.verify.manifests.outputs;
  const comparedDigest = allowedList.length && refOut ? digestWithout(refOut, repro.allow_differ) : null;

  // ---- Independence.
  const unique = sides.filter((s, i) => sides.findIndex((x) => x.digest === s.digest) === i);
  const oidcRuns = unique.map((s) => (s.verify.oidc?.status === 'verified' ? verifiedRun(s.verify.oidc.claims) : null));
  const jobsVerified = distinctCount(oidcRuns);
  const jobsSelf = distinctCount(unique.map((s) => selfReportedJob(s.receipt.binding.job)));
  const platforms = unique.map((s) => platformIds(s.verify.evidence));
  const runnersVerified = distinctPlatforms(platforms);
  const runnersSelf = distinctCount(unique.map((s) => selfReportedRunner(s.receipt.deployment.runner)));
  const providersSelf = distinctCount(unique.map((s) => s.receipt.deployment.provider));
  const min = repro.min_receipts;
  const basisOf = (verified: number, self: number): Basis => (verified >= min ? 'verified' : self >= min ? 'self-reported' : 'none');
  const jobsBasis = basisOf(jobsVerified, jobsSelf);
  const runnersBasis = basisOf(runnersVerified, runnersSelf);
  const providersBasis = basisOf(0, providersSelf);

  checks.push({
    id: 'compare.receipts',
    outcome: distinctReceipts >= min ? 'pass' : 'hold',
    observed: `${distinctReceipts} distinct receipt(s) of ${sides.length} given`,
    expected: `at least ${min}`,
    detail: distinctReceipts < sides.length ? 'the same receipt was given more than once; it counts once' : 'every receipt given is a different receipt',
  });
  const need = (kind: 'jobs' | 'runners' | 'providers', required: string, verified: number, self: number, what: string): Check => {
    const ok = required === 'not-required' || (required === 'verified' ? verified >= min : Math.max(verified, self) >= min);
    return {
      id: `compare.distinct.${kind}`,
      outcome: ok ? 'pass' : 'hold',
      observed: `${verified} distinct by verified ${what}, ${self} by self-report`,
      expected: required === 'not-required' ? 'not required' : `at least ${min} distinct ${kind} (${required})`,
      detail: ok
        ? required === 'not-required'
          ? `the policy does not require distinct ${kind}`
          : `${Math.max(verified, self)} distinct ${kind}; the claim says what that rests on`
        : `too few distinct ${kind} for a reproduction: ${kind === 'jobs' ? 'the same job (or the same run and attempt) cannot reproduce itself' : `the policy requires ${min} distinct ${kind} (${required})`}`,
    };
  };
  checks.push(need('jobs', repro.distinct.jobs, jobsVerified, jobsSelf, 'OIDC identity (run id and attempt)'));
  checks.push(need('runners', repro.distinct.runners, runnersVerified, runnersSelf, 'TEE platform identifiers'));
  checks.push(need('providers', repro.distinct.providers, 0, providersSelf, 'means (none exist)'));

  const status = worst(checks.map((c) => c.outcome));
  const deciding = checks.filter((c) => c.outcome === status && status !== 'pass').map((c) => c.id);
  const reason = status === 'pass' ? 'every comparison and requirement passed' : `${status} by ${deciding.join(', ')}`;
  // Distinct job labels, in receipt order (the same job once).
  const labels = [...new Set(unique.map((s) => jobLabel(s.receipt.binding.job)))];
  const claim = reproducedClaim({
    status,
    deciding,
    policyId: policy.policy_id,
    policyDigest: policy.policy_digest,
    jobs: labels,
    workloadDigest: roles.workload.cmp.digest ?? sides[0]!.verify.appraised.workload_digest,
    inputCommitment: roles.inputs.cmp.digest ?? sides[0]!.verify.appraised.input_commitment,
    outputDigest: roles.outputs.cmp.digest ?? sides[0]!.verify.appraised.output_digest,
    allowed: allowedList,
    comparedOutputDigest: comparedDigest,
    receipts: sides.length,
    basis: {
      jobs: jobsBasis,
      runners: runnersBasis,
      providers: providersBasis,
    },
  });

  const compare: CompareReceipt = {
    schema_version: COMPARE_SCHEMA_VERSION,
    compared_at: deps.now().toISOString(),
    producer: { name: PRODUCER_NAME, version: VERSION },
    policy: { policy_id: policy.policy_id, policy_version: policy.policy_version, policy_digest: policy.policy_digest },
    receipts: sides.map((s) => {
      const run = s.verify.oidc?.status === 'verified' ? verifiedRun(s.verify.oidc.claims) : null;
      const plats = platformIds(s.verify.evidence);
      return {
        digest: s.digest,
        receipt_id: s.receipt.receipt_id,
        job: s.receipt.binding.job,
        job_label: jobLabel(s.receipt.binding.job),
        oidc: s.verify.oidc?.status ?? 'none',
        oidc_run: run,
        platforms: plats,
        runner: s.receipt.deployment.runner,
        provider: s.receipt.deployment.provider,
        self_reported: [...(run ? [] : (['job'] as const)), ...(plats.length ? [] : (['runner'] as const)), 'provider' as const],
        verify: {
          ok: s.verify.ok,
          mismatches: s.verify.mismatches.length,
          decision: s.verify.decision,
          claim_tier: s.verify.appraised.claim_tier,
          allowed_claim: s.verify.appraised.allowed_claim,
        },
      };
    }),
    workload: roles.workload.cmp,
    inputs: roles.inputs.cmp,
    outputs: { ...roles.outputs.cmp, compared_digest: comparedDigest, allowed_to_differ: allowedList },
    independence: {
      min_receipts: min,
      distinct_receipts: distinctReceipts,
      jobs: { required: repro.distinct.jobs, basis: jobsBasis, verified: jobsVerified, self_reported: jobsSelf },
      runners: { required: repro.distinct.runners, basis: runnersBasis, verified: runnersVerified, self_reported: runnersSelf },
      providers: { required: repro.distinct.providers, basis: providersBasis, verified: 0, self_reported: providersSelf },
    },
    checks,
    decision: { status, reason },
    claim_tier: compareTier(status),
    allowed_claim: claim,
    blocked_claims: [...STANDING_BLOCKED_CLAIMS, ...REPRODUCTION_BLOCKED_CLAIMS],
  };
  return { compare, sides };
}
