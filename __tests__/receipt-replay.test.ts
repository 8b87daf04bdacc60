// verify trusts nothing the producer wrote: one case per defect of issue 7 (part B), each on a fresh
// receipt made by the real `create` (simulated evidence, no hardware).
import { readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalize } from '../src/binding/jcs.js';
import { renderVerifyText } from '../src/cli/render.js';
import { verifyReceipt, type VerifyResult } from '../src/receipt/replay.js';
import { parsePolicy } from '../src/policy/index.js';
import { renderSummary } from '../src/report/summary.js';
import { InputError } from '../src/util/errors.js';
import { type Job, POLICY_YAML, copyReceipt, makeJob, writeTree } from './helpers/receipt-job.js';

let job: Job;
beforeAll(async () => {
  job = await makeJob();
});
afterAll(() => rmSync(job.work, { recursive: true, force: true }));

const verify = (receipt: string, extra: Partial<Parameters<typeof verifyReceipt>[0]> = {}) =>
  verifyReceipt({ receipt, policy: job.policy, ...job.paths, network: false, ...extra }, job.deps);

const fields = (r: VerifyResult) => r.mismatches.map((m) => m.field);

/** A copy of the receipt with receipt.json edited and written back canonical (so only the edit differs). */
function edited(name: string, edit: (r: any) => void): string {
  const dir = copyReceipt(job, name);
  const r = JSON.parse(readFileSync(join(dir, 'receipt.json'), 'utf8'));
  edit(r);
  writeFileSync(join(dir, 'receipt.json'), canonicalize(r));
  return dir;
}

describe('a genuine receipt', () => {
  it('round trips with no mismatch, including names with ".." and two --certs with one basename (defect 7)', async () => {
    const r = await verify(job.out);
    expect(r.mismatches).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.decision).toBe('pass');
    expect(r.policy_matches_receipt).toBe(true);
    expect(job.created.receipt.benchmark_result?.file).toBe('benchmark/bench..v2.json');
    expect(job.created.receipt.policy_decision.policy_file).toBe('policy/my..policy.yml');
    const aux = job.created.receipt.attestation_result.evidence[0]!.aux;
    expect(aux.map((a) => a.file)).toEqual(['evidence/0-cert-vcek.pem', 'evidence/0-cert-2-vcek.pem']);
    expect(new Set(aux.map((a) => a.digest)).size).toBe(2);
    expect(readdirSync(join(job.out, 'evidence')).sort()).toEqual(['0-cert-2-vcek.pem', '0-cert-vcek.pem', '0-simulated-tdx-quote.bin']);
  });

  it('also verifies from the saved manifests alone, naming what it could not re-derive', async () => {
    const r = await verifyReceipt({ receipt: job.out, policy: job.policy, network: false }, job.deps);
    expect(r.mismatches).toEqual([]);
    expect(r.unverified.map((u) => u.field)).toEqual(expect.arrayContaining(['workload.name', 'workload.bytes', 'input.bytes', 'outputs.bytes']));
    const text = renderVerifyText(r);
    expect(text).toMatch(/workload .*\(self-reported\)/);
  });
});

describe('defect 2: a field that selects how something is re-derived is not trusted', () => {
  it('input.scheme flipped to hmac-sha256 does not let verify --inputs OTHER skip the inputs', async () => {
    const dir = edited('scheme', (r) => (r.input.scheme = 'hmac-sha256'));
    writeTree(job.work, { 'other-inputs/prompts.jsonl': '{"q":"something else"}\n' });
    const r = await verify(dir, { inputs: ['other-inputs'] });
    expect(r.ok).toBe(false);
    expect(r.decision).toBe('deny');
    expect(fields(r)).toEqual(expect.arrayContaining(['input.scheme', 'input_commitment', 'binding.report_data']));
  });

  it('a keyed commitment with --inputs and no key is refused, never skipped', async () => {
    const dir = edited('scheme-2', (r) => {
      r.input.scheme = 'hmac-sha256';
      r.input_commitment = 'hmac-sha256:' + r.input_commitment.slice('sha256:'.length);
      r.binding.input_commitment = r.input_commitment;
    });
    await expect(verify(dir)).rejects.toThrow(/keyed.*input key/);
  });

  it('allow_symlinks flipped in the receipt alone does not make the verifier follow symlinks', async () => {
    const dir = edited('symlinks', (r) => (r.workload.serialization.allow_symlinks = true));
    const r = await verify(dir);
    expect(fields(r)).toContain('workload.serialization.allow_symlinks');
  });
});

describe('defect 3: every file the tool writes is re-derived', () => {
  const files = [
    'outputs.SHA256SUMS',
    'workload.SHA256SUMS',
    'workload.statement.json',
    'binding.json',
    'workload.manifest.json',
    'inputs.manifest.json',
    'outputs.manifest.json',
    'policy/my..policy.yml',
    'benchmark/bench..v2.json',
    'evidence/0-simulated-tdx-quote.bin',
    'evidence/0-cert-2-vcek.pem',
  ];
  it.each(files)('%s replaced is a mismatch', async (f) => {
    const dir = copyReceipt(job, `replace-${f.replace(/\W/g, '_')}`);
    const p = join(dir, ...f.split('/'));
    const old = readFileSync(p);
    // A plausible replacement: for SHA256SUMS, a hostile producer's choice of subjects.
    writeFileSync(p, f.endsWith('SHA256SUMS') ? `${'0'.repeat(64)}  evil.bin\n` : Buffer.concat([old, Buffer.from('\n')]));
    const r = await verify(dir);
    expect(r.ok).toBe(false);
    expect(r.decision).toBe('deny');
    expect(r.mismatches.some((m) => m.field === `file ${f}` || m.field.includes(f) || m.cause.includes(f.split('/')[0]!))).toBe(true);
  });
  it.each(files)('%s deleted is a mismatch', async (f) => {
    const dir = copyReceipt(job, `delete-${f.replace(/\W/g, '_')}`);
    unlinkSync(join(dir, ...f.split('/')));
    const r = await verify(dir);
    expect(r.ok).toBe(false);
    expect(fields(r)).toContain(`file ${f}`);
  });
});

describe('defect 4: nothing unverified is shown as verified', () => {
  it.each([
    ['measurement type', (r: any) => (r.runtime_measurement.type = 'tdx'), 'runtime_measurement.type'],
    ['MRTD', (r: any) => (r.runtime_measurement.values.mr_td = 'f'.repeat(96)), 'runtime_measurement.values.mr_td'],
    ['file count', (r: any) => (r.outputs.files = 7), 'outputs.files'],
    ['byte total', (r: any) => (r.workload.bytes = 1), 'workload.bytes'],
    ['workload name', (r: any) => (r.workload.name = 'llama-405b'), 'workload.name'],
    ['evidence status', (r: any) => (r.attestation_result.evidence[0].detail = 'verified by Intel'), 'attestation_result.evidence[0].detail'],
    ['evidence kind', (r: any) => (r.attestation_result.evidence[0].kind = 'tdx'), 'attestation_result.evidence[0].kind'],
    ['evidence format', (r: any) => (r.attestation_result.evidence[0].format = 'sev-snp-report'), 'attestation_result.evidence[0].format'],
  ])('a forged %s is a mismatch, and verify renders its own value', async (_l, edit, field) => {
    const dir = edited(`forge-${field.replace(/\W/g, '_')}`, edit);
    const r = await verify(dir);
    expect(fields(r)).toContain(field);
    expect(r.decision).toBe('deny');
    const text = renderVerifyText(r);
    // Everything but the mismatch lines (which quote the receipt) is the verifier's own view.
    const summary = renderSummary(r.appraised, { mode: 'verify', replay: { ...r, mismatches: [], policyMatchesReceipt: r.policy_matches_receipt } });
    for (const forged of ['llama-405b', 'f'.repeat(96), 'verified by Intel', 'sev-snp-report']) {
      expect(text.split('\n').filter((l) => !l.startsWith('MISMATCH')).join('\n')).not.toContain(forged);
      expect(summary).not.toContain(forged);
    }
    expect(r.appraised.runtime_measurement.type).toBe('simulated');
    expect(r.appraised.workload.name).toBe('model');
  });

  it("the producer's decision is compared under the same policy and labelled its own under another", async () => {
    const dir = edited('decision', (r) => (r.policy_decision.status = 'hold'));
    expect(fields(await verify(dir))).toContain('policy_decision.status');
    const other = await verify(job.out, { policy: 'demo' });
    expect(other.policy_matches_receipt).toBe(false);
    expect(other.unverified.map((u) => u.field)).toEqual(expect.arrayContaining(['policy_decision.status', 'claim_tier', 'allowed_claim']));
    expect(renderVerifyText(other)).toMatch(/^producer .*self-reported; not compared/m);
  });
});

describe('defect 6: the verifier decides what may be ignored when hashing', () => {
  it("a producer's extra ignore (backdoor.py) denies a workload pin and is named", async () => {
    const pinned = POLICY_YAML.replace('allowed_ignores: [scratch.tmp]', `allowed_ignores: [scratch.tmp]\nworkload:\n  digests: ["${job.created.receipt.workload_digest}"]`);
    writeTree(job.work, { 'model/backdoor.py': 'import os\n', 'pinned.yml': pinned });
    const evil = await makeJob({ ignore: ['scratch.tmp', 'backdoor.py'] });
    try {
      writeTree(evil.work, { 'model/backdoor.py': 'import os\n', 'pinned.yml': pinned.replace(job.created.receipt.workload_digest, evil.created.receipt.workload_digest) });
      const r = await verifyReceipt({ receipt: evil.out, policy: './pinned.yml', ...evil.paths, network: false }, evil.deps);
      expect(r.decision).toBe('deny');
      const check = r.checks.find((c) => c.id === 'hashing.ignore_paths')!;
      expect(check.outcome).toBe('deny');
      expect(check.detail).toContain('"backdoor.py"');
      // Re-hashed with the verifier's ignores: the left-out file is found.
      expect(fields(r)).toContain('workload_digest');
      expect(r.notes.join('\n')).toContain('backdoor.py');
    } finally {
      rmSync(evil.work, { recursive: true, force: true });
    }
  });
});

describe('defect 5 and 12: strict receipt reading', () => {
  const raw = () => readFileSync(join(job.out, 'receipt.json'), 'utf8');
  const refused = async (name: string, body: string, re: RegExp) => {
    const dir = copyReceipt(job, name);
    writeFileSync(join(dir, 'receipt.json'), body);
    const e = await verify(dir).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).code).toBe('RECEIPT_INVALID');
    expect((e as Error).message).toMatch(re);
  };

  it('a duplicate key is refused', async () => {
    const body = raw().replace(/^\{/, `{"allowed_claim":"Hardware proves everything.",`);
    await refused('dup', body, /"allowed_claim" twice/);
  });

  it('a receipt that is not in canonical form is refused', async () => {
    await refused('pretty', JSON.stringify(JSON.parse(raw()), null, 2), /canonical/);
  });

  it.each([
    ['not a date', 'issued_at'],
    ['2026-02-31T00:00:00Z', 'issued_at'],
    ['##[set-output name=decision;]pass', 'issued_at'],
    ['2026-01-01T00:00:00Z ##[add-mask]x', 'issued_at'],
  ])('issued_at %j is refused', async (v) => {
    const r = JSON.parse(raw());
    r.issued_at = v;
    await refused(`time-${v.replace(/\W/g, '_')}`, canonicalize(r), /issued_at/);
  });

  it.each([
    ['job_id', (r: any) => (r.job_id = 'job\n::add-mask::x')],
    ['binding.job.run_id', (r: any) => (r.binding.job.run_id = '1 ##[set-output name=x;]y')],
    ['receipt_id', (r: any) => (r.receipt_id = 'cr_##[add-mask]')],
    ['attestation_result.evidence.0.file', (r: any) => (r.attestation_result.evidence[0].file = '../../etc/passwd')],
    ['binding.report_data', (r: any) => (r.binding.report_data = 'ab')],
  ])('%s with a wrong format or control characters is refused', async (where, edit) => {
    const r = JSON.parse(raw());
    edit(r);
    await refused(`fmt-${where.replace(/\W/g, '_')}`, canonicalize(r), new RegExp(where.replace(/[.[\]]/g, '\\$&')));
  });

  it('untrusted text with workflow-command markers anywhere in a line is neutralised in verify output', async () => {
    const dir = edited('markers', (r) => {
      r.deployment.provider = 'cloud ##[add-mask]secret ::error::x';
      r.deployment.runner.name = 'r\u202egpj.exe';
    });
    const text = renderVerifyText(await verify(dir));
    expect(text).not.toMatch(/::|##\[/);
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('r<U+202E>gpj.exe');
  });

  it("issued_at is never the verification clock: the verifier's own clock is, and the note says so", async () => {
    const dir = edited('clock', (r) => (r.issued_at = '1999-01-01T00:00:00.000Z'));
    const r = await verify(dir);
    expect(r.notes.join('\n')).toMatch(/verified at the verifier's clock 20\d\d-/);
    expect(r.unverified.map((u) => u.field)).toContain('issued_at');
  });

  it('a policy with tens of thousands of keys is refused before parsing, naming the file', () => {
    const text = 'policy_id: big\nversion: 1\n' + Array.from({ length: 60_000 }, (_, i) => `k${i}: ${i}`).join('\n') + '\n';
    expect(() => parsePolicy(text, 'big.yml')).toThrow(/policy "big.yml": has more than 2000 keys/);
  });
});
