import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { writeAtomic } from '../receipt/write.js';
import { create, type RunDeps } from '../run.js';
import { assetBytes, assetNames } from '../util/assets.js';
import type { Receipt } from '../receipt/schema.js';
import { clean, renderText } from './render.js';
import { count } from './style.js';

/**
 * The whole pipeline on the bundled example, no hardware and no network: the producer role hashes
 * the example, binds and collects simulated evidence and self-appraises under the `demo` policy; then
 * the verifier role replays the receipt from the files written beside it. The example files travel in
 * `<out>/example/` so anyone can replay the receipt again.
 */
export async function runDemo(out: string, deps: RunDeps): Promise<{ verified: Receipt; text: string }> {
  const work = await mkdtemp(join(tmpdir(), 'compute-receipt-demo-'));
  try {
    const names = assetNames('demo');
    const extraFiles = [];
    for (const n of names) {
      const bytes = assetBytes('demo', n)!;
      await writeAtomic(join(work, ...n.split('/')), bytes);
      extraFiles.push({ path: `example/${n}`, bytes });
    }
    const prBody = assetBytes('demo', 'pr-body.md')!.toString('utf8');
    // Two phases, as on a TDX runner (docs/execution.md): begin before the "workload", seal in create.
    // The register is simulated, so the tier stays simulated; every execution check still runs.
    const { begin } = await import('../execution/begin.js');
    const jobId = deps.env['GITHUB_JOB'] ? undefined : 'demo';
    const begun = await begin({ workload: [join(work, 'model')], inputs: [join(work, 'inputs')], evidence: ['simulated'], state: join(work, 'begin', 'state.json'), jobId }, deps);
    const created = await create(
      {
        beginState: begun.statePath,
        exitStatus: 0,
        workload: [join(work, 'model')],
        inputs: [join(work, 'inputs')],
        outputs: [join(work, 'outputs')],
        benchmark: join(work, 'benchmark.json'),
        evidence: ['simulated'],
        policy: 'demo',
        jobId,
        claims: [{ source: 'example/pr-body.md', text: prBody }],
        storage: 'ephemeral',
        network: false,
        out,
        extraFiles,
      },
      deps,
    );
    const ex = (p: string) => join(out, 'example', p);
    // Loaded the way `verify` loads it, so the bundle holds the replay code once.
    const { verifyReceipt } = await import('../receipt/replay.js');
    const verified = await verifyReceipt(
      { receipt: out, policy: 'demo', workload: [ex('model')], inputs: [ex('inputs')], outputs: [ex('outputs')], network: false },
      deps,
    );
    const rel = relative(deps.cwd, out) || '.';
    const lines: string[] = [];
    lines.push(renderText(verified.appraised, { title: 'compute-receipt demo: simulated evidence, no hardware claim' }));
    lines.push(`begin: measured the example's model and inputs into a simulated RTMR3 (compute-receipt.begin ${begun.state.begin_event_digest.slice(0, 16)}…); create sealed the outputs with compute-receipt.seal`);
    lines.push(`producer: wrote ${clean(relative(deps.cwd, created.receiptPath))} (${created.receiptDigest}), self-appraised ${created.receipt.policy_decision.status}`);
    lines.push(`verifier: re-hashed the example, recomputed the binding, re-verified the evidence: ${verified.ok ? 'no mismatch' : count(verified.mismatches.length, 'mismatch', 'mismatches')}, decision ${verified.decision}`);
    lines.push('');
    lines.push('replay it yourself:');
    lines.push(`  compute-receipt verify ${rel} --policy demo --workload ${rel}/example/model --inputs ${rel}/example/inputs --outputs ${rel}/example/outputs`);
    lines.push(`  (cd ${rel}/example/outputs && sha256sum -c ../../outputs.SHA256SUMS)`);
    lines.push('');
    return { verified: verified.appraised, text: lines.join('\n') + '\n' };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
