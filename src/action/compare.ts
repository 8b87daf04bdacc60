import * as core from '@actions/core';
import { join, resolve } from 'node:path';
import type { CompareOptions, CompareResult } from '../compare/compare.js';
import type { RunDeps } from '../run.js';
import { escapeLogCommand } from '../report/escape.js';
import { renderCompareComment, renderCompareSummary } from '../report/compare-summary.js';
import { type ArtifactStore, artifactUrl, listFiles } from './artifact.js';
import { type ActionContext, runUrl } from './context.js';
import { gateMessage } from './gate.js';
import type { ActionInputs, OutputName } from './inputs.js';
import type { CommentOutcome } from './main.js';

/** What the compare mode needs from the Action's orchestration (src/action/main.ts). */
export interface CompareHelpers {
  cwd: string;
  runDeps: RunDeps;
  artifacts: ArtifactStore;
  /** The comparison engine (src/compare/compare.ts); injected by tests. */
  compare: (opts: CompareOptions, deps: RunDeps) => Promise<CompareResult>;
  write: (out: string, r: CompareResult, cwd: string) => Promise<{ path: string; digest: string }>;
  setOutputs: (o: Partial<Record<OutputName, string>>) => void;
  writeSummary: (markdown: string) => Promise<void>;
  postComment: (body: (key: string) => string) => Promise<CommentOutcome>;
}

/**
 * `mode: compare` (docs/compare.md): download the receipt artifacts (for example one per matrix leg),
 * verify and compare every receipt under the verifier's policy, write compare.json, then summarise,
 * comment and gate like `verify`.
 */
export async function runCompare(
  inputs: ActionInputs,
  ctx: ActionContext,
  h: CompareHelpers,
): Promise<{ outputs: Partial<Record<OutputName, string>>; failure: string | null; summary: string; comment: CommentOutcome }> {
  const receipts = inputs.receipts.map((p) => resolve(h.cwd, p));
  const base = join(ctx.runnerTemp ?? h.cwd, 'compute-receipt-compare-artifacts');
  for (const [i, name] of inputs.receiptArtifacts.entries()) {
    const dl = await h.artifacts.download(name, inputs.receiptRunId, join(base, String(i + 1)));
    receipts.push(dl.path);
    core.info(escapeLogCommand(`compute-receipt: downloaded artifact ${JSON.stringify(name)} (id ${dl.id}); its contents are untrusted until verified`));
  }
  if (inputs.inputKey) core.setSecret(inputs.inputKey.toString('utf8'));
  const opts: CompareOptions = {
    receipts,
    policy: inputs.policy!,
    network: inputs.network,
    ...(inputs.workload.length ? { workload: inputs.workload } : {}),
    ...(inputs.inputs.length ? { inputs: inputs.inputs } : {}),
    ...(inputs.inputKey ? { inputKey: inputs.inputKey } : {}),
    ...(inputs.oidcJwks ? { oidcJwks: inputs.oidcJwks } : {}),
  };
  const r = await h.compare(opts, h.runDeps);
  const c = r.compare;
  const written = await h.write(inputs.receipt, r, h.cwd);
  core.info(escapeLogCommand(`compute-receipt: comparison ${c.decision.status}, claim tier ${c.claim_tier}\nallowed claim: ${c.allowed_claim}`));
  core.info(escapeLogCommand(`compute-receipt: wrote ${written.path} (${written.digest})`));

  let artifact: { id: number | null; url: string | null } = { id: null, url: null };
  if (inputs.uploadArtifact) {
    const dir = join(written.path, '..');
    const up = await h.artifacts.upload(inputs.artifactName, dir, await listFiles(dir));
    artifact = { id: up.id, url: artifactUrl(ctx.serverUrl, ctx.repository, ctx.runId, up.id) };
  }
  const outputs: Partial<Record<OutputName, string>> = {
    decision: c.decision.status,
    'claim-tier': c.claim_tier,
    'receipt-path': written.path,
    'receipt-digest': written.digest,
    'allowed-claim': c.allowed_claim,
    'workload-digest': c.workload.digest ?? '',
    'output-digest': c.outputs.compared_digest ?? c.outputs.digest ?? '',
    'artifact-id': artifact.id === null ? '' : String(artifact.id),
    'artifact-url': artifact.url ?? '',
  };
  h.setOutputs(outputs);
  const failure = gateMessage(c.decision.status, inputs.failOn, c.checks, c.decision.reason);
  const report = { compareDigest: written.digest, runUrl: runUrl(ctx), gate: { failOn: inputs.failOn, failed: failure !== null } };
  const summary = renderCompareSummary(c, report);
  await h.writeSummary(summary);
  const comment = await h.postComment((key) => renderCompareComment(c, { ...report, key }));
  return { outputs, failure, summary, comment };
}
