import type { Mismatch, ProducerView, Unverified, VerifyResult } from '../receipt/replay.js';
import type { Receipt } from '../receipt/schema.js';
import { PLAIN, count, type Style } from './style.js';
import { causeLine, foldedFields } from '../receipt/replay-causes.js';
import { decisionCauses, foldedNote } from '../policy/causes.js';

import { clean } from './clean.js';

export { clean };

const n = (k: number, word: string): string => count(k, word);

const MARK: Record<string, string> = { pass: 'PASS', hold: 'HOLD', deny: 'DENY' };

/** PASS / HOLD / DENY, coloured on a terminal. */
function mark(st: Style, outcome: string): string {
  const m = MARK[outcome] ?? outcome;
  return outcome === 'pass' ? st.ok(m) : outcome === 'hold' ? st.warn(m) : st.bad(m);
}
export const SELF_REPORTED_LABEL = 'self-reported';

export interface RenderOptions {
  title?: string;
  /** Verify mode: receipt leaves the verifier did not re-derive (rendered labelled self-reported). */
  unverified?: Unverified[];
  /** Verify mode: the producer's own decision and claim, and whether the verifier compared them. */
  producer?: ProducerView;
  /** Colour on a terminal (./style.ts); plain by default. */
  style?: Style;
}

/** ` (self-reported)` when the leaf at `path` (or any leaf under it) was not re-derived. */
export function selfReportedTag(unverified: Unverified[] | undefined, path: string): string {
  if (!unverified) return '';
  const hit = unverified.some((u) => u.field === path || u.field.startsWith(path + '.') || u.field.startsWith(path + '['));
  return hit ? ` (${SELF_REPORTED_LABEL})` : '';
}

/** The plain-text summary a reviewer reads in a terminal: decision, claim, the three boxes kept apart, checks. */
export function renderText(r: Receipt, opts: RenderOptions = {}): string {
  const L: string[] = [];
  const d = r.policy_decision;
  const sr = (path: string) => selfReportedTag(opts.unverified, path);
  const verifyMode = opts.unverified !== undefined;
  const st = opts.style ?? PLAIN;
  L.push(opts.title ?? 'compute receipt');
  L.push('='.repeat((opts.title ?? 'compute receipt').length));
  L.push(`decision     ${st.bold(mark(st, d.status))} under policy ${clean(d.policy_id)} v${d.policy_version} (${d.policy_digest.slice(0, 19)}…)`);
  L.push(`appraised by ${d.appraised_by === 'self' ? 'the attested job itself (self-appraised: replay with a separate verifier before relying on it)' : 'a verifier that re-derived the receipt'}`);
  if (opts.producer) {
    const p = opts.producer;
    L.push(
      `producer     ${MARK[p.status]} under policy ${clean(p.policy_id)}, claim tier ${p.claim_tier}, appraised by ${p.appraised_by} (${SELF_REPORTED_LABEL}` +
        `${p.compared ? '; re-derived by the verifier under the same policy' : "; not compared: the verifier ran a different policy"})`,
    );
  }
  L.push(`claim tier   ${r.claim_tier}`);
  L.push('');
  L.push('allowed claim:');
  L.push(`  ${clean(r.allowed_claim)}`);
  L.push('');
  L.push('job (digests)');
  L.push(`  job          ${clean(r.job_id)}`);
  L.push(`  receipt      ${r.receipt_id}${verifyMode ? ` (${SELF_REPORTED_LABEL})` : ''}`);
  L.push(`  issued at    ${clean(r.issued_at)} (${SELF_REPORTED_LABEL})`);
  L.push(`  producer     ${clean(r.producer.name)} ${clean(r.producer.version)}, its verifier ${clean(r.attestation_result.verifier.version)} (${SELF_REPORTED_LABEL})`);
  const wl = sr('workload.kind') || sr('workload.name') || sr('workload.bytes');
  L.push(`  workload     ${r.workload_digest}  (${r.workload.kind} ${clean(r.workload.name)}, ${n(r.workload.files, 'file')}, ${n(r.workload.bytes, 'byte')})${wl}`);
  const ws = r.workload.signature;
  if (ws) {
    L.push(`  signature    ${ws.method} ${ws.status}: signer ${clean(ws.signer)}${ws.issuer ? ` (issuer ${clean(ws.issuer)})` : ''}, subject ${ws.subject_digest}${ws.covers_workload ? ' (the whole workload)' : ' (not the whole workload)'}`);
    L.push(`    ${clean(ws.detail)}`);
  }
  L.push(`  inputs       ${r.input_commitment}  (${r.input.scheme}, ${n(r.input.files, 'file')}, ${n(r.input.bytes, 'byte')})${sr('input.bytes')}`);
  L.push(`  outputs      ${r.output_digest}  (${n(r.outputs.files, 'file')}, ${n(r.outputs.bytes, 'byte')})${sr('outputs.bytes')}`);
  L.push(`  report_data  ${r.binding.report_data.slice(0, 32)}…`);
  const ignored = (['workload', 'input', 'outputs'] as const)
    .map((k) => [k, r[k].serialization.ignore_paths.filter((p) => !DEFAULT_IGNORE_NAMES.has(p))] as const)
    .filter(([, ps]) => ps.length > 0);
  for (const [k, ps] of ignored) L.push(`  ignored      ${k}: ${ps.map((p) => clean(JSON.stringify(p))).join(', ')}`);
  L.push('runtime (attestation: runtime or environment evidence only)');
  L.push(`  measurement  ${r.runtime_measurement.type}${r.runtime_measurement.measurement_digest ? ` ${r.runtime_measurement.measurement_digest}` : ''}`);
  if (r.attestation_result.evidence.length === 0) L.push('  no evidence presented');
  for (const [i, e] of r.attestation_result.evidence.entries()) {
    L.push(
      `  ${clean(e.format)}${e.kind ? ` (${e.kind})` : ''} from ${clean(e.source)}${sr(`attestation_result.evidence[${i}].source`)}: ${e.status}, binding ${e.binding_matches === null ? 'not checked' : e.binding_matches ? 'matches' : 'DOES NOT MATCH'}`,
    );
    L.push(`    ${clean(e.detail)}`);
  }
  if (r.execution) {
    const x = r.execution;
    L.push(`  execution    begin ${x.begin ? `event ${x.begin.index}` : 'MISSING'}, seal ${x.seal ? `event ${x.seal.index}` : 'MISSING'} in RTMR3; ${x.other_events.length} other RTMR3 event(s)`);
    for (const e of x.other_events.slice(0, 20)) L.push(`    other event ${e.index}: ${e.name === null ? '(unnamed)' : clean(e.name)} ${e.digest.slice(0, 24)}…`);
    L.push(`    ${clean(x.tier_reason)}`);
  }
  L.push('capacity (benchmark: context only, not evidence)');
  L.push(r.benchmark_result ? `  ${clean(r.benchmark_result.id)} ${r.benchmark_result.digest}${sr('benchmark_result.id') ? ` (name ${SELF_REPORTED_LABEL})` : ''}` : '  none given');
  L.push(`deployment (${SELF_REPORTED_LABEL})`);
  const runner = Object.entries(r.deployment.runner);
  L.push(`  runner       ${runner.length ? runner.map(([k, v]) => `${clean(k)}=${clean(v)}`).join(', ') : '—'} (${SELF_REPORTED_LABEL})`);
  L.push(`  provider     ${r.deployment.provider === null ? '—' : clean(r.deployment.provider)} (${SELF_REPORTED_LABEL})`);
  L.push(`  storage      ${r.deployment.storage.kind} (${SELF_REPORTED_LABEL}): ${clean(r.deployment.storage.note)}`);
  L.push('');
  L.push('checks:');
  // One cause, one line: checks that could not run are folded under the checks that failed.
  const causes = d.status === 'pass' ? null : decisionCauses(d.checks, d.status);
  const folded = new Set(causes?.notEvaluated ?? []);
  for (const c of d.checks) {
    if (folded.has(c)) continue;
    L.push(`  ${mark(st, c.outcome)}  ${clean(c.id)}: ${clean(c.detail)}`);
    if (causes && c === causes.causes[causes.causes.length - 1] && folded.size) {
      L.push(`        ${clean(foldedNote(causes))}: ${[...folded].map((x) => clean(x.id)).join(', ')}`);
    }
  }
  L.push('');
  L.push('blocked claims (never repeat these):');
  for (const b of r.blocked_claims) L.push(`  - ${clean(b)}`);
  if (r.struck_claims.length) {
    L.push('');
    L.push(`struck sentences from the text supplied to the producer${verifyMode ? ` (sentences, sources and lines ${SELF_REPORTED_LABEL})` : ''}:`);
    for (const [i, s] of r.struck_claims.entries()) {
      const tag = verifyMode ? ` (${SELF_REPORTED_LABEL})` : '';
      L.push(`  - ${clean(s.source)}:${s.line} [${clean(s.category)}] ${clean(s.sentence)}${tag}`);
      L.push(`    rewrite: ${clean(s.rewrite)}${sr(`struck_claims[${i}].rewrite`)}`);
      L.push(`    why: ${clean(s.why)}${sr(`struck_claims[${i}].why`)}`);
    }
  }
  return L.join('\n') + '\n';
}

const DEFAULT_IGNORE_NAMES = new Set(['.git', '.gitattributes', '.github', '.gitignore']);

/** One mismatch line: the field, the receipt's value, the verifier's re-derived value, and how. */
export function renderMismatch(m: Mismatch): string {
  const where = m.field.startsWith('file ') ? m.field.slice('file '.length) : `receipt.json ${m.field}`;
  return `MISMATCH ${clean(where)}: receipt has ${clean(String(m.expected))}, verifier re-derived ${clean(String(m.actual))} (${clean(m.cause)})`;
}

/** What `verify` prints: the causes first (`NAME: FAILED`, like `sha256sum -c`), then the verifier's own view, then the detail. */
export function renderVerifyText(r: VerifyResult, style: Style = PLAIN): string {
  let out = '';
  // The lead: each changed, added, missing or renamed file, named first.
  for (const c of r.causes) out += `${style.bad(clean(causeLine(c)))}\n`;
  if (r.causes.length) out += '\n';
  out += renderText(r.appraised, { title: 'compute receipt (replayed by the verifier)', unverified: r.unverified, producer: r.producer, style });
  out += '\n';
  if (r.mismatches.length === 0) out += 'replay: no mismatch\n';
  else {
    const files = r.causes.filter((c) => c.tree !== null);
    const own = r.mismatches.filter((m) => !r.derived.includes(m.field));
    const parts = [files.length ? `${count(files.length, 'file')} ${files.length === 1 ? 'differs' : 'differ'} from the receipt` : '', own.length ? count(own.length, 'other mismatch', 'other mismatches') : ''];
    out += `replay: ${parts.filter(Boolean).join('; ')}\n`;
    for (const c of files) {
      out += `  ${clean(causeLine(c))}\n`;
      if (c.status === 'FAILED') out += `    receipt ${clean(String(c.expected))}, re-derived ${clean(String(c.actual))}\n`;
    }
    const folded = foldedFields(r.mismatches.filter((m) => r.derived.includes(m.field)));
    if (folded.length) out += `  ${count(folded.length, 'receipt field')} follow${folded.length === 1 ? 's' : ''} from ${r.causes.length === 1 ? 'this cause' : 'these causes'}: ${folded.map(clean).join(', ')} (each with both values: verify --json)\n`;
    for (const m of own) out += renderMismatch(m) + '\n';
  }
  out += `leaves: ${r.leaves.total} in the receipt, ${r.leaves.compared} re-derived and compared, ${r.leaves.self_reported} ${SELF_REPORTED_LABEL}\n`;
  for (const n of r.notes) out += `note: ${clean(n)}\n`;
  return out;
}
