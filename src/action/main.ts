import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CreateOptions, CreateResult, RunDeps } from '../run.js';
import type { BeginOptions, BeginResult } from '../execution/begin.js';
import type { ProgressHook } from '../util/progress.js';
import type { VerifyOptions, VerifyResult } from '../receipt/replay.js';
import type { CompareOptions, CompareResult } from '../compare/compare.js';
import type { Receipt } from '../receipt/schema.js';
import { escapeLogCommand, md } from '../report/escape.js';
import { type LintFindingView, renderLintComment, renderLintSummary } from '../report/lint.js';
import { type ReportOptions, commentMarker, renderComment, renderSummary } from '../report/summary.js';
import { causeLine } from '../receipt/replay-causes.js';
import { inActionWords } from './words.js';
import { InputError, oneLine, q } from '../util/errors.js';
import { READ_LIMITS, readRegularFile, readRegularText } from '../util/read-file.js';
import { type ArtifactStore, artifactUrl, listFiles } from './artifact.js';
import { type ActionContext, jobKey, pullRequestOf, runUrl } from './context.js';
import { type Decision, errorMessage, gateMessage } from './gate.js';
import { type GitHubClient, GitHubApiError, upsertStickyComment } from './github.js';
import type { ActionInputs, OutputName } from './inputs.js';
import { OIDC_AUDIENCE } from '../binding/oidc.js';

/**
 * The Action's orchestration, shared by every mode. It never reads the environment: `index.ts`
 * hands it the parsed inputs, the workflow context and its dependencies (engine, artifact store,
 * GitHub client). It talks to the runner only through `@actions/core`, and fails the step in one
 * place: `core.setFailed`, called at most once per run.
 */

export interface LintFinding {
  category: string;
  rule: string;
  sentence: string;
  rewrite: string;
  why: string;
  line: number;
}

/** The pipeline (src/run.ts, src/receipt/replay.ts, src/claims/lint), shared with the CLI. */
export interface Engine {
  create(opts: CreateOptions, deps: RunDeps): Promise<CreateResult>;
  /** `mode: begin` (docs/execution.md); absent in engines that do not offer it. */
  begin?(opts: BeginOptions, deps: RunDeps): Promise<BeginResult>;
  verify(opts: VerifyOptions, deps: RunDeps): Promise<VerifyResult>;
  lint(markdown: string): LintFinding[];
  /** `mode: compare` (src/compare/compare.ts); loaded when first used if not given. */
  compare?(opts: CompareOptions, deps: RunDeps): Promise<CompareResult>;
}

export interface ActionDeps {
  cwd: string;
  env: NodeJS.ProcessEnv;
  now: () => Date;
  engine: Engine;
  artifacts: ArtifactStore;
  /** null when there is no token: commenting is skipped with a warning. */
  github: GitHubClient | null;
  /** Defaults to core.getIDToken. */
  getIdToken?: (audience: string) => Promise<string>;
  /** Hashing progress in the job log (a line every few seconds); none when absent. */
  progress?: ProgressHook;
}

export type CommentOutcome =
  | { action: 'created' | 'updated'; id: number }
  | { action: 'skipped'; why: 'not-requested' | 'not-a-pull-request' | 'fork' | 'no-token' | 'api-error' };

export interface ActionResult {
  /** The gate passed and nothing went wrong. */
  ok: boolean;
  /** The failure message given to core.setFailed, if any. */
  failure: string | null;
  outputs: Partial<Record<OutputName, string>>;
  summary: string | null;
  comment: CommentOutcome;
}

export interface ModeResult {
  outputs: Partial<Record<OutputName, string>>;
  failure: string | null;
  summary: string | null;
  comment: CommentOutcome;
}

export async function runAction(inputs: ActionInputs, ctx: ActionContext, deps: ActionDeps): Promise<ActionResult> {
  let r: ModeResult;
  try {
    switch (inputs.mode) {
      case 'create':
        r = await runCreate(inputs, ctx, deps);
        break;
      case 'verify':
        r = await runVerify(inputs, ctx, deps);
        break;
      case 'lint':
        r = await runLint(inputs, ctx, deps);
        break;
      case 'begin':
        r = await (await import('./begin.js')).runBegin(inputs, deps);
        break;
      case 'compare': {
        const { runCompare } = await import('./compare.js');
        r = await runCompare(inputs, ctx, {
          cwd: deps.cwd,
          runDeps: runDeps(deps),
          artifacts: deps.artifacts,
          compare: deps.engine.compare ?? (async (o, d) => (await import('../compare/compare.js')).compareReceipts(o, d)),
          write: async (out, res, cwd) => (await import('../compare/write.js')).writeCompare(out, res, cwd),
          setOutputs,
          writeSummary: (m) => writeSummary(inputs, m),
          postComment: (body) => postComment(inputs, ctx, deps, body),
        });
        break;
      }
    }
  } catch (e) {
    const failure = errorMessage(e);
    core.setFailed(escapeLogCommand(failure));
    // The reviewer sees why there is no receipt; the message may quote untrusted names, so escape it.
    const summary = `## ❌ compute-receipt did not finish

${md(failure, 2000)}

The gate fails on any error.
`;
    await writeSummary(inputs, summary);
    return { ok: false, failure, outputs: {}, summary, comment: { action: 'skipped', why: 'not-requested' } };
  }
  if (r.failure) core.setFailed(escapeLogCommand(r.failure));
  return { ok: r.failure === null, ...r };
}

function setOutputs(outputs: Partial<Record<OutputName, string>>): void {
  for (const [k, v] of Object.entries(outputs)) core.setOutput(k, v ?? '');
}

function receiptOutputs(
  r: Receipt,
  receiptPath: string,
  receiptDigest: string,
  artifact: { id: number | null; url: string | null },
): Partial<Record<OutputName, string>> {
  return {
    decision: r.policy_decision.status,
    'claim-tier': r.claim_tier,
    'receipt-path': receiptPath,
    'receipt-digest': receiptDigest,
    'allowed-claim': r.allowed_claim,
    'workload-digest': r.workload_digest,
    'output-digest': r.output_digest,
    'artifact-id': artifact.id === null ? '' : String(artifact.id),
    'artifact-url': artifact.url ?? '',
  };
}

export function runDeps(deps: ActionDeps): RunDeps {
  const d: RunDeps = { cwd: deps.cwd, env: deps.env, now: deps.now };
  if (deps.progress) d.progress = deps.progress;
  // What the engine explains on the way (e.g. what `evidence: auto` probed and why each source was
  // absent) goes to the step's log, escaped.
  d.note = (line: string) => core.info(escapeLogCommand(`compute-receipt: ${line}`));
  return d;
}

const abs = (cwd: string, p: string) => (isAbsolute(p) ? p : resolve(cwd, p));

async function readText(cwd: string, p: string, what: string): Promise<string> {
  return readRegularText(abs(cwd, p), { maxBytes: READ_LIMITS.claimText, what: `${what} file`, shown: p });
}

/** Output names and digests from the receipt directory's outputs manifest; null when unreadable. */
async function outputFiles(dir: string, r: Receipt): Promise<{ name: string; digest: string }[] | null> {
  const rel = r.outputs.manifest.path;
  if (isAbsolute(rel) || rel.split(/[\\/]/).includes('..')) return null;
  try {
    const m = JSON.parse(await readRegularText(join(dir, rel), { maxBytes: READ_LIMITS.receiptDirFile, what: 'outputs manifest', noFollow: true })) as { resources?: unknown };
    if (!Array.isArray(m.resources)) return null;
    return m.resources
      .filter((x): x is { name: string; digest: string } => !!x && typeof x.name === 'string' && typeof x.digest === 'string')
      .map((x) => ({ name: x.name, digest: x.digest }));
  } catch {
    return null;
  }
}

export async function writeSummary(inputs: ActionInputs, markdown: string): Promise<void> {
  if (!inputs.summary) return;
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (e) {
    core.warning(escapeLogCommand(`compute-receipt: job summary not written: ${oneLine((e as Error).message)}`));
  }
}

async function postComment(inputs: ActionInputs, ctx: ActionContext, deps: ActionDeps, body: (key: string) => string): Promise<CommentOutcome> {
  if (!inputs.comment) return { action: 'skipped', why: 'not-requested' };
  const pr = pullRequestOf(ctx, inputs.prNumber);
  if (!pr) {
    core.info('compute-receipt: not a pull request event and no pr-number: no PR comment written');
    return { action: 'skipped', why: 'not-a-pull-request' };
  }
  if (pr.fork) {
    core.warning(
      'compute-receipt: PR comment skipped: this pull request comes from a fork, so the workflow token is read-only. ' +
        'Comment from a workflow_run workflow instead (docs/action.md, docs/examples/fork-pr-comment.yml).',
    );
    return { action: 'skipped', why: 'fork' };
  }
  if (!deps.github) {
    core.warning('compute-receipt: PR comment skipped: no github-token');
    return { action: 'skipped', why: 'no-token' };
  }
  const key = jobKey(ctx, inputs.jobId, inputs.mode);
  try {
    const r = await upsertStickyComment(deps.github, { owner: pr.owner, repo: pr.repo, issue: pr.number, marker: commentMarker(key), body: body(key) });
    core.info(`compute-receipt: PR comment ${r.action} (#${pr.number}, comment ${r.id})`);
    return { action: r.action, id: r.id };
  } catch (e) {
    const status = e instanceof GitHubApiError ? e.status : null;
    const hint =
      status === 401 || status === 403 || status === 404
        ? ' The token cannot write here (a fork PR, or the job lacks `pull-requests: write`).'
        : '';
    core.warning(escapeLogCommand(`compute-receipt: PR comment not written: ${oneLine((e as Error).message)}.${hint}`));
    return { action: 'skipped', why: 'api-error' };
  }
}

function logDecision(r: Receipt, extra: string): void {
  core.info(
    escapeLogCommand(
      `compute-receipt: decision ${r.policy_decision.status} (${r.policy_decision.appraised_by}-appraised), claim tier ${r.claim_tier}${extra}\n` +
        `allowed claim: ${r.allowed_claim}`,
    ),
  );
}

async function runCreate(inputs: ActionInputs, ctx: ActionContext, deps: ActionDeps): Promise<ModeResult> {
  let oidcToken: string | undefined;
  // With a begin state, seal binds the token begin bound (the state holds it).
  if (inputs.oidc && !inputs.beginState) oidcToken = await requestOidcToken(deps);
  if (inputs.inputKey) core.setSecret(inputs.inputKey.toString('utf8'));

  const claims: { source: string; text: string }[] = [];
  for (const p of inputs.claims) claims.push({ source: p, text: await readText(deps.cwd, p, 'claims') });
  if (inputs.lintPrBody) {
    const pr = pullRequestOf(ctx, inputs.prNumber);
    if (pr && pr.body) claims.push({ source: 'pull request body', text: pr.body });
    else core.info('compute-receipt: lint-pr-body: no pull request body in this event');
  }

  const opts: CreateOptions = {
    workload: inputs.workload,
    inputs: inputs.inputs,
    outputs: inputs.outputs,
    ...(inputs.benchmark ? { benchmark: inputs.benchmark } : {}),
    evidence: inputs.evidence,
    policy: inputs.policy ?? 'record-only',
    ...(inputs.jobId ? { jobId: inputs.jobId } : {}),
    ...(inputs.nonce ? { nonce: inputs.nonce } : {}),
    ...(inputs.inputKey ? { inputKey: inputs.inputKey } : {}),
    claims,
    storage: inputs.storage,
    network: inputs.network,
    out: inputs.receipt,
    ...(oidcToken ? { oidcToken } : {}),
    ...(inputs.workloadSignature
      ? {
          workloadSignature: {
            signature: inputs.workloadSignature,
            ...(inputs.workloadKey ? { key: inputs.workloadKey } : {}),
            ...(inputs.workloadCertChain ? { certChain: inputs.workloadCertChain } : {}),
            ...(inputs.workloadTrustedRoot ? { trustedRoot: inputs.workloadTrustedRoot } : {}),
          },
        }
      : {}),
    appraisedBy: 'self',
    ...(inputs.beginState ? { beginState: inputs.beginState } : {}),
    ...(inputs.exitStatus !== null ? { exitStatus: inputs.exitStatus } : {}),
  };
  const res = await deps.engine.create(opts, runDeps(deps));
  const r = res.receipt;
  logDecision(r, '');
  core.info(escapeLogCommand(`compute-receipt: wrote ${res.receiptPath} (${res.receiptDigest})`));

  let artifact: { id: number | null; url: string | null } = { id: null, url: null };
  if (inputs.uploadArtifact) {
    const files = await listFiles(res.outDir);
    const up = await deps.artifacts.upload(inputs.artifactName, res.outDir, files);
    artifact = { id: up.id, url: artifactUrl(ctx.serverUrl, ctx.repository, ctx.runId, up.id) };
    core.info(escapeLogCommand(`compute-receipt: uploaded artifact ${JSON.stringify(inputs.artifactName)}${up.id !== null ? ` (id ${up.id})` : ''}`));
  }

  const outputs = receiptOutputs(r, res.receiptPath, res.receiptDigest, artifact);
  setOutputs(outputs);
  const failure = gateMessage(r.policy_decision.status, inputs.failOn, r.policy_decision.checks, r.policy_decision.reason);

  const report: ReportOptions = {
    mode: 'create',
    receiptDigest: res.receiptDigest,
    artifact: inputs.uploadArtifact ? { name: inputs.artifactName, ...artifact } : null,
    outputFiles: await outputFiles(res.outDir, r),
    runUrl: runUrl(ctx),
    gate: { failOn: inputs.failOn, failed: failure !== null },
  };
  const summary = renderSummary(r, report);
  await writeSummary(inputs, summary);
  const comment = await postComment(inputs, ctx, deps, (key) => renderComment(r, { ...report, jobKey: key }));
  return { outputs, failure, summary, comment };
}

async function runVerify(inputs: ActionInputs, ctx: ActionContext, deps: ActionDeps): Promise<ModeResult> {
  let receiptLocation = abs(deps.cwd, inputs.receipt);
  let artifact: { id: number | null; url: string | null } = { id: null, url: null };
  if (inputs.receiptArtifact) {
    const dest = abs(deps.cwd, inputs.receipt);
    const dl = await deps.artifacts.download(inputs.receiptArtifact, inputs.receiptRunId, dest);
    receiptLocation = dl.path;
    artifact = { id: dl.id, url: artifactUrl(ctx.serverUrl, ctx.repository, inputs.receiptRunId ?? ctx.runId, dl.id) };
    core.info(
      escapeLogCommand(
        `compute-receipt: downloaded artifact ${JSON.stringify(inputs.receiptArtifact)} (id ${dl.id}${inputs.receiptRunId ? `, run ${inputs.receiptRunId}` : ''}); its contents are untrusted until replayed`,
      ),
    );
  }
  const opts: VerifyOptions = {
    receipt: receiptLocation,
    policy: inputs.policy!,
    ...(inputs.workload.length ? { workload: inputs.workload } : {}),
    ...(inputs.inputs.length ? { inputs: inputs.inputs } : {}),
    ...(inputs.outputs.length ? { outputs: inputs.outputs } : {}),
    ...(inputs.inputKey ? { inputKey: inputs.inputKey } : {}),
    ...(inputs.expectJob ? { expectJob: inputs.expectJob } : {}),
    ...(inputs.expectSha ? { expectSha: inputs.expectSha } : {}),
    ...(inputs.oidcJwks ? { oidcJwks: abs(deps.cwd, inputs.oidcJwks) } : {}),
    ...(inputs.workloadTrustedRoot ? { workloadTrustedRoot: abs(deps.cwd, inputs.workloadTrustedRoot) } : {}),
    network: inputs.network,
  };
  if (inputs.inputKey) core.setSecret(inputs.inputKey.toString('utf8'));
  const vr = await deps.engine.verify(opts, runDeps(deps));
  const r = vr.appraised;
  const receiptPath = join(vr.receipt_dir, 'receipt.json');
  const receiptDigest = 'sha256:' + createHash('sha256').update(await readRegularFile(receiptPath, { maxBytes: READ_LIMITS.receipt, what: 'receipt' })).digest('hex');
  logDecision(r, vr.ok ? '; replay found no mismatch' : `; replay found ${vr.mismatches.length} ${vr.mismatches.length === 1 ? 'mismatch' : 'mismatches'}`);
  // The causes first, each naming its file (like sha256sum -c), in the Action's words.
  for (const c of vr.causes ?? []) core.info(escapeLogCommand(`compute-receipt: ${inActionWords(causeLine(c))}`));
  const notes = vr.notes.map(inActionWords);
  for (const n of notes) core.info(escapeLogCommand(`compute-receipt: note: ${n}`));

  const outputs = receiptOutputs(r, receiptPath, receiptDigest, artifact);
  setOutputs(outputs);
  const failure = gateMessage(vr.decision, inputs.failOn, vr.checks, vr.reason);

  const report: ReportOptions = {
    mode: 'verify',
    receiptDigest,
    artifact: inputs.receiptArtifact ? { name: inputs.receiptArtifact, ...artifact } : null,
    replay: {
      ok: vr.ok,
      mismatches: vr.mismatches.map((m) => ({ ...m, cause: inActionWords(m.cause) })),
      notes,
      causes: (vr.causes ?? []).map((c) => ({ ...c, detail: inActionWords(c.detail) })),
      policyMatchesReceipt: vr.policy_matches_receipt,
      rederived: vr.rederived,
      unverified: vr.unverified,
      producer: vr.producer,
    },
    // The output list comes from the saved manifest: shown only when the verifier found it intact.
    outputFiles: vr.mismatches.some((m) => m.field.startsWith('outputs.') || m.field.startsWith('file outputs.')) ? null : await outputFiles(vr.receipt_dir, r),
    runUrl: runUrl(ctx),
    gate: { failOn: inputs.failOn, failed: failure !== null },
  };
  const summary = renderSummary(r, report);
  await writeSummary(inputs, summary);
  const comment = await postComment(inputs, ctx, deps, (key) => renderComment(r, { ...report, jobKey: key }));
  return { outputs, failure, summary, comment };
}

const LINTABLE = /\.(md|markdown|mdx|txt|rst)$/i;

/** Files to lint: each path as is, directories walked for text documents. */
async function lintTargets(cwd: string, paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const a = abs(cwd, p);
    let st;
    try {
      st = await stat(a);
    } catch {
      throw new InputError('PATH_MISSING', `no such lint path: ${q(p)}`);
    }
    if (st.isDirectory()) {
      const walk = async (d: string): Promise<void> => {
        for (const e of (await readdir(d, { withFileTypes: true })).sort((x, y) => (x.name < y.name ? -1 : 1))) {
          if (e.name === '.git' || e.name === 'node_modules') continue;
          const full = join(d, e.name);
          if (e.isDirectory()) await walk(full);
          else if (e.isFile() && LINTABLE.test(e.name)) out.push(full);
        }
      };
      await walk(a);
    } else out.push(a);
  }
  return out;
}

async function runLint(inputs: ActionInputs, ctx: ActionContext, deps: ActionDeps): Promise<ModeResult> {
  const findings: LintFindingView[] = [];
  const checked: string[] = [];
  for (const file of await lintTargets(deps.cwd, inputs.lintPaths)) {
    const shown = relative(deps.cwd, file).split(sep).join('/');
    checked.push(shown);
    const text = await readText(deps.cwd, file, 'lint');
    for (const f of deps.engine.lint(text)) findings.push({ ...f, source: shown });
  }
  if (inputs.lintPrBody) {
    const pr = pullRequestOf(ctx, inputs.prNumber);
    checked.push('pull request body');
    if (pr?.body) for (const f of deps.engine.lint(pr.body)) findings.push({ ...f, source: 'pull request body' });
  }
  const failing = findings.length > 0 && inputs.failOn !== 'never';
  for (const f of findings) {
    const msg = `${f.category}: "${oneLine(f.sentence)}" — rewrite: ${oneLine(f.rewrite)} (${oneLine(f.why)})`;
    const props = f.source === 'pull request body' ? { title: 'compute-receipt claim lint (PR body)' } : { title: 'compute-receipt claim lint', file: f.source, startLine: f.line };
    if (failing) core.error(escapeLogCommand(msg), props);
    else core.warning(escapeLogCommand(msg), props);
  }
  const outputs: Partial<Record<OutputName, string>> = { 'lint-findings': String(findings.length) };
  setOutputs(outputs);
  const failure = failing
    ? oneLine(
        `compute-receipt: claim lint flagged ${findings.length} sentence${findings.length === 1 ? '' : 's'} (fail-on ${inputs.failOn}): ` +
          findings
            .slice(0, 10)
            .map((f) => `${f.source}:${f.line} ${f.category}`)
            .join(', ') +
          (findings.length > 10 ? `, and ${findings.length - 10} more` : ''),
      )
    : null;
  const summary = renderLintSummary(findings, checked);
  await writeSummary(inputs, summary);
  const comment = await postComment(inputs, ctx, deps, (key) => renderLintComment(findings, checked, key));
  return { outputs, failure, summary, comment };
}

export type { Decision };

/** The job's OIDC token for our audience, masked in the log; one clear line when it cannot be had. */
export async function requestOidcToken(deps: Pick<ActionDeps, 'getIdToken'>): Promise<string> {
  let token: string;
  try {
    token = await (deps.getIdToken ?? core.getIDToken)(OIDC_AUDIENCE);
  } catch (e) {
    throw new InputError('USAGE', `oidc: true but no OIDC token could be requested (the job needs \`permissions: id-token: write\`): ${(e as Error).message}`);
  }
  core.setSecret(token);
  return token;
}
