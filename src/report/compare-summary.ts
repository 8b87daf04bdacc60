/**
 * The job summary and PR comment of `compare` (tier `reproduced`), in the receipt's three-box style:
 * the job box (workload, inputs and outputs compared, files that differ by name), the runtime box
 * (each receipt keeps its own decision and claim tier), and the independence box (what the jobs'
 * distinctness rests on: verified, or self-reported). Every untrusted string is escaped; the text
 * passes the claim linter, except the blocked claims quoted under their heading.
 */
import type { CompareReceipt, RoleComparison } from '../compare/schema.js';
import { assemble, codeUnits, type Section, utf8Bytes } from './assemble.js';
import { clamp, codeText, md } from './escape.js';
import { COMMENT_LIMIT_CHARS, SUMMARY_LIMIT_BYTES, commentMarker, digest, shortDigest } from './summary.js';

const ICON: Record<string, string> = { pass: '✅', hold: '⏸️', deny: '❌' };

export interface CompareReportOptions {
  /** SHA-256 of compare.json as written. */
  compareDigest?: string | null;
  runUrl?: string | null;
  gate?: { failOn: 'deny' | 'hold' | 'never'; failed: boolean } | null;
  limit?: number;
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const RESULT: Record<RoleComparison['result'], string> = { equal: '✅ equal', differ: '❌ differ', 'not-compared': '⏸️ not compared' };

function names(xs: string[], total: number, max: number): string {
  const shown = xs.slice(0, max).map((x) => codeText(clamp(x, 200)));
  return shown.join(', ') + (total > shown.length ? ` and ${total - shown.length} more` : '');
}

function glance(c: CompareReceipt, o: CompareReportOptions): string {
  const d = c.decision;
  const lines = [`## ${ICON[d.status] ?? ''} Reproduction: ${d.status.toUpperCase()} (verified comparison of ${c.receipts.length} receipts)`, ''];
  const rows: string[][] = [
    ['Decision', `**${d.status}** — ${md(d.reason, 300)}`],
    ['Claim tier', `\`${c.claim_tier}\``],
    ['Policy', `${md(c.policy.policy_id, 100)} v${c.policy.policy_version} ${shortDigest(c.policy.policy_digest)}`],
    ['Outputs', `${c.outputs.matching ?? '—'} of ${c.outputs.files ?? '—'} file(s) equal in every receipt${c.outputs.allowed_to_differ.length ? `; ${c.outputs.allowed_to_differ.length} allowed to differ` : ''}`],
  ];
  if (o.compareDigest) rows.push(['compare.json', digest(o.compareDigest)]);
  if (o.gate) rows.push(['Gate', `${o.gate.failed ? '**failed**' : 'passed'} (fail-on ${o.gate.failOn})`]);
  if (o.runUrl) rows.push(['Run', md(o.runUrl, 300)]);
  lines.push(table(['', ''], rows));
  lines.push('', `**Allowed claim:** ${md(c.allowed_claim, 4000)}`);
  return lines.join('\n');
}

function jobBox(c: CompareReceipt, maxNames: number): string {
  const L = ['### Job box: workload, inputs and outputs compared', ''];
  const row = (label: string, r: RoleComparison) => [label, RESULT[r.result], shortDigest(r.digest), r.files === null ? '—' : `${r.matching ?? '—'} of ${r.files}`, md(r.basis, 300)];
  L.push(table(['', 'result', 'receipt 1', 'files equal', 'compared from'], [row('Workload', c.workload), row('Inputs', c.inputs), row('Outputs', c.outputs)]));
  for (const [label, r] of [['Workload', c.workload], ['Inputs', c.inputs], ['Outputs', c.outputs]] as const) {
    if (r.result === 'not-compared') L.push('', `${label}: not compared — ${md(r.detail, 1000)}`);
    for (const d of r.differences) {
      const parts = [
        d.differing_count ? `${d.differing_count} differ: ${names(d.differing, d.differing_count, maxNames)}` : '',
        d.only_in_reference_count ? `${d.only_in_reference_count} only in receipt 1: ${names(d.only_in_reference, d.only_in_reference_count, maxNames)}` : '',
        d.only_in_receipt_count ? `${d.only_in_receipt_count} only in receipt ${d.receipt}: ${names(d.only_in_receipt, d.only_in_receipt_count, maxNames)}` : '',
      ].filter(Boolean);
      L.push('', `${label}, receipt ${d.receipt} against receipt 1 (${d.matching} match): ${parts.join('; ')}`);
    }
  }
  if (c.outputs.allowed_to_differ.length) {
    L.push('', 'Output files the policy allows to differ (with its reason):', '');
    for (const a of c.outputs.allowed_to_differ.slice(0, maxNames * 4)) L.push(`- ${codeText(clamp(a.name, 200))} (receipt ${a.receipts.join(', ')}): ${md(a.reason, 500)}`);
    if (c.outputs.compared_digest) L.push('', `Outputs without them: ${digest(c.outputs.compared_digest)}`);
  }
  return L.join('\n');
}

function runtimeBox(c: CompareReceipt): string {
  const rows = c.receipts.map((r, i) => [
    String(i + 1),
    md(r.job_label, 200),
    shortDigest(r.digest),
    r.verify.ok ? 'no mismatch' : `**${r.verify.mismatches} mismatch(es)**`,
    `${r.verify.decision}, \`${r.verify.claim_tier}\``,
  ]);
  return [
    '### Runtime box: each receipt verified on its own',
    '',
    'Each receipt keeps its own decision and claim tier under the same policy; the comparison adds to them and widens none.',
    '',
    table(['#', 'job', 'receipt', 'replay', 'its decision, tier'], rows),
  ].join('\n');
}

function independenceBox(c: CompareReceipt): string {
  const i = c.independence;
  const basis = (b: string) => (b === 'verified' ? 'verified' : b === 'self-reported' ? '**self-reported**' : 'not shown');
  const rows = [
    ['Jobs', `${i.jobs.verified} by verified OIDC identity, ${i.jobs.self_reported} by job context (self-reported)`, basis(i.jobs.basis), md(i.jobs.required)],
    ['Runners', `${i.runners.verified} by verified TEE platform ids, ${i.runners.self_reported} by runner facts (self-reported)`, basis(i.runners.basis), md(i.runners.required)],
    ['Providers', `${i.providers.self_reported} by provider name (self-reported)`, basis(i.providers.basis), md(i.providers.required)],
  ];
  const per = c.receipts.map((r, k) => {
    const runner = Object.entries(r.runner).map(([a, b]) => `${a}=${b}`).join(', ');
    return `- receipt ${k + 1}: ${md(r.oidc_run ? `OIDC verified: ${r.oidc_run}` : `OIDC ${r.oidc}`, 300)}; runner ${md(runner || 'not stated', 300)}${r.platforms.length ? ` (platform ${md(r.platforms.join(', '), 300)})` : ''}; provider ${md(r.provider ?? 'not stated', 200)}`;
  });
  return [
    '### Independence box',
    '',
    `${i.distinct_receipts} distinct receipt(s); the policy asks for at least ${i.min_receipts}.`,
    '',
    table(['', 'distinct', 'basis', 'policy requires'], rows),
    '',
    ...per,
  ].join('\n');
}

function checksSection(c: CompareReceipt): string {
  const rows = c.checks.map((k) => [`${ICON[k.outcome] ?? ''} ${k.outcome}`, codeText(k.id), md(k.observed, 300), md(k.detail, 500)]);
  return `<details><summary>Checks (${c.checks.length})</summary>\n\n${table(['outcome', 'check', 'observed', 'detail'], rows)}\n\n</details>`;
}

function blocked(c: CompareReceipt): string {
  return ['### Blocked claims', '', 'Never repeat these: the comparison does not support them.', '', ...c.blocked_claims.map((b) => `- ~~${md(b, 500)}~~`)].join('\n');
}

function sections(c: CompareReceipt, o: CompareReportOptions, maxNames: number): Section[] {
  return [
    { id: 'glance', markdown: glance(c, o), priority: 'required' },
    { id: 'job box', markdown: jobBox(c, maxNames), priority: 5 },
    { id: 'runtime box', markdown: runtimeBox(c), priority: 4 },
    { id: 'independence box', markdown: independenceBox(c), priority: 4 },
    { id: 'checks', markdown: checksSection(c), priority: 2 },
    { id: 'blocked claims', markdown: blocked(c), priority: 3 },
  ];
}

export function renderCompareSummary(c: CompareReceipt, o: CompareReportOptions = {}): string {
  return assemble(sections(c, o, 50), { limit: o.limit ?? SUMMARY_LIMIT_BYTES, measure: utf8Bytes }).markdown;
}

export function renderCompareComment(c: CompareReceipt, o: CompareReportOptions & { key: string }): string {
  return assemble(sections(c, o, 10), { limit: o.limit ?? COMMENT_LIMIT_CHARS, measure: codeUnits, prefix: commentMarker(o.key) + '\n' }).markdown;
}
