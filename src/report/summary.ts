import type { ProducerView, Unverified } from '../receipt/replay.js';
import type { Receipt } from '../receipt/schema.js';
import { assemble, codeUnits, type Section, utf8Bytes } from './assemble.js';
import { clamp, codeText, md, stripControl } from './escape.js';
import { evidenceStatusWords, heading, trustRootsWords } from './words.js';

/**
 * The job summary and the PR comment a reviewer reads (DESIGN §0, §6, §7). Three boxes are kept
 * apart: capacity (the benchmark, context only), runtime (attestation evidence) and job (digests and
 * job context). Every string that came from the job, the PR or the evidence is escaped (./escape.ts).
 * The text written here must pass the claim linter; the standing blocked claims are quoted only under
 * the "Blocked claims" heading.
 */

/** GitHub's job summary limit is 1 MiB per step; keep a margin. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
/** GitHub's issue comment limit is 65,536 characters; keep a margin. */
export const COMMENT_LIMIT_CHARS = 65_536 - 536;

export interface ReplayFacts {
  ok: boolean;
  mismatches: { field: string; expected: string | null; actual: string | null; cause?: string }[];
  notes: string[];
  policyMatchesReceipt: boolean;
  rederived: { workload: boolean; inputs: boolean; outputs: boolean };
  /** Receipt leaves the verifier did not re-derive: rendered labelled self-reported. */
  unverified?: Unverified[];
  /** The producer's own decision and claim. */
  producer?: ProducerView;
  /** The mismatches cause first (src/receipt/replay-causes.ts): files named first, like `sha256sum -c`. */
  causes?: { file: string; status: string; from?: string; detail: string }[];
}

const SR = 'self-reported';

/** ` (self-reported)` after a value the verifier did not re-derive (verify mode only). */
function tag(o: ReportOptions, path: string): string {
  const u = o.replay?.unverified;
  if (!u) return '';
  return u.some((x) => x.field === path || x.field.startsWith(path + '.') || x.field.startsWith(path + '[')) ? ` (${SR})` : '';
}

export interface ReportOptions {
  /** `create`: the producer's own (self-appraised) view; `verify`: a separate verifier's replay. */
  mode: 'create' | 'verify';
  receiptDigest?: string | null;
  artifact?: { name: string; id: number | null; url: string | null } | null;
  /** Replay results, in verify mode. */
  replay?: ReplayFacts | null;
  /** Output file names and digests, from the receipt's outputs manifest. */
  outputFiles?: { name: string; digest: string }[] | null;
  /** Link to the workflow run that wrote this report. */
  runUrl?: string | null;
  gate?: { failOn: 'deny' | 'hold' | 'never'; failed: boolean } | null;
  /** Size limit (bytes for the summary, characters for the comment); defaults per target. */
  limit?: number;
}

export const SELF_APPRAISED_NOTE =
  'self-appraised by the attested job; replay with a separate verifier before relying on it';

const ICON: Record<string, string> = { pass: '✅', hold: '⏸️', deny: '❌' };

/** A digest or other value the schema constrains to `[a-z0-9:]`: shown as code as is. */
export function digest(d: string | null | undefined): string {
  if (!d) return '—';
  return /^[a-z0-9-]+:[0-9a-f]+$/.test(d) ? '`' + d + '`' : codeText(d);
}

/** A digest cut to its algorithm and 16 hex digits, as code. */
export function shortDigest(d: string | null | undefined): string {
  if (!d) return '—';
  const i = d.indexOf(':');
  return /^[a-z0-9-]+:[0-9a-f]+$/.test(d) ? '`' + d.slice(0, i + 1) + d.slice(i + 1, i + 17) + '…`' : codeText(clamp(d, 40));
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

function table(head: string[], rows: string[][]): string {
  // A key-value table would render an empty header strip: a list reads better.
  if (head.every((h) => h === '') && head.length === 2) return rows.map(([k, v]) => `- **${k}**: ${v}`).join('\n');
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** A collapsible block; the summary line is HTML, so it is escaped as HTML (and mentions broken). */
function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function moreRows(shown: number, total: number, what: string): string {
  return total > shown ? `\n\n<sub>${total - shown} more ${what} not shown; see the receipt.</sub>` : '';
}

interface Limits {
  checks: number;
  evidence: number;
  struck: number;
  files: number;
  mismatches: number;
  cell: number;
}

const SUMMARY_ROWS: Limits = { checks: 500, evidence: 50, struck: 200, files: 200, mismatches: 200, cell: 500 };
const COMMENT_ROWS: Limits = { checks: 100, evidence: 20, struck: 50, files: 0, mismatches: 50, cell: 200 };

function glance(r: Receipt, o: ReportOptions): string {
  const d = r.policy_decision;
  const lines: string[] = [];
  lines.push(heading(r, o.mode));
  lines.push('');
  const rows: string[][] = [
    ['Decision', `**${d.status}** — ${md(d.reason, 300)}`],
    ['Claim tier', `\`${r.claim_tier}\``],
    ['Policy', `${md(d.policy_id, 100)} v${d.policy_version} ${shortDigest(d.policy_digest)}`],
    ['Appraised by', d.appraised_by === 'self' ? '**self** (the attested job)' : 'a separate **verifier**'],
    ['Job', md(r.job_id, 200)],
  ];
  const p = o.mode === 'verify' ? o.replay?.producer : undefined;
  if (p) {
    rows.push([
      "Producer's decision",
      `${p.status} under ${md(p.policy_id, 100)}, claim tier \`${p.claim_tier}\`, appraised by ${p.appraised_by} (${SR}; ${p.compared ? 're-derived under the same policy' : 'not compared: the verifier ran a different policy'})`,
    ]);
  }
  if (o.receiptDigest) rows.push(['Receipt', digest(o.receiptDigest)]);
  if (o.gate) {
    const g = o.gate.failOn === 'never' ? 'not gating (`fail-on: never`)' : o.gate.failed ? `**failed** (\`fail-on: ${o.gate.failOn}\`)` : `passed (\`fail-on: ${o.gate.failOn}\`)`;
    rows.push(['Gate', g]);
  }
  lines.push(table(['', ''], rows));
  if (d.appraised_by === 'self') {
    lines.push('');
    lines.push(`> [!WARNING]\n> This decision was ${SELF_APPRAISED_NOTE}.`);
  }
  if (o.mode === 'verify' && o.replay) {
    const rp = o.replay;
    lines.push('');
    const re = (['workload', 'inputs', 'outputs'] as const).filter((k) => rp.rederived[k]);
    // The causes lead, like `sha256sum -c`: each changed, added, missing or renamed file first.
    for (const c of (rp.causes ?? []).slice(0, 10)) lines.push(`> ${causeMarkdown(c)}`, '>');
    if ((rp.causes?.length ?? 0) > 10) lines.push(`> and ${rp.causes!.length - 10} more (see the replay mismatches below)`, '>');
    lines.push(
      `> Replay: ${rp.ok ? 'no mismatch' : `**${rp.mismatches.length} mismatch${rp.mismatches.length === 1 ? '' : 'es'}**`}` +
        ` between the receipt and what this verifier re-derived${re.length ? ` (re-hashed: ${re.join(', ')})` : ' (saved manifests only; nothing re-hashed)'}.` +
        ` The verifier's policy ${rp.policyMatchesReceipt ? 'is the same as' : 'differs from'} the producer's.`,
    );
  }
  return lines.join('\n');
}

/** `predictions.jsonl`: **FAILED** (outputs: its bytes differ from the receipt) */
function causeMarkdown(c: NonNullable<ReplayFacts['causes']>[number]): string {
  const what = c.status === 'renamed' ? `**renamed** from ${codeText(clamp(c.from ?? '', 200))}` : `**${md(c.status, 20)}**`;
  return `${codeText(clamp(c.file, 200))}: ${what} (${md(c.detail, 300)})`;
}

function allowedClaimSection(r: Receipt): string {
  return `### Allowed claim\n\n> ${md(r.allowed_claim, 2000)}`;
}

function capacityBox(r: Receipt, o: ReportOptions): string {
  const b = r.benchmark_result;
  const head = '### 📊 Capacity (benchmark)';
  if (!b) return `${head}\n\nNo benchmark recorded.`;
  const name = tag(o, 'benchmark_result.id') ? ` (name ${SR})` : '';
  return `${head}\n\n${table(['Benchmark', 'Digest', 'Limit'], [[md(b.id, 200) + name, digest(b.digest), md(b.claim_limit)]])}`;
}

function runtimeBox(r: Receipt, lim: Limits, o: ReportOptions): string {
  const a = r.attestation_result;
  const m = r.runtime_measurement;
  const lines = ['### 🔒 Runtime (attestation)', ''];
  if (a.evidence.some((e) => e.kind === 'simulated') || m.type === 'simulated') {
    lines.push('> [!NOTE]\n> **Simulated evidence**: made with a throwaway key for demos and tests; no hardware claim is made.', '');
  }
  const trust = trustRootsWords(r);
  lines.push(
    table(
      ['', ''],
      [
        ['Measurement', `\`${m.type}\` ${shortDigest(m.measurement_digest)}`],
        ['Evidence digest', digest(a.evidence_digest)],
        ['Trust roots', trust],
        // Versions are [0-9A-Za-z.+-] by the schema: safe inside a code span as they are.
        ['Producer', `${md(r.producer.name, 40)} \`${r.producer.version}\`, its verifier \`${r.attestation_result.verifier.version}\` (${SR})`],
        ['Limit', md(a.claim_limit)],
      ],
    ),
  );
  lines.push('');
  if (a.evidence.length === 0) {
    lines.push('No runtime evidence was presented.');
  } else {
    const shown = a.evidence.slice(0, lim.evidence);
    lines.push(
      table(
        ['#', 'Kind', 'Format', 'Source', 'Status', 'Binding', 'Detail'],
        shown.map((e, i) => [
          String(i),
          e.kind ? `\`${e.kind}\`` : '—',
          md(e.format, 60),
          md(e.source, 120) + tag(o, `attestation_result.evidence[${i}].source`),
          evidenceStatusWords(e),
          e.binding_matches === null ? 'not checked' : e.binding_matches ? 'matches' : '**differs**',
          md(e.detail, lim.cell),
        ]),
      ) + moreRows(shown.length, a.evidence.length, 'evidence items'),
    );
  }
  const vals = Object.entries(m.values);
  if (vals.length) {
    lines.push('');
    lines.push(details('Measured values', table(['Field', 'Value'], vals.map(([k, v]) => [md(k, 60), codeText(clamp(v, 200))]))));
  }
  if (r.execution) lines.push('', executionBox(r.execution, lim));
  return lines.join('\n');
}

/** The two-phase flow (docs/execution.md): which RTMR3 events are this job's, every other one, and why the tier is what it is. */
function executionBox(x: NonNullable<Receipt['execution']>, lim: Limits): string {
  const ev = (e: { index: number; digest: string } | null) => (e ? `event ${e.index}, ${codeText(e.digest.slice(0, 24) + '…')}` : '**missing**');
  const rows = [
    ['Begin', ev(x.begin)],
    ['Seal', ev(x.seal) + (x.seal?.exit_status !== null && x.seal?.exit_status !== undefined ? `, exit status ${x.seal.exit_status}` : '')],
    ['Other RTMR3 events', String(x.other_events.length)],
    ['Execution tier', md(x.tier_reason, lim.cell)],
  ];
  const others = x.other_events.slice(0, lim.evidence);
  const list = others.length
    ? '\n\n' + details('Other events in the RTMR3 log', table(['#', 'Name', 'Digest'], others.map((e) => [String(e.index), e.name === null ? '—' : md(e.name, 120), codeText(e.digest.slice(0, 24) + '…')])) + moreRows(others.length, x.other_events.length, 'events'))
    : '';
  return `**Begin and seal (RTMR3)**\n\n${table(['', ''], rows)}${list}`;
}

function jobBox(r: Receipt, o: ReportOptions, lim: Limits): string {
  const j = r.binding.job;
  const dep = r.deployment;
  const rows: string[][] = [
    [
      'Workload',
      `${digest(r.workload_digest)} — ${md(r.workload.kind, 20)} ${codeText(clamp(r.workload.name, 200))}, ${count(r.workload.files, 'file')}, ${count(r.workload.bytes, 'byte')}` +
        (tag(o, 'workload.kind') || tag(o, 'workload.name') || tag(o, 'workload.bytes')),
    ],
    ...(r.workload.signature
      ? [
          [
            'Workload signature',
            `${md(r.workload.signature.method, 20)} signature (OpenSSF model_signing), ${md(r.workload.signature.status, 20)}: signer ${codeText(clamp(r.workload.signature.signer, 200))}` +
              (r.workload.signature.issuer ? `, issuer ${codeText(clamp(r.workload.signature.issuer, 200))}` : '') +
              `, subject ${digest(r.workload.signature.subject_digest)}${r.workload.signature.covers_workload ? '' : ' (not the whole workload)'}`,
          ],
        ]
      : []),
    [
      'Inputs',
      `${digest(r.input_commitment)} — ${r.input.scheme === 'hmac-sha256' ? 'keyed commitment (per-file digests withheld)' : 'plain digest'}, ${count(r.input.files, 'file')}, ${count(r.input.bytes, 'byte')}${tag(o, 'input.bytes')}`,
    ],
    ['Outputs', `${digest(r.output_digest)} — ${count(r.outputs.files, 'file')}, ${count(r.outputs.bytes, 'byte')}${tag(o, 'outputs.bytes')}`],
    ...ignoredRows(r),
    ['Receipt id', `\`${r.receipt_id}\`${o.mode === 'verify' ? ` (${SR})` : ''}`],
    ['Repository', md(j.repository, 200)],
    ['Run', `${md(j.run_id, 40)}${j.run_attempt ? ` attempt ${md(j.run_attempt, 20)}` : ''}`],
    ['Job id', md(j.id, 200)],
    ['Commit', j.sha ? codeText(clamp(j.sha, 64)) : '—'],
    ['Workflow', md(j.workflow_ref, 300)],
    ['OIDC token', r.binding.oidc_token_digest ? `${digest(r.binding.oidc_token_digest)} (GitHub-signed job identity, bound)` : 'not bound'],
    ['Nonce', r.binding.nonce ? codeText(clamp(r.binding.nonce, 256)) : 'none'],
    ['report_data', shortDigest('sha512:' + r.binding.report_data)],
    ['Issued at', `${md(r.issued_at, 60)} (self-reported)`],
    ['Runner', Object.keys(dep.runner).length ? Object.entries(dep.runner).map(([k, v]) => `${md(k, 40)}: ${md(v, 100)}`).join(', ') + ' (self-reported)' : '— (self-reported)'],
    ['Provider', `${md(dep.provider, 100)} (self-reported)`],
    ['Storage', `\`${dep.storage.kind}\` (${SR}) — ${md(dep.storage.note, 300)}`],
    ...(dep.gpu_inventory ? [['GPU inventory', gpuInventoryLine(dep.gpu_inventory)]] : []),
  ];
  const gpus = dep.gpu_inventory ? gpuInventoryTable(dep.gpu_inventory, lim) : '';
  return `### 🧾 Job (digests)\n\n${table(['', ''], rows)}${gpus}`;
}

type GpuInventory = NonNullable<Receipt['deployment']['gpu_inventory']>;

/** The host's own account of its GPUs (nvidia-smi): never evidence, so always labelled self-reported. */
function gpuInventoryLine(inv: GpuInventory): string {
  const facts = [
    `driver ${inv.driver_version === null ? '—' : codeText(clamp(inv.driver_version, 60))}`,
    `CUDA ${inv.cuda_version === null ? '—' : codeText(clamp(inv.cuda_version, 60))}`,
    `CC mode ${inv.cc_mode === null ? 'not read' : codeText(clamp(inv.cc_mode, 30))}`,
  ];
  return `${count(inv.gpus.length, 'GPU')} listed by nvidia-smi (${SR}; the attested GPUs are in the runtime box): ${facts.join(', ')}`;
}

function gpuInventoryTable(inv: GpuInventory, lim: Limits): string {
  if (inv.gpus.length === 0) return '';
  const shown = inv.gpus.slice(0, lim.evidence);
  const cell = (v: string | null, n: number) => (v === null ? '—' : codeText(clamp(v, n)));
  return (
    '\n\n' +
    details(
      `GPUs listed by nvidia-smi (${inv.gpus.length}, ${SR})`,
      table(
        ['Bus id', 'Name', 'Architecture', 'VBIOS', 'UUID', 'Serial'],
        shown.map((g) => [cell(g.bus_id, 40), md(g.name, 100), md(g.architecture, 40), cell(g.vbios_version, 40), cell(g.uuid, 60), cell(g.serial, 40)]),
      ) + moreRows(shown.length, inv.gpus.length, 'GPUs'),
    )
  );
}

/** Paths a tree left out beyond the default ignores: reported, and judged by the policy (hashing.ignore_paths). */
function ignoredRows(r: Receipt): string[][] {
  const defaults = new Set(['.git', '.gitattributes', '.github', '.gitignore']);
  return (['workload', 'input', 'outputs'] as const)
    .map((k) => [k, r[k].serialization.ignore_paths.filter((p) => !defaults.has(p))] as const)
    .filter(([, ps]) => ps.length > 0)
    .map(([k, ps]) => [`Ignored (${k})`, ps.slice(0, 20).map((p) => codeText(clamp(p, 200))).join(', ') + (ps.length > 20 ? ` and ${ps.length - 20} more` : '')]);
}

function outputFilesSection(files: { name: string; digest: string }[], lim: Limits): string {
  if (lim.files === 0 || files.length === 0) return '';
  const shown = files.slice(0, lim.files);
  return details(
    `Output files (${files.length})`,
    table(['File', 'SHA-256'], shown.map((f) => [codeText(clamp(f.name, 300)), /^[0-9a-f]{64}$/.test(f.digest) ? '`' + f.digest + '`' : md(f.digest, 80)])) +
      moreRows(shown.length, files.length, 'files'),
  );
}

function checksSection(r: Receipt, lim: Limits): string {
  const checks = r.policy_decision.checks;
  const count = (o: string) => checks.filter((c) => c.outcome === o).length;
  const shown = checks.slice(0, lim.checks);
  const body =
    table(
      ['Check', 'Outcome', 'Observed', 'Expected', 'Detail'],
      shown.map((c) => [
        codeText(clamp(c.id, 100)),
        `${ICON[c.outcome] ?? ''} ${c.outcome}`,
        md(c.observed, lim.cell),
        md(c.expected, lim.cell),
        md(c.detail, lim.cell) + (c.waiver ? ` (waived: ${md(c.waiver, 200)})` : ''),
      ]),
    ) + moreRows(shown.length, checks.length, 'checks');
  const failing = checks.some((c) => c.outcome !== 'pass');
  return details(
    `Policy checks: ${checks.length} (${count('pass')} pass, ${count('hold')} hold, ${count('deny')} deny)`,
    body,
    failing,
  );
}

function mismatchSection(rp: ReplayFacts | null | undefined, lim: Limits): string {
  if (!rp || rp.mismatches.length === 0) return '';
  const shown = rp.mismatches.slice(0, lim.mismatches);
  return (
    '### Replay mismatches\n\n' +
    table(['Field', 'In the receipt', 'Re-derived by the verifier', 'How'], shown.map((m) => [md(m.field, 200), md(m.expected, lim.cell), md(m.actual, lim.cell), md(m.cause ?? '', 200)])) +
    moreRows(shown.length, rp.mismatches.length, 'mismatches')
  );
}

function notesSection(rp: ReplayFacts | null | undefined): string {
  if (!rp || rp.notes.length === 0) return '';
  return details('Verifier notes', rp.notes.slice(0, 50).map((n) => `- ${md(n, 500)}`).join('\n'));
}

function blockedSection(r: Receipt, struck: Set<string>): string {
  const standing = r.blocked_claims.filter((c) => !struck.has(c));
  if (standing.length === 0) return '';
  return (
    '### Blocked claims\n\nThese statements are blocked: do not repeat them on the strength of this receipt.\n\n' +
    standing.slice(0, 50).map((c) => `- ~~${md(c, 300)}~~`).join('\n')
  );
}

/** One row per sentence: the same sentence struck in two texts (a claims file and the PR body) is listed once, with both places. */
function uniqueStruck(r: Receipt): (Receipt['struck_claims'][number] & { where: string[] })[] {
  const by = new Map<string, Receipt['struck_claims'][number] & { where: string[] }>();
  for (const c of r.struck_claims) {
    const at = `${c.source}:${c.line}`;
    const seen = by.get(c.sentence);
    if (seen) {
      if (!seen.where.includes(at)) seen.where.push(at);
    } else by.set(c.sentence, { ...c, where: [at] });
  }
  return [...by.values()];
}

function struckSection(r: Receipt, lim: Limits, o: ReportOptions): string {
  const s = uniqueStruck(r);
  if (s.length === 0) return '';
  const shown = s.slice(0, lim.struck);
  return (
    `### Struck sentences (${s.length})\n\nThe claim linter struck these sentences from the text it was given. Use the rewrite instead.\n\n` +
    table(
      ['Sentence', 'Where', 'Category', 'Rewrite', 'Why'],
      shown.map((c) => [
        `~~${md(c.sentence, lim.cell)}~~`,
        `${c.where.slice(0, 5).map((w) => md(w, 100)).join(', ')}${o.mode === 'verify' ? ` (${SR})` : ''}`,
        `\`${/^[a-z-]+$/.test(c.category) ? c.category : 'other'}\``,
        md(c.rewrite, lim.cell),
        md(c.why, lim.cell),
      ]),
    ) +
    moreRows(shown.length, s.length, 'struck sentences')
  );
}

/** Only http(s) URLs, percent-encoded so that no `)`, space or quote can end the link early. */
function safeUrl(u: string): string {
  if (!/^https?:\/\//i.test(u)) return '#';
  return encodeURI(stripControl(u)).replace(/[()'"<>]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

function footer(o: ReportOptions): string {
  const parts: string[] = [];
  if (o.artifact?.url) parts.push(`Receipt artifact [${md(o.artifact.name, 100)}](${safeUrl(o.artifact.url)})`);
  else if (o.artifact) parts.push(`Receipt artifact ${codeText(clamp(o.artifact.name, 100))}`);
  if (o.runUrl) parts.push(`[workflow run](${safeUrl(o.runUrl)})`);
  parts.push('Written by compute-receipt');
  return `<sub>${parts.join(' · ')}</sub>`;
}

function sections(r: Receipt, o: ReportOptions, lim: Limits): Section[] {
  const struck = new Set(r.struck_claims.map((s) => s.sentence));
  return [
    { id: 'at a glance', markdown: glance(r, o), priority: 'required' },
    { id: 'allowed claim', markdown: allowedClaimSection(r), priority: 'required' },
    { id: 'capacity', markdown: capacityBox(r, o), priority: 8 },
    { id: 'runtime', markdown: runtimeBox(r, lim, o), priority: 7 },
    { id: 'job', markdown: jobBox(r, o, lim), priority: 6 },
    { id: 'output files', markdown: outputFilesSection(o.outputFiles ?? [], lim), priority: 1 },
    { id: 'replay mismatches', markdown: mismatchSection(o.replay, lim), priority: 5 },
    { id: 'policy checks', markdown: checksSection(r, lim), priority: 4 },
    { id: 'verifier notes', markdown: notesSection(o.replay), priority: 2 },
    { id: 'blocked claims', markdown: blockedSection(r, struck), priority: 9 },
    { id: 'struck sentences', markdown: struckSection(r, lim, o), priority: 3 },
    { id: 'footer', markdown: footer(o), priority: 'required' },
  ];
}

/** The job summary (GitHub-flavoured Markdown), at most `limit` UTF-8 bytes (default 1 MiB less a margin). */
export function renderSummary(receipt: Receipt, opts: ReportOptions): string {
  return assemble(sections(receipt, opts, SUMMARY_ROWS), { limit: opts.limit ?? SUMMARY_LIMIT_BYTES, measure: utf8Bytes }).markdown;
}

/** The hidden marker that identifies one job's sticky comment. */
export function commentMarker(jobKey: string): string {
  // Only characters that cannot end the HTML comment or break the line.
  const key = stripControl(jobKey).replace(/[^A-Za-z0-9._/@:+#=-]/g, '_').replace(/-{2,}/g, '-').replace(/-$/, '_');
  return `<!-- compute-receipt:${key} -->`;
}

/** The sticky PR comment: the hidden marker first, then a compact report under 65,536 characters. */
/**
 * The PR comment is compact: decision and tier, the allowed claim, the blocked and struck sentences,
 * and a link to the run's full job summary (where the boxes, checks and replay detail live).
 */
function commentSections(r: Receipt, o: ReportOptions, lim: Limits): Section[] {
  const d = r.policy_decision;
  const head: string[] = [heading(r, o.mode), ''];
  head.push(`**Decision**: ${d.status} under ${md(d.policy_id, 100)} v${d.policy_version}, ${md(d.reason, 300)}`);
  if (d.appraised_by === 'self') head.push('', `> [!WARNING]\n> This decision was ${SELF_APPRAISED_NOTE}.`);
  const rp = o.mode === 'verify' ? o.replay : null;
  if (rp && !rp.ok) {
    head.push('', `**Replay**: ${rp.mismatches.length} ${rp.mismatches.length === 1 ? 'mismatch' : 'mismatches'} between the receipt and what the verifier re-derived`);
    for (const c of (rp.causes ?? []).slice(0, 5)) head.push(`- ${causeMarkdown(c)}`);
    if ((rp.causes?.length ?? 0) > 5) head.push(`- and ${rp.causes!.length - 5} more`);
  }
  if (o.gate) head.push('', `**Gate**: ${o.gate.failOn === 'never' ? 'not gating (`fail-on: never`)' : o.gate.failed ? `**failed** (\`fail-on: ${o.gate.failOn}\`)` : `passed (\`fail-on: ${o.gate.failOn}\`)`}`);
  const struck = uniqueStruck(r);
  const shown = struck.slice(0, lim.struck);
  const struckMd = struck.length
    ? `**Struck sentences (${struck.length})**: do not repeat them; use the rewrite.\n\n` +
      shown.map((c) => `- ~~${md(c.sentence, lim.cell)}~~ (${c.where.slice(0, 3).map((w) => md(w, 100)).join(', ')})\n  → ${md(c.rewrite, lim.cell)}`).join('\n') +
      moreRows(shown.length, struck.length, 'struck sentences')
    : '';
  const link: string[] = [];
  if (o.runUrl) link.push(`Full report: [the job summary of this run](${safeUrl(o.runUrl)})`);
  if (o.artifact?.url) link.push(`receipt artifact [${md(o.artifact.name, 100)}](${safeUrl(o.artifact.url)})`);
  else if (o.artifact) link.push(`receipt artifact ${codeText(clamp(o.artifact.name, 100))}`);
  link.push('Written by compute-receipt');
  return [
    { id: 'at a glance', markdown: head.join('\n'), priority: 'required' },
    { id: 'allowed claim', markdown: allowedClaimSection(r), priority: 'required' },
    { id: 'blocked claims', markdown: blockedSection(r, new Set(struck.map((c) => c.sentence))), priority: 9 },
    { id: 'struck sentences', markdown: struckMd, priority: 8 },
    { id: 'footer', markdown: `<sub>${link.join(' · ')}</sub>`, priority: 'required' },
  ];
}

export function renderComment(receipt: Receipt, opts: ReportOptions & { jobKey: string }): string {
  return assemble(commentSections(receipt, opts, COMMENT_ROWS), {
    limit: opts.limit ?? COMMENT_LIMIT_CHARS,
    measure: codeUnits,
    prefix: commentMarker(opts.jobKey) + '\n',
  }).markdown;
}
