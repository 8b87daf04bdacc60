/**
 * Appraisal: verified evidence x policy -> every check's outcome. Pure; checks no signature itself
 * (the verifiers did that; their result arrives as `status` and `bindingMatches`).
 *
 * - Every evidence item gets `evidence.<i>.<label>.verified` and `.binding`. A failed signature, chain
 *   or binding denies and can never be waived.
 * - `evidence.required` is satisfied only by accepted evidence (verified, binding matched). A kind that
 *   is present but not accepted takes that item's own outcome (so "collateral unavailable" stays on
 *   on_verifier_unavailable rather than turning into on_missing); an absent kind takes on_missing.
 * - Per-kind blocks run over verified evidence of their kind. When the kind is required and absent,
 *   their checks appear as "not evaluated" with the requirement's outcome. Nothing unevaluated passes.
 * - Waivers apply last. See check-ids.ts for every id.
 */
import type { VerifiedEvidence } from '../evidence/types.js';
import { policyCanEmit, UNWAIVABLE } from './check-ids.js';
import { notEvaluated, type Rule, type RuleContext, type Subject } from './rules/common.js';
import { gpuRules, gpuSubjects } from './rules/nvidia-gpu.js';
import { snpRules } from './rules/sev-snp.js';
import { tdxRules } from './rules/tdx.js';
import type { Outcome, Policy, PolicyEvidenceKind, WorkloadSigner } from './schema.js';
import type { WorkloadSignatureFacts } from '../provenance/index.js';
import { better, worse, type AppraisalInput, type Check } from './types.js';

interface Item {
  index: number;
  ev: VerifiedEvidence;
  /** The kind as appraised: simulated quotes count as `simulated` whatever else they claim. */
  kind: PolicyEvidenceKind | null;
  label: string;
  verified: Check;
  binding: Check;
  /** Verified and bound to this job: the only evidence that satisfies a requirement. */
  accepted: boolean;
}

export function appraise(policy: Policy, input: AppraisalInput): Check[] {
  const items = input.evidence.map((ev, i) => describe(policy, ev, i));
  const checks: Check[] = items.flatMap((it) => [it.verified, it.binding]);

  const { check: required, unmet } = requiredCheck(policy, items);
  checks.push(required);
  if (policy.evidence.required.length === 0) checks.push(acceptedCheck(items));
  checks.push(trustRootsCheck(policy, input, items));
  const simulated = simulatedCheck(policy, items);
  if (simulated) checks.push(simulated);
  if (input.verifierUnavailable && input.verifierUnavailable.length > 0) {
    checks.push({
      id: 'evidence.verifier_unavailable',
      outcome: policy.evidence.on_verifier_unavailable,
      observed: input.verifierUnavailable.join('; '),
      expected: 'every verifier available',
      detail: `a verifier could not run (on_verifier_unavailable: ${policy.evidence.on_verifier_unavailable})`,
    });
  }

  const ctx: RuleContext = { notEvaluated: policy.evidence.on_verifier_unavailable };
  const blocks: [PolicyEvidenceKind, Rule[]][] = [];
  if (policy.tdx) blocks.push(['tdx', tdxRules(policy.tdx, ctx)]);
  if (policy['sev-snp']) blocks.push(['sev-snp', snpRules(policy['sev-snp'], ctx)]);
  if (policy['nvidia-gpu']) blocks.push(['nvidia-gpu', gpuRules(policy['nvidia-gpu'], ctx)]);
  for (const [kind, rules] of blocks) {
    const subjects: Subject[] = items
      .filter((it) => it.kind === kind && it.ev.status === 'verified')
      .map((it) => ({ label: `evidence.${it.index}`, claims: it.ev.claims ?? {} }));
    if (subjects.length > 0) {
      for (const r of rules) checks.push({ id: r.id, expected: r.expected, ...r.evaluate(subjects) });
    } else {
      const outcome = unmet.get(kind);
      if (outcome) for (const r of rules) checks.push(notEvaluated(r, outcome, `no verified ${kind} evidence (evidence.required: ${outcome})`));
    }
  }

  if (policy['nvidia-gpu']?.all_listed === 'require') checks.push(allListedCheck(items, input.listedGpus ?? null, policy.evidence.on_verifier_unavailable));
  if (policy.workload?.digests) checks.push(workloadCheck(policy.workload.digests, input.workloadDigest));
  const sig = input.workloadSignature ?? null;
  if (sig) checks.push(signatureCheck(sig, policy.evidence.on_verifier_unavailable));
  if (policy.workload?.signers) checks.push(signersCheck(policy.workload.signers, sig, input.workloadDigest, policy.evidence.on_verifier_unavailable));
  const ignores = ignoreCheck(policy, input);
  if (ignores) checks.push(ignores);
  checks.push({
    id: 'benchmark.context-only',
    outcome: 'pass',
    observed: input.benchmarkPresent ? 'present' : 'absent',
    expected: 'context-only',
    detail: input.benchmarkPresent
      ? 'the benchmark is recorded as capacity context only and was not used as evidence'
      : 'no benchmark was given; a benchmark is capacity context only and is never used as evidence',
  });
  return applyWaivers(policy, checks);
}

/**
 * Every GPU the host listed has attested: the distinct verified GPUs (SPDM and NRAS joined by ueid)
 * are at least as many as the host's inventory lists. The inventory is self-reported, so it can only
 * make the check stricter: a host that hides a GPU from nvidia-smi is not caught here.
 */
function allListedCheck(items: Item[], listed: number | null, notEvaluated: 'hold' | 'deny'): Check {
  const id = 'nvidia-gpu.all_listed';
  if (listed === null) {
    return { id, outcome: notEvaluated, observed: null, expected: 'every listed GPU attested', detail: 'not evaluated: no GPU inventory (nvidia-smi -q -x) was recorded' };
  }
  const subjects = items
    .filter((it) => it.kind === 'nvidia-gpu' && it.ev.status === 'verified' && it.ev.bindingMatches === true)
    .map((it) => ({ label: `evidence.${it.index}`, claims: it.ev.claims ?? {} }));
  const attested = gpuSubjects(subjects).filter((s) => s.unreadable === undefined).length;
  const observed = `${attested} attested of ${listed} listed`;
  return attested >= listed
    ? { id, outcome: 'pass', observed, expected: `>= ${listed}`, detail: 'every GPU the host lists (nvidia-smi, self-reported) has attested' }
    : { id, outcome: 'deny', observed, expected: `>= ${listed}`, detail: `the host lists ${listed} GPU(s) (nvidia-smi, self-reported) but only ${attested} attested` };
}

function isSimulated(ev: VerifiedEvidence): boolean {
  return ev.kind === 'simulated' || ev.format === 'simulated-tdx-quote' || ev.claims?.['simulated'] === true;
}

function describe(policy: Policy, ev: VerifiedEvidence, index: number): Item {
  const kind = isSimulated(ev) ? 'simulated' : ev.kind;
  const label = kind ?? ev.format;
  const base = `evidence.${index}.${label}`;
  const e = policy.evidence;
  const what = `${ev.format} (${ev.file})`;

  let verified: Check;
  switch (ev.status) {
    case 'verified':
      verified = { id: `${base}.verified`, outcome: 'pass', observed: 'verified', expected: 'verified', detail: `${what}: ${ev.detail}` };
      break;
    case 'failed':
      verified = {
        id: `${base}.verified`,
        outcome: 'deny',
        observed: 'failed',
        expected: 'verified',
        detail: `${what}: ${ev.detail} (a signature, chain or binding failure always denies)`,
      };
      break;
    case 'unsupported':
      verified = {
        id: `${base}.verified`,
        outcome: e.on_unsupported,
        observed: 'unsupported',
        expected: 'verified',
        detail: `${what}: ${ev.detail} (on_unsupported: ${e.on_unsupported})`,
      };
      break;
    case 'unavailable':
      verified = {
        id: `${base}.verified`,
        outcome: e.on_verifier_unavailable,
        observed: 'unavailable',
        expected: 'verified',
        detail: `${what}: ${ev.detail} (on_verifier_unavailable: ${e.on_verifier_unavailable})`,
      };
      break;
  }

  let binding: Check;
  if (ev.bindingMatches === true) {
    binding = { id: `${base}.binding`, outcome: 'pass', observed: 'match', expected: 'match', detail: "the evidence's report_data/nonce equals this job's binding" };
  } else if (ev.bindingMatches === false) {
    binding = {
      id: `${base}.binding`,
      outcome: 'deny',
      observed: 'mismatch',
      expected: 'match',
      detail: "the evidence's report_data/nonce does not equal this job's binding: it belongs to another job or was altered",
    };
  } else {
    const [outcome, rule] = ev.status === 'unsupported' ? [e.on_unsupported, 'on_unsupported'] : [e.on_verifier_unavailable, 'on_verifier_unavailable'];
    binding = { id: `${base}.binding`, outcome, observed: null, expected: 'match', detail: `not evaluated: the binding could not be checked (${rule}: ${outcome})` };
  }

  return { index, ev, kind, label, verified, binding, accepted: ev.status === 'verified' && ev.bindingMatches === true };
}

/** Own outcome of an item that is present but not accepted. */
function ownOutcome(it: Item): Outcome {
  return worse(it.verified.outcome, it.binding.outcome);
}

function requiredCheck(policy: Policy, items: Item[]): { check: Check; unmet: Map<PolicyEvidenceKind, Outcome> } {
  const groups = policy.evidence.required.map((g) => (Array.isArray(g) ? g : [g]));
  const unmet = new Map<PolicyEvidenceKind, Outcome>();
  const observed = items.length === 0 ? 'none' : items.map((it) => `evidence.${it.index}: ${it.label} ${it.ev.status}`).join(', ');
  if (groups.length === 0) {
    return {
      check: {
        id: 'evidence.required',
        outcome: 'pass',
        observed,
        expected: 'nothing',
        detail: items.length === 0 ? 'this policy requires no runtime evidence and none was presented' : 'this policy requires no runtime evidence',
      },
      unmet,
    };
  }
  let outcome: Outcome = 'pass';
  const parts: string[] = [];
  for (const kinds of groups) {
    const name = kinds.join(' or ');
    const accepted = items.filter((it) => it.accepted && it.kind !== null && kinds.includes(it.kind));
    if (accepted.length > 0) {
      parts.push(`${name}: satisfied by ${accepted.map((it) => `evidence.${it.index}`).join(', ')}`);
      continue;
    }
    const present = items.filter((it) => it.kind !== null && kinds.includes(it.kind));
    let o: Outcome;
    if (present.length > 0) {
      o = present.map(ownOutcome).reduce(better);
      parts.push(`${name}: presented but not accepted (${present.map((it) => `evidence.${it.index} ${it.ev.status}`).join(', ')})`);
    } else {
      o = policy.evidence.on_missing;
      parts.push(`${name}: missing (on_missing: ${o})`);
    }
    // Never pass a requirement nothing accepted satisfies, whatever the items' own checks say.
    o = worse(o, 'hold');
    for (const k of kinds) unmet.set(k, o);
    outcome = worse(outcome, o);
  }
  return {
    check: {
      id: 'evidence.required',
      outcome,
      observed,
      expected: groups.map((k) => (k.length > 1 ? `(${k.join(' or ')})` : k[0]!)).join(' and '),
      detail: parts.join('; '),
    },
    unmet,
  };
}

/**
 * A policy that requires no evidence still cannot pass a job none of whose evidence was accepted:
 * claim tier `none` pairs with hold (DESIGN §6), so "nothing required" never reads as "verified".
 */
function acceptedCheck(items: Item[]): Check {
  const accepted = items.filter((it) => it.accepted);
  return accepted.length > 0
    ? {
        id: 'evidence.accepted',
        outcome: 'pass',
        observed: accepted.map((it) => `evidence.${it.index}`).join(', '),
        expected: 'at least one accepted piece of evidence',
        detail: 'verified evidence bound to this job was accepted',
      }
    : {
        id: 'evidence.accepted',
        outcome: 'hold',
        observed: 'none',
        expected: 'at least one accepted piece of evidence',
        detail: 'no runtime evidence was accepted, so nothing about the runtime can pass (tier none pairs with hold)',
      };
}

/** The trees' ignores beyond the defaults: the verifier's policy decides, the producer's list is only reported. */
function ignoreCheck(policy: Policy, input: AppraisalInput): Check | null {
  const given = input.ignorePaths ?? {};
  const roles = (['workload', 'inputs', 'outputs'] as const).map((r) => [r, given[r] ?? []] as [string, string[]]).filter(([, ps]) => ps.length > 0);
  if (roles.length === 0) return null;
  const allowed = new Set(policy.allowed_ignores);
  const observed = roles.map(([r, ps]) => `${r}: ${ps.join(', ')}`).join('; ');
  const bad = roles.flatMap(([r, ps]) => ps.filter((p) => !allowed.has(p)).map((p) => `${r} ${JSON.stringify(p)}`));
  const expected = policy.allowed_ignores.length ? `only ${policy.allowed_ignores.join(', ')}` : 'the default ignores only';
  return bad.length
    ? {
        id: 'hashing.ignore_paths',
        outcome: 'deny',
        observed,
        expected,
        detail: `left out of the hash but not allowed by the policy's allowed_ignores: ${bad.join(', ')}`,
      }
    : { id: 'hashing.ignore_paths', outcome: 'pass', observed, expected, detail: "every path left out of the hash is in the policy's allowed_ignores" };
}

function trustRootsCheck(policy: Policy, input: AppraisalInput, items: Item[]): Check {
  const custom = input.trustRoots === 'custom' || items.some((it) => it.ev.trustRoots === 'custom');
  const observed = custom ? 'custom' : 'shipped';
  if (policy.evidence.trust_roots === 'any') {
    return {
      id: 'evidence.trust_roots',
      outcome: 'pass',
      observed,
      expected: 'shipped or custom',
      detail: 'this policy accepts any trust roots (for demos and tests only)',
    };
  }
  return custom
    ? {
        id: 'evidence.trust_roots',
        outcome: 'deny',
        observed,
        expected: 'shipped',
        detail: 'custom trust roots were used; this policy accepts only the shipped vendor roots',
      }
    : { id: 'evidence.trust_roots', outcome: 'pass', observed, expected: 'shipped', detail: 'chains were checked against the shipped vendor roots' };
}

function simulatedCheck(policy: Policy, items: Item[]): Check | null {
  const sims = items.filter((it) => it.kind === 'simulated');
  if (sims.length === 0) return null;
  const observed = `simulated (${sims.map((it) => `evidence.${it.index}`).join(', ')})`;
  return policy.evidence.accept_simulated
    ? {
        id: 'evidence.simulated',
        outcome: 'pass',
        observed,
        expected: 'simulated accepted',
        detail: 'simulated evidence is accepted by this policy (demo only); it makes no hardware claim',
      }
    : {
        id: 'evidence.simulated',
        outcome: 'deny',
        observed,
        expected: 'no simulated evidence',
        detail: 'simulated evidence is signed by a throwaway key and shows nothing about hardware; this policy does not accept it',
      };
}

/** How a signer is shown: a key by its fingerprint, an identity with its issuer. */
export function signerLabel(s: Pick<WorkloadSignatureFacts, 'method' | 'signer' | 'issuer'>): string {
  return s.method === 'key' || s.issuer === null ? s.signer : `${s.signer} (issuer ${s.issuer})`;
}

/** The model_signing signature itself: a failed signature, chain or file comparison always denies. */
function signatureCheck(sig: WorkloadSignatureFacts, unavailable: 'hold' | 'deny'): Check {
  const base = { id: 'workload.signature', observed: `${sig.method}: ${sig.status}, signer ${signerLabel(sig)}, subject ${sig.subjectDigest}`, expected: 'a valid signature over a manifest equal to the workload' };
  switch (sig.status) {
    case 'verified':
      return { ...base, outcome: 'pass', detail: sig.detail };
    case 'unavailable':
      return { ...base, outcome: unavailable, detail: `${sig.detail} (on_verifier_unavailable: ${unavailable})` };
    case 'failed':
      return { ...base, outcome: 'deny', detail: sig.detail };
  }
}

function signerMatches(s: WorkloadSigner, sig: WorkloadSignatureFacts): boolean {
  if ('key' in s) return sig.keyFingerprint === s.key;
  return sig.method !== 'key' && sig.signer === s.identity && sig.issuer === s.issuer;
}

/** `workload.signers`: the whole workload is signed, verifiably, by a listed signer. */
function signersCheck(signers: WorkloadSigner[], sig: WorkloadSignatureFacts | null, workloadDigest: string, unavailable: 'hold' | 'deny'): Check {
  const expected = signers.map((s) => ('key' in s ? s.key : `${s.identity} (issuer ${s.issuer})`)).join(', ');
  const base = { id: 'workload.signers', expected };
  if (!sig) return { ...base, observed: 'unsigned', outcome: 'deny', detail: 'the policy lists workload signers and no workload signature was given (--workload-signature)' };
  const observed = signerLabel(sig);
  if (sig.status === 'failed') return { ...base, observed, outcome: 'deny', detail: `the workload signature did not verify: ${sig.detail}` };
  if (sig.status === 'unavailable') return { ...base, observed, outcome: unavailable, detail: `the signer could not be verified: ${sig.detail} (on_verifier_unavailable: ${unavailable})` };
  if (!signers.some((s) => signerMatches(s, sig))) return { ...base, observed, outcome: 'deny', detail: `signed by ${observed}, which the policy does not list` };
  if (!sig.coversWorkload) {
    const names = sig.unsigned.slice(0, 5).map((n) => JSON.stringify(n)).join(', ');
    return {
      ...base,
      observed,
      outcome: 'deny',
      detail: `signed by a listed signer, but the workload digest ${workloadDigest} is not the signed subject ${sig.subjectDigest}: the workload holds files the signature does not cover${names ? ` (${names})` : ''}; leave them out of the workload (--ignore) to match`,
    };
  }
  return { ...base, observed, outcome: 'pass', detail: `the workload ${workloadDigest} is signed by ${observed}, a listed signer` };
}

function workloadCheck(digests: string[], observed: string): Check {
  const base = { id: 'workload.digests', observed, expected: digests.length === 0 ? null : digests.join(', ') };
  if (digests.length === 0) {
    return { ...base, outcome: 'hold', detail: 'not pinned: the policy lists no workload digest; pin the observed digest in a copy of the policy' };
  }
  return digests.includes(observed)
    ? { ...base, outcome: 'pass', detail: "the workload digest is on the policy's allow-list" }
    : { ...base, outcome: 'deny', detail: "the workload digest is not on the policy's allow-list" };
}

/**
 * A waiver turns its check into a pass and is copied into it. Signature, chain and binding checks (and
 * the simulated / trust-roots checks, which have their own switches) cannot be waived. A waiver that
 * names no check this policy can produce is a schema error at load; should such a policy reach here
 * anyway, it yields a `waivers.<id>` hold rather than passing silently. A waiver for a check that this
 * run did not produce (e.g. `tdx.*` when SNP satisfied the requirement) is simply unused.
 */
function applyWaivers(policy: Policy, checks: Check[]): Check[] {
  const out = checks.map((c) => {
    const w = policy.waivers.find((x) => x.check === c.id);
    if (!w) return c;
    if (UNWAIVABLE.test(c.id)) return { ...c, detail: `${c.detail}; cannot be waived (waiver "${w.any}" ignored)` };
    if (c.outcome === 'pass') return { ...c, detail: `${c.detail}; waiver "${w.any}" not needed: the check passed` };
    return { ...c, outcome: 'pass' as const, waiver: w.any, detail: `waived: ${w.any} (was ${c.outcome}: ${c.detail})` };
  });
  for (const w of policy.waivers) {
    if (!policyCanEmit(policy, w.check)) {
      out.push({
        id: `waivers.${w.check}`,
        outcome: 'hold',
        observed: null,
        expected: null,
        detail: `the waiver names no check this policy can produce ("${w.check}"); fix or remove it`,
      });
    }
  }
  return out;
}
