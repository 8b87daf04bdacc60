import { clean } from '../cli/render.js';
import type { CompareReceipt, RoleComparison } from './schema.js';

const MARK: Record<string, string> = { pass: 'PASS', hold: 'HOLD', deny: 'DENY' };

/** What `compare` prints in a terminal: decision, claim, the three boxes, then every check. */
export function renderCompareText(c: CompareReceipt, paths: string[]): string {
  const L: string[] = [];
  L.push(`compute-receipt compare: ${MARK[c.decision.status]} (${clean(c.decision.reason)})`);
  L.push(`claim tier: ${c.claim_tier}`);
  L.push(`allowed claim: ${clean(c.allowed_claim)}`);
  L.push(`policy: ${clean(c.policy.policy_id)} v${c.policy.policy_version} ${c.policy.policy_digest}`);
  L.push('');
  L.push('job box (compared file by file):');
  const role = (label: string, r: RoleComparison) => {
    L.push(`  ${label}: ${r.result}${r.digest ? ` ${r.digest}` : ''}${r.files !== null ? `, ${r.matching ?? '?'} of ${r.files} file(s) equal` : ''} [${clean(r.basis)}]`);
    if (r.result !== 'equal') for (const line of r.detail.split('\n')) L.push(`    ${clean(line)}`);
  };
  role('workload', c.workload);
  role('inputs', c.inputs);
  role('outputs', c.outputs);
  for (const a of c.outputs.allowed_to_differ) L.push(`    allowed to differ: ${clean(JSON.stringify(a.name))} (receipt ${a.receipts.join(', ')}): ${clean(a.reason)}`);
  if (c.outputs.compared_digest) L.push(`    outputs without the allowed files: ${c.outputs.compared_digest}`);
  L.push('');
  L.push('runtime box (each receipt verified on its own; it keeps its own decision and tier):');
  c.receipts.forEach((r, i) => {
    L.push(`  ${i + 1}. ${clean(paths[i] ?? '')} ${r.digest}`);
    L.push(`     ${clean(r.job_label)}: replay ${r.verify.ok ? 'no mismatch' : `${r.verify.mismatches} mismatch(es)`}, decision ${r.verify.decision}, tier ${r.verify.claim_tier}`);
  });
  L.push('');
  const i = c.independence;
  L.push(`independence box (${i.distinct_receipts} distinct receipt(s), at least ${i.min_receipts} needed):`);
  L.push(`  jobs: ${i.jobs.verified} distinct by verified OIDC identity, ${i.jobs.self_reported} by self-reported job context; basis ${i.jobs.basis} (policy: ${i.jobs.required})`);
  L.push(`  runners: ${i.runners.verified} distinct by verified TEE platform ids, ${i.runners.self_reported} by self-reported runner facts; basis ${i.runners.basis} (policy: ${i.runners.required})`);
  L.push(`  providers: ${i.providers.self_reported} distinct by self-reported provider; basis ${i.providers.basis} (policy: ${i.providers.required})`);
  L.push('');
  L.push('checks:');
  for (const k of c.checks) L.push(`  ${MARK[k.outcome]} ${clean(k.id)}: ${clean(k.detail.split('\n')[0] ?? '')}`);
  L.push('');
  L.push('blocked claims:');
  for (const b of c.blocked_claims) L.push(`  - ${clean(b)}`);
  return L.join('\n') + '\n';
}
