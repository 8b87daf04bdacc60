import type { Receipt } from '../receipt/schema.js';

/**
 * Make untrusted text safe for a terminal or a CI log: control characters (ANSI escapes included)
 * become U+FFFD, and `::` is broken with a zero-width space so no name can pose as a runner
 * workflow command (`::error::`, `::add-mask::`, ...) when the CLI runs in GitHub Actions.
 */
export function clean(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD').replace(/::/g, ':\u200b:');
}

function n(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const MARK: Record<string, string> = { pass: 'PASS', hold: 'HOLD', deny: 'DENY' };

/** The plain-text summary a reviewer reads in a terminal: decision, claim, the three boxes kept apart, checks. */
export function renderText(r: Receipt, opts: { title?: string } = {}): string {
  const L: string[] = [];
  const d = r.policy_decision;
  L.push(opts.title ?? 'compute receipt');
  L.push('='.repeat((opts.title ?? 'compute receipt').length));
  L.push(`decision     ${MARK[d.status]} under policy ${clean(d.policy_id)} v${d.policy_version} (${d.policy_digest.slice(0, 19)}…)`);
  L.push(`appraised by ${d.appraised_by === 'self' ? 'the attested job itself (self-appraised: replay with a separate verifier before relying on it)' : 'a verifier that re-derived the receipt'}`);
  L.push(`claim tier   ${r.claim_tier}`);
  L.push('');
  L.push('allowed claim:');
  L.push(`  ${clean(r.allowed_claim)}`);
  L.push('');
  L.push('job (digests)');
  L.push(`  job          ${clean(r.job_id)}`);
  L.push(`  workload     ${r.workload_digest}  (${r.workload.kind} ${clean(r.workload.name)}, ${n(r.workload.files, 'file')}, ${n(r.workload.bytes, 'byte')})`);
  L.push(`  inputs       ${r.input_commitment}  (${r.input.scheme}, ${n(r.input.files, 'file')})`);
  L.push(`  outputs      ${r.output_digest}  (${n(r.outputs.files, 'file')}, ${n(r.outputs.bytes, 'byte')})`);
  L.push(`  report_data  ${r.binding.report_data.slice(0, 32)}…`);
  L.push('runtime (attestation: runtime or environment evidence only)');
  if (r.attestation_result.evidence.length === 0) L.push('  no evidence presented');
  for (const e of r.attestation_result.evidence) {
    L.push(`  ${clean(e.format)} from ${clean(e.source)}: ${e.status}, binding ${e.binding_matches === null ? 'not checked' : e.binding_matches ? 'matches' : 'DOES NOT MATCH'}`);
    L.push(`    ${clean(e.detail)}`);
  }
  L.push('capacity (benchmark: context only, not evidence)');
  L.push(r.benchmark_result ? `  ${clean(r.benchmark_result.id)} ${r.benchmark_result.digest}` : '  none given');
  L.push('');
  L.push('checks:');
  for (const c of d.checks) L.push(`  ${MARK[c.outcome]}  ${clean(c.id)}: ${clean(c.detail)}`);
  L.push('');
  L.push('blocked claims (never repeat these):');
  for (const b of r.blocked_claims) L.push(`  - ${clean(b)}`);
  if (r.struck_claims.length) {
    L.push('');
    L.push('struck sentences from the text you supplied:');
    for (const s of r.struck_claims) {
      L.push(`  - ${clean(s.source)}:${s.line} [${s.category}] ${clean(s.sentence)}`);
      L.push(`    rewrite: ${clean(s.rewrite)}`);
      L.push(`    why: ${clean(s.why)}`);
    }
  }
  return L.join('\n') + '\n';
}
