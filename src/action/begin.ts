import * as core from '@actions/core';
import { escapeLogCommand, md } from '../report/escape.js';
import { InputError } from '../util/errors.js';
import type { ActionInputs } from './inputs.js';
import { type ActionDeps, type ModeResult, requestOidcToken, runDeps, writeSummary } from './main.js';

/**
 * `mode: begin` (docs/execution.md, docs/action.md): an explicit step after the workload and inputs
 * are staged and before the workload runs. It measures them into RTMR3 and writes the begin state;
 * a later `mode: create` step with `begin-state` seals it.
 */
export async function runBegin(inputs: ActionInputs, deps: ActionDeps): Promise<ModeResult> {
  if (!deps.engine.begin) throw new InputError('USAGE', 'mode begin is not available in this build');
  let oidcToken: string | undefined;
  if (inputs.oidc) oidcToken = await requestOidcToken(deps);
  if (inputs.inputKey) core.setSecret(inputs.inputKey.toString('utf8'));
  const r = await deps.engine.begin(
    {
      workload: inputs.workload,
      inputs: inputs.inputs,
      evidence: inputs.evidence,
      state: inputs.beginState!,
      ...(inputs.jobId ? { jobId: inputs.jobId } : {}),
      ...(inputs.nonce ? { nonce: inputs.nonce } : {}),
      ...(inputs.inputKey ? { inputKey: inputs.inputKey } : {}),
      ...(oidcToken ? { oidcToken } : {}),
      network: inputs.network,
    },
    runDeps(deps),
  );
  for (const w of r.warnings) core.warning(escapeLogCommand(`compute-receipt: ${w}`));
  const p = r.state.begin_payload;
  core.info(escapeLogCommand(`compute-receipt: begin measured workload ${p.workload_digest} and inputs ${p.input_commitment} into RTMR3 (${r.state.register.kind}); state ${r.statePath}`));
  core.setOutput('begin-state', r.statePath);
  core.setOutput('workload-digest', p.workload_digest);
  const summary =
    `## compute-receipt: begin\n\n` +
    `Measured into RTMR3 (${r.state.register.kind === 'simulated-rtmr3' ? 'simulated, no hardware' : 'Intel TDX'}) before the workload runs: ` +
    `workload \`${p.workload_digest}\`, inputs \`${p.input_commitment}\`, event \`compute-receipt.begin\` \`${r.state.begin_event_digest.slice(0, 24)}…\`.\n` +
    (r.warnings.length ? `\n> [!WARNING]\n${r.warnings.map((w) => `> ${md(w, 500)}`).join('\n>\n')}\n` : '') +
    `\nA later \`mode: create\` step with \`begin-state\` seals it.\n`;
  await writeSummary(inputs, summary);
  return { outputs: { 'begin-state': r.statePath, 'workload-digest': p.workload_digest }, failure: null, summary, comment: { action: 'skipped', why: 'not-requested' } };
}
