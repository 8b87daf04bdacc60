// A complete job on disk and a fresh receipt for it, made by the real `create` (simulated evidence,
// no hardware): every optional part of the receipt is present so verify's rule can be proved on it.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildManifest, digestTree, omsStatement } from '../../src/digest/index.js';
import { create, type CreateResult, type RunDeps } from '../../src/run.js';
import { makeKey, signBundle } from './oms-sign.js';

export interface Job {
  work: string;
  out: string;
  policy: string;
  deps: RunDeps;
  created: CreateResult;
  paths: { workload: string[]; inputs: string[]; outputs: string[] };
}

/** A policy like `demo`, with an id containing `..` and one allowed extra ignore. */
export const POLICY_YAML = `policy_id: my..policy
version: 1
decision_ceiling: pass
evidence:
  required: [simulated]
  on_missing: deny
  on_unsupported: deny
  on_verifier_unavailable: deny
  trust_roots: any
  accept_simulated: true
allowed_ignores: [scratch.tmp]
`;

export function writeTree(base: string, files: Record<string, string>): void {
  for (const [name, body] of Object.entries(files)) {
    const p = join(base, ...name.split('/'));
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, body);
  }
}

/**
 * The workload is signed as `model_signing sign key` would sign it (a test key; the bundle and the
 * key live outside the model), and the helper's policy lists that key in `workload.signers`, so the
 * receipt carries `workload.signature` and the claim names the signer.
 */
export async function makeJob(extra: { ignore?: string[]; policyYaml?: string } = {}): Promise<Job> {
  const work = mkdtempSync(join(tmpdir(), 'cr-job-'));
  const pem = readFileSync(join(__dirname, '..', '..', 'roots', 'intel', 'Intel_SGX_Root_CA.pem'), 'utf8');
  writeTree(work, {
    'model/config.json': '{"layers":2}',
    'model/weights.bin': 'w'.repeat(3000),
    'model/scratch.tmp': 'left out by the producer',
    'inputs/prompts.jsonl': '{"q":"hi"}\n',
    'outputs/answers.jsonl': '{"a":"hello"}\n',
    'outputs/sub/b.txt': 'b\n',
    'bench..v2.json': '{"tokens_per_second": 100}',
    'claims.md': 'The benchmark proves that this job ran.\n',
    'a/vcek.pem': pem,
    'b/vcek.pem': pem + '\n',
  });
  const signer = makeKey();
  const tree = await digestTree([join(work, 'model')], { ignorePaths: extra.ignore ?? ['scratch.tmp'] });
  writeTree(work, {
    'model.sig': signBundle(omsStatement(tree, buildManifest(tree)) as unknown as Record<string, unknown>, signer.privateKey).toString(),
    'signer.pem': signer.pem,
    'my..policy.yml': extra.policyYaml ?? `${POLICY_YAML}workload:\n  signers:\n    - key: "${signer.fingerprint}"\n`,
  });
  const deps: RunDeps = {
    cwd: work,
    env: {
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'tee-runner-1',
      COMPUTE_RECEIPT_PROVIDER: 'example-cloud',
      GITHUB_REPOSITORY: 'octo-org/ml',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_WORKFLOW_REF: 'octo-org/ml/.github/workflows/train.yml@refs/heads/main',
    },
    now: () => new Date(),
  };
  const created = await create(
    {
      workload: ['model'],
      inputs: ['inputs'],
      outputs: ['outputs'],
      benchmark: 'bench..v2.json',
      evidence: ['simulated'],
      policy: './my..policy.yml',
      jobId: 'train-1',
      nonce: '00112233445566778899aabbccddeeff',
      claims: [{ source: 'claims.md', text: readFileSync(join(work, 'claims.md'), 'utf8') }],
      storage: 'ephemeral',
      certs: ['a/vcek.pem', 'b/vcek.pem'],
      network: false,
      out: 'receipt',
      ignorePaths: extra.ignore ?? ['scratch.tmp'],
      workloadSignature: { signature: 'model.sig', key: 'signer.pem' },
    },
    deps,
  );
  return { work, out: join(work, 'receipt'), policy: './my..policy.yml', deps, created, paths: { workload: ['model'], inputs: ['inputs'], outputs: ['outputs'] } };
}

/** A copy of the receipt directory to tamper with. */
export function copyReceipt(job: Job, name: string): string {
  const dir = join(job.work, name);
  cpSync(job.out, dir, { recursive: true });
  return dir;
}
