/**
 * The verifier's rule (DESIGN §0), as data: every leaf of a receipt is either re-derived by `verify`
 * and compared, or named here and rendered labelled "self-reported". docs/verifier-rule.md explains
 * each entry; __tests__/receipt-leaves.test.ts flips every leaf of a fresh receipt and proves it.
 *
 * Leaf paths are written `a.b[0].c`; patterns use `[]` for any array index and `*` for any record key.
 */

export interface LeafRule {
  pattern: string;
  why: string;
}

/** Leaves the verifier cannot re-derive from anything it holds: always shown as the producer's word. */
export const SELF_REPORTED: readonly LeafRule[] = [
  { pattern: 'receipt_id', why: 'a random identifier the producer chose; it is not bound' },
  { pattern: 'issued_at', why: "the producer's clock; never the verification clock" },
  { pattern: 'producer.version', why: 'the version the producer says it ran' },
  { pattern: 'attestation_result.verifier.version', why: "the version of the producer's own verifier" },
  { pattern: 'attestation_result.evidence[].source', why: 'which evidence source the producer says it used (`tsm`, `file:...`)' },
  { pattern: 'benchmark_result.id', why: "the benchmark file's name as given (its bytes are bound, its name is not)" },
  { pattern: 'deployment.runner.*', why: 'runner facts from the producer environment' },
  { pattern: 'deployment.provider', why: 'the provider named by the producer environment' },
  { pattern: 'deployment.storage.kind', why: 'the storage kind the producer stated' },
  { pattern: 'policy_decision.appraised_by', why: 'who the producer says appraised its decision' },
  { pattern: 'struck_claims[].sentence', why: "a sentence from the producer's text, which the verifier does not have" },
  { pattern: 'struck_claims[].source', why: "where the producer's text came from" },
  { pattern: 'struck_claims[].line', why: "the line in the producer's text" },
];

/**
 * Leaves re-derived only in some runs: they are compared when the condition holds, and otherwise
 * rendered labelled self-reported with the reason.
 */
export const CONDITIONAL: readonly (LeafRule & { when: string })[] = [
  { pattern: 'workload.kind', when: 'verify is given --workload', why: 'not re-hashed (no --workload)' },
  { pattern: 'workload.name', when: 'verify is given --workload', why: 'not re-hashed (no --workload)' },
  { pattern: 'workload.bytes', when: 'verify is given --workload', why: 'not re-hashed (no --workload)' },
  { pattern: 'input.bytes', when: 'verify is given --inputs', why: 'not re-hashed (no --inputs)' },
  { pattern: 'outputs.bytes', when: 'verify is given --outputs', why: 'not re-hashed (no --outputs)' },
  { pattern: 'policy_decision.status', when: "the verifier's policy is the producer's", why: "the producer's decision under its own policy (the verifier ran a different one)" },
  { pattern: 'policy_decision.reason', when: "the verifier's policy is the producer's", why: "the producer's decision under its own policy (the verifier ran a different one)" },
  { pattern: 'policy_decision.checks[].*', when: "the verifier's policy is the producer's", why: "the producer's checks under its own policy (the verifier ran a different one)" },
  { pattern: 'claim_tier', when: "the verifier's policy is the producer's", why: "the producer's claim under its own policy (the verifier ran a different one)" },
  { pattern: 'allowed_claim', when: "the verifier's policy is the producer's", why: "the producer's claim under its own policy (the verifier ran a different one)" },
  { pattern: 'execution.session', when: "the replayed RTMR3 log holds this job's begin event", why: 'the session names no begin event that the quote replays' },
  { pattern: 'execution.tier_reason', when: "the verifier's policy is the producer's", why: "why the producer's policy reached the execution tier or not (the verifier ran a different one)" },
  { pattern: 'struck_claims[].category', when: "the verifier's linter flags the sentence on its own", why: "the producer's linter finding, not reproduced from the sentence alone" },
  { pattern: 'struck_claims[].rule', when: "the verifier's linter flags the sentence on its own", why: "the producer's linter finding, not reproduced from the sentence alone" },
  { pattern: 'struck_claims[].rewrite', when: "the verifier's linter flags the sentence on its own", why: "the producer's linter finding, not reproduced from the sentence alone" },
  { pattern: 'struck_claims[].why', when: "the verifier's linter flags the sentence on its own", why: "the producer's linter finding, not reproduced from the sentence alone" },
];

/** `a.b[3].c` -> `a.b[].c` */
export function leafPattern(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

function matches(pattern: string, path: string): boolean {
  const p = leafPattern(path);
  if (pattern === p) return true;
  if (pattern.endsWith('.*')) {
    const base = pattern.slice(0, -2);
    return p.startsWith(base + '.') || p.startsWith(base + '[');
  }
  return false;
}

export function selfReportedRule(path: string): LeafRule | null {
  return SELF_REPORTED.find((r) => matches(r.pattern, path)) ?? null;
}

export function conditionalRule(path: string): (LeafRule & { when: string }) | null {
  return CONDITIONAL.find((r) => matches(r.pattern, path)) ?? null;
}

export interface Leaf {
  path: string;
  value: string | number | boolean | null;
}

/** Every leaf (string, number, boolean, null) of a JSON value, array elements included. */
export function leaves(v: unknown, path = ''): Leaf[] {
  if (v === null || typeof v !== 'object') return [{ path, value: v as Leaf['value'] }];
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, `${path}[${i}]`));
  return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => leaves(x, path ? `${path}.${k}` : k));
}
