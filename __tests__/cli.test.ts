// End to end through the committed CLI bundle, run as users run it: `node dist/cli/index.js ...`.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/claims/lint/index.js';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const haveCli = existsSync(cli);

function run(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: opts.cwd ?? work,
    input: opts.input,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...(opts.env ?? {}) },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let work = '';

function writeTree(base: string, files: Record<string, string>) {
  for (const [name, body] of Object.entries(files)) {
    const p = join(base, ...name.split('/'));
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, body);
  }
}

function job() {
  writeTree(work, {
    'model/config.json': '{"a":1}',
    'model/weights.bin': 'w'.repeat(5000),
    'inputs/prompts.jsonl': '{"q":"hi"}\n',
    'outputs/answers.jsonl': '{"a":"hello"}\n',
    'outputs/sub dir/naïve [x].txt': 'awkward\n',
    'bench.json': '{"tokens_per_second": 100}',
  });
}

const base = ['create', '--workload', 'model', '--inputs', 'inputs', '--outputs', 'outputs'];

describe.skipIf(!haveCli)('CLI (dist/cli/index.js)', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'cr-cli-'));
    job();
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('--version and --help exit 0', () => {
    expect(run(['--version']).stdout).toMatch(/^compute-receipt \d+\.\d+\.\d+\n$/);
    expect(run(['--help']).code).toBe(0);
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['create', '--bogus'], /create: Unknown option '--bogus'/],
    [['create', '--workload', 'model', '--inputs', 'inputs'], /missing --outputs/],
    [['create', '--workload', 'nope', '--inputs', 'inputs', '--outputs', 'outputs'], /nope/],
    [[...base, '--policy', 'no-such-policy'], /no-such-policy/],
    [[...base, '--fail-on', 'sometimes'], /--fail-on must be one of/],
    [[...base, '--nonce', 'zz'], /nonce/],
    [['verify', 'compute-receipt'], /--policy/],
    [['hash'], /at least one path/],
  ])('bad usage %j exits 2 with one line', (args, re) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(re);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a failed create leaves nothing behind', () => {
    const out = join(work, 'never-written');
    const r = run([...base.slice(0, 5), '--outputs', 'missing-dir', '--out', out]);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(work).filter((n) => n.includes('staging'))).toEqual([]);
  });

  it('hash --json follows the recipe (independent reimplementation)', () => {
    const r = run(['hash', '--json', 'outputs']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    const names = ['answers.jsonl', 'sub dir/naïve [x].txt'];
    expect(j.files.map((f: { name: string }) => f.name)).toEqual(names);
    const h = createHash('sha256');
    for (const n of names) h.update(createHash('sha256').update(readFileSync(join(work, 'outputs', ...n.split('/')))).digest());
    expect(j.digest).toBe('sha256:' + h.digest('hex'));
    expect(j.serialization).toMatchObject({ method: 'files', hash_type: 'sha256', order: 'path-components' });
  });

  it('default policy record-only: decision hold, exit 0 at fail-on deny, exit 1 at fail-on hold', () => {
    const a = run([...base, '--evidence', 'none', '--out', 'r-hold', '--json']);
    expect(a.code).toBe(0);
    const receipt = JSON.parse(a.stdout);
    expect(receipt.policy_decision.status).toBe('hold');
    expect(receipt.claim_tier).toBe('none');
    expect(receipt.policy_decision.appraised_by).toBe('self');
    const b = run([...base, '--evidence', 'none', '--out', 'r-hold2', '--fail-on', 'hold']);
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/decision hold \(fail-on hold\)/);
  });

  it('writes the whole receipt directory; receipt.json is canonical JSON', () => {
    const r = run([...base, '--evidence', 'simulated', '--policy', 'demo', '--benchmark', 'bench.json', '--out', 'r1']);
    expect(r.code).toBe(0);
    const dir = join(work, 'r1');
    for (const f of ['receipt.json', 'workload.manifest.json', 'workload.statement.json', 'workload.SHA256SUMS', 'inputs.manifest.json', 'outputs.manifest.json', 'outputs.SHA256SUMS', 'binding.json', 'policy/demo.yml']) {
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
    const text = readFileSync(join(dir, 'receipt.json'), 'utf8');
    const receipt = JSON.parse(text);
    expect(receipt.claim_tier).toBe('simulated');
    expect(receipt.policy_decision.status).toBe('pass');
    expect(receipt.benchmark_result.claim_limit).toBe('capacity context only; not per-job proof');
    // sha256sum -c replays the outputs.
    const sums = execFileSync('sha256sum', ['-c', join(dir, 'outputs.SHA256SUMS')], { cwd: join(work, 'outputs'), encoding: 'utf8' });
    expect(sums).toMatch(/answers.jsonl: OK/);
  });

  it('create then verify round trips (exit 0, no mismatch)', () => {
    const r = run(['verify', 'r1', '--policy', 'demo', '--workload', 'model', '--inputs', 'inputs', '--outputs', 'outputs', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.ok).toBe(true);
    expect(j.mismatches).toEqual([]);
    expect(j.decision).toBe('pass');
    expect(j.policy_matches_receipt).toBe(true);
  });

  it('verify under a stricter verifier policy denies simulated evidence', () => {
    const r = run(['verify', 'r1', '--policy', 'cpu-tee-strict', '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.decision).toBe('deny');
    expect(j.policy_matches_receipt).toBe(false);
  });

  it('a changed output byte is caught', () => {
    const copy = join(work, 'outputs-changed');
    cpSync(join(work, 'outputs'), copy, { recursive: true });
    writeFileSync(join(copy, 'answers.jsonl'), '{"a":"hellO"}\n');
    const r = run(['verify', 'r1', '--policy', 'demo', '--outputs', 'outputs-changed', '--json']);
    expect(r.code).toBe(1);
    const fields = JSON.parse(r.stdout).mismatches.map((m: { field: string }) => m.field);
    expect(fields).toContain('output_digest');
    expect(fields).toContain('binding.report_data');
  });

  it('a renamed output file is caught even though the root digest ignores names', () => {
    const copy = join(work, 'outputs-renamed');
    cpSync(join(work, 'outputs'), copy, { recursive: true });
    renameSync(join(copy, 'answers.jsonl'), join(copy, 'answers2.jsonl'));
    const r = run(['verify', 'r1', '--policy', 'demo', '--outputs', 'outputs-renamed', '--json']);
    expect(r.code).toBe(1);
    const mm = JSON.parse(r.stdout).mismatches;
    expect(mm.map((m: { field: string }) => m.field)).toContain('outputs.manifest');
    expect(JSON.stringify(mm)).toMatch(/answers2.jsonl/);
  });

  it('a changed bound field in receipt.json is caught', () => {
    const dir = join(work, 'r1-edited');
    cpSync(join(work, 'r1'), dir, { recursive: true });
    const p = join(dir, 'receipt.json');
    const rec = JSON.parse(readFileSync(p, 'utf8'));
    rec.binding.job.sha = 'f'.repeat(40);
    writeFileSync(p, JSON.stringify(rec));
    const r = run(['verify', 'r1-edited', '--policy', 'demo', '--json']);
    expect(r.code).toBe(1);
    const fields = JSON.parse(r.stdout).mismatches.map((m: { field: string }) => m.field);
    expect(fields).toContain('binding.report_data');
    expect(JSON.parse(r.stdout).decision).toBe('deny');
  });

  it("an edited copy of the producer's policy is caught", () => {
    const dir = join(work, 'r1-policy-edited');
    cpSync(join(work, 'r1'), dir, { recursive: true });
    writeFileSync(join(dir, 'policy', 'demo.yml'), readFileSync(join(dir, 'policy', 'demo.yml'), 'utf8') + '\n# edited\n');
    const r = run(['verify', 'r1-policy-edited', '--policy', 'demo', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).mismatches.map((m: { field: string }) => m.field)).toContain('policy_decision.policy_digest (saved copy)');
  });

  it('a swapped evidence file is caught', () => {
    expect(run([...base, '--evidence', 'simulated', '--policy', 'demo', '--out', 'r2', '--nonce', '0011223344556677']).code).toBe(0);
    const dir = join(work, 'r1-swapped');
    cpSync(join(work, 'r1'), dir, { recursive: true });
    const ev = readdirSync(join(dir, 'evidence'))[0]!;
    cpSync(join(work, 'r2', 'evidence', ev), join(dir, 'evidence', ev));
    const r = run(['verify', 'r1-swapped', '--policy', 'demo', '--json']);
    expect(r.code).toBe(1);
    const fields = JSON.parse(r.stdout).mismatches.map((m: { field: string }) => m.field);
    expect(fields).toContain('attestation_result.evidence[0].digest');
    expect(fields).toContain('attestation_result.evidence[0].binding');
  });

  it('a workload given as an image reference pinned by digest reads no files and replays by reference', () => {
    const ref = 'ghcr.io/acme/model:1.0@sha256:' + 'a'.repeat(64);
    const c = run(['create', '--workload', ref, '--inputs', 'inputs', '--outputs', 'outputs', '--evidence', 'simulated', '--policy', 'demo', '--out', 'r-image', '--json']);
    expect(c.code, c.stderr).toBe(0);
    const receipt = JSON.parse(c.stdout);
    expect(receipt.workload).toMatchObject({ kind: 'image', name: 'ghcr.io/acme/model:1.0', manifest: null });
    expect(receipt.workload_digest).toBe('sha256:' + 'a'.repeat(64));
    expect(run(['verify', 'r-image', '--policy', 'demo', '--workload', ref]).code).toBe(0);
    const other = run(['verify', 'r-image', '--policy', 'demo', '--workload', ref.replace(/a{64}$/, 'b'.repeat(64)), '--json']);
    expect(other.code).toBe(1);
    expect(JSON.parse(other.stdout).mismatches.map((m: { field: string }) => m.field)).toContain('workload_digest');
  });

  it('--expect-job and --expect-sha are checked', () => {
    const r = run(['verify', 'r1', '--policy', 'demo', '--expect-job', 'other', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).mismatches[0].field).toBe('job.id (expected)');
  });

  it.each([
    ['not json', 'r-bad-json', '{nope', /not valid JSON/],
    ['schema', 'r-bad-schema', '{"schema_version":"compute-receipt/v1"}', /fails the schema/],
  ])('a receipt that is %s exits 2', (_label, name, body, re) => {
    mkdirSync(join(work, name), { recursive: true });
    writeFileSync(join(work, name, 'receipt.json'), body);
    const r = run(['verify', name, '--policy', 'demo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(re);
  });

  it('an invalid policy file exits 2 naming the key', () => {
    writeFileSync(join(work, 'bad.yml'), 'policy_id: x\nversion: 1\nevidnce: {}\n');
    const r = run([...base, '--policy', 'bad.yml', '--out', 'r-bad-policy']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/evidnce/);
    expect(existsSync(join(work, 'r-bad-policy'))).toBe(false);
  });

  it('a FIFO in the tree exits 2 without hanging', () => {
    const d = join(work, 'fifo-out');
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'a.txt'), 'a');
    execFileSync('mkfifo', [join(d, 'pipe')]);
    const r = run([...base.slice(0, 5), '--outputs', 'fifo-out', '--out', 'r-fifo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pipe/);
  });

  it('keyed input commitment writes no plain per-file input digest', () => {
    writeFileSync(join(work, 'key.bin'), 'secret-key-material');
    const r = run([...base, '--evidence', 'none', '--input-key-file', 'key.bin', '--out', 'r-keyed', '--json']);
    expect(r.code).toBe(0);
    const receipt = JSON.parse(r.stdout);
    expect(receipt.input_commitment).toMatch(/^hmac-sha256:/);
    const plain = createHash('sha256').update(readFileSync(join(work, 'inputs', 'prompts.jsonl'))).digest('hex');
    const all = readdirSync(join(work, 'r-keyed'), { recursive: true }).map(String);
    for (const f of all) {
      const p = join(work, 'r-keyed', f);
      try {
        expect(readFileSync(p, 'utf8')).not.toContain(plain);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EISDIR') throw e;
      }
    }
    // Replay with the key from the environment re-derives the commitment.
    const v = run(['verify', 'r-keyed', '--policy', 'record-only', '--inputs', 'inputs', '--fail-on', 'never', '--json'], {
      env: { COMPUTE_RECEIPT_INPUT_KEY: 'secret-key-material' },
    });
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout).rederived.inputs).toBe(true);
  });

  it('demo runs with no hardware and no network, writes ./compute-receipt-demo, exits 0', () => {
    const d = mkdtempSync(join(tmpdir(), 'cr-demo-'));
    try {
      const r = run(['demo'], { cwd: d });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/simulated/);
      expect(r.stdout).toMatch(/no mismatch/);
      const receipt = JSON.parse(readFileSync(join(d, 'compute-receipt-demo', 'receipt.json'), 'utf8'));
      expect(receipt.claim_tier).toBe('simulated');
      expect(receipt.struck_claims.length).toBeGreaterThan(0);
      // What the project itself writes passes its own linter; only the quoted blocked and struck
      // sentences (which it shows as blocked) are exempt.
      const own = r.stdout.split(/\nblocked claims[^\n]*\n/)[0]! + r.stdout.split(/\nproducer: /)[1];
      expect(lint(own)).toEqual([]);
      // The printed replay command works.
      const v = run(['verify', 'compute-receipt-demo', '--policy', 'demo', '--workload', 'compute-receipt-demo/example/model', '--inputs', 'compute-receipt-demo/example/inputs', '--outputs', 'compute-receipt-demo/example/outputs'], { cwd: d });
      expect(v.code, v.stdout + v.stderr).toBe(0);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('the bundle runs on the oldest supported Node (20) with no install, when one is on the machine', () => {
    const candidates = ['/usr/bin/node', '/usr/local/bin/node', '/bin/node'].filter((p) => existsSync(p));
    const node20 = candidates.find((p) => spawnSync(p, ['--version'], { encoding: 'utf8' }).stdout.startsWith('v20.'));
    if (!node20) {
      console.log('no Node 20 binary on this machine: skipping the Node 20 run');
      return;
    }
    const d = mkdtempSync(join(tmpdir(), 'cr-node20-'));
    try {
      const r = spawnSync(node20, [cli, 'demo'], { cwd: d, encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } });
      expect(r.status, r.stderr).toBe(0);
      expect(existsSync(join(d, 'compute-receipt-demo', 'receipt.json'))).toBe(true);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('lint exits 1 on findings with the JSON shape, 0 on clean text', () => {
    const bad = run(['lint', '--json'], { input: 'The benchmark proves this job ran.\n' });
    expect(bad.code).toBe(1);
    const f = JSON.parse(bad.stdout).findings[0];
    expect(Object.keys(f).sort()).toEqual(['category', 'line', 'rewrite', 'rule', 'sentence', 'why']);
    expect(f.category).toBe('benchmark-as-proof');
    const ok = run(['lint'], { input: 'The benchmark gives capacity context only.\n' });
    expect(ok.code).toBe(0);
  });
});

describe('terminal escaping', () => {
  it('control characters and workflow-command markers in untrusted text are neutralised', async () => {
    const { clean } = await import('../src/cli/render.js');
    expect(clean('a\u001b[31mred\u0007')).toBe('a\uFFFD[31mred\uFFFD');
    expect(clean('::error::x')).not.toContain('::');
    expect(clean('plain name.bin')).toBe('plain name.bin');
  });
});
