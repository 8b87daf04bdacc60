// verify names the file first, like `sha256sum -c`: a changed, added, missing or renamed file leads,
// and the receipt fields that follow from it (digests, binding, report_data, GPU nonce, evidence
// binding, decision, claim) are folded under it; expected is always the receipt's value.
import { appendFileSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalize } from '../src/binding/jcs.js';
import { lint } from '../src/claims/lint/index.js';
import { renderVerifyText } from '../src/cli/render.js';
import type { Manifest } from '../src/digest/index.js';
import { diffManifests } from '../src/receipt/manifest-diff.js';
import { causeLine, foldedFields, replayCauses } from '../src/receipt/replay-causes.js';
import { verifyReceipt } from '../src/receipt/replay.js';
import { type Job, copyReceipt, makeJob } from './helpers/receipt-job.js';

const ser = { method: 'files', hash_type: 'sha256', order: 'path-components', allow_symlinks: false, ignore_paths: [] } as unknown as Manifest['serialization'];
const man = (files: Record<string, string>, s = ser): Manifest => ({
  serialization: s,
  resources: Object.entries(files).map(([name, d]) => ({ name, algorithm: 'sha256' as const, digest: d.repeat(64).slice(0, 64) })),
});

describe('diffManifests', () => {
  it.each([
    ['nothing changed', { a: '1', b: '2' }, { a: '1', b: '2' }, []],
    ['a changed file', { a: '1', b: '2' }, { a: '1', b: '3' }, [{ name: 'b', status: 'FAILED' }]],
    ['an added file', { a: '1' }, { a: '1', n: '4' }, [{ name: 'n', status: 'added' }]],
    ['a missing file', { a: '1', b: '2' }, { a: '1' }, [{ name: 'b', status: 'missing' }]],
    ['a renamed file', { a: '1', b: '2' }, { a: '1', c: '2' }, [{ name: 'c', status: 'renamed', from: 'b' }]],
    [
      'two files with the same bytes, one renamed and one removed: paired in name order',
      { x: '5', y: '5' },
      { z: '5' },
      [{ name: 'y', status: 'missing' }, { name: 'z', status: 'renamed', from: 'x' }],
    ],
  ] as const)('%s', (_l, before, after, want) => {
    const got = diffManifests(man(before), man(after)).map((c) => ({ name: c.name, status: c.status, ...(c.from ? { from: c.from } : {}) }));
    expect(got).toEqual(want);
  });

  it('shards are folded back into their file', () => {
    const s = { ...ser, method: 'shards', shard_size: 1000000000 } as unknown as Manifest['serialization'];
    const before = man({ 'big.bin:0:1000000000': '1', 'big.bin:1000000000:1500000000': '2' }, s);
    const after = man({ 'big.bin:0:1000000000': '1', 'big.bin:1000000000:1500000000': '3' }, s);
    expect(diffManifests(before, after).map((c) => [c.name, c.status])).toEqual([['big.bin', 'FAILED']]);
  });
});

describe('replayCauses', () => {
  it('folds what follows from a changed output under it; an unrelated forged field stays a cause of its own', () => {
    const rc = replayCauses(
      { outputs: [{ name: 'predictions.jsonl', status: 'FAILED', expected: 'a', actual: 'b' }] },
      [
        { field: 'output_digest', expected: 'x', actual: 'y', cause: '' },
        { field: 'binding.report_data', expected: 'x', actual: 'y', cause: '' },
        { field: 'policy_decision.checks[1].outcome', expected: 'pass', actual: 'deny', cause: '' },
        { field: 'file outputs.SHA256SUMS', expected: 'x', actual: 'y', cause: '' },
        { field: 'deployment.provider', expected: 'x', actual: 'y', cause: 'edited' },
      ],
    );
    expect(rc.causes.map(causeLine)).toEqual(['predictions.jsonl: FAILED (outputs: its bytes differ from the receipt)', 'receipt.json: FAILED (deployment.provider: edited)']);
    expect(rc.derived.map((m) => m.field)).toEqual(['output_digest', 'binding.report_data', 'policy_decision.checks[1].outcome', 'file outputs.SHA256SUMS']);
    expect(foldedFields(rc.derived)).toEqual(['output_digest', 'binding.report_data', 'policy_decision.checks', 'file outputs.SHA256SUMS']);
  });

  it('with no file change nothing is folded: every mismatch names its own file', () => {
    const rc = replayCauses({}, [
      { field: 'binding.report_data', expected: 'x', actual: 'y', cause: 'recomputed' },
      { field: 'file binding.json', expected: 'x', actual: 'y', cause: 'regenerated' },
    ]);
    expect(rc.derived).toEqual([]);
    expect(rc.causes.map((c) => c.file)).toEqual(['receipt.json', 'binding.json']);
  });
});

describe('verify after a changed, an added, a missing and a renamed output', () => {
  let job: Job;
  beforeAll(async () => {
    job = await makeJob();
  });
  afterAll(() => rmSync(job.work, { recursive: true, force: true }));

  /** The job's outputs copied and changed, then verified against the genuine receipt. */
  const after = async (name: string, change: (outputs: string) => void) => {
    const dir = copyReceipt(job, name);
    const outputs = join(dir, '..', `${name}-outputs`);
    const { cpSync } = await import('node:fs');
    cpSync(join(job.work, 'outputs'), outputs, { recursive: true });
    change(outputs);
    return verifyReceipt({ receipt: dir, policy: job.policy, ...job.paths, outputs: [outputs], network: false }, job.deps);
  };

  it.each([
    ['changed', (o: string) => appendFileSync(join(o, 'answers.jsonl'), 'x'), 'answers.jsonl: FAILED'],
    ['added', (o: string) => writeFileSync(join(o, 'extra.txt'), 'new\n'), 'extra.txt: added'],
    ['missing', (o: string) => unlinkSync(join(o, 'answers.jsonl')), 'answers.jsonl: missing'],
    ['renamed', (o: string) => renameSync(join(o, 'sub', 'b.txt'), join(o, 'sub', 'c.txt')), 'sub/c.txt: renamed from sub/b.txt'],
  ])('%s: the file leads, everything else follows from it', async (label, change, lead) => {
    const r = await after(`out-${label}`, change);
    expect(r.ok).toBe(false);
    expect(r.decision).toBe('deny');
    expect(r.causes).toHaveLength(1);
    expect(causeLine(r.causes[0]!)).toMatch(new RegExp(`^${lead.replace(/[.]/g, '\\.')} \\(outputs: `));
    // One cause: every mismatch is folded under it.
    expect(r.mismatches.map((m) => m.field).sort()).toEqual([...r.derived].sort());
    expect(r.derived).toEqual(expect.arrayContaining(['binding.output_manifest_digest', 'binding.report_data', 'binding.gpu_nonce']));
    // Expected is the receipt's value, actual the re-derived one, for every field.
    const receipt = JSON.parse(readFileSync(join(job.out, 'receipt.json'), 'utf8'));
    for (const f of ['binding.report_data', 'binding.gpu_nonce', 'binding.output_manifest_digest']) {
      const m = r.mismatches.find((x) => x.field === f)!;
      expect(m.expected).toBe(receipt.binding[f.slice('binding.'.length)]);
      expect(m.actual).toBe(r.appraised.binding[f.slice('binding.'.length) as 'report_data']);
    }
    // The text leads with the file, like sha256sum -c; no MISMATCH line for a derived field.
    const text = renderVerifyText(r);
    expect(text.split('\n')[0]).toBe(causeLine(r.causes[0]!));
    expect(text).not.toMatch(/^MISMATCH/m);
    // The allowed claim says what failed, in words, and lists no check ids.
    expect(r.appraised.claim_tier).toBe('denied');
    expect(r.appraised.allowed_claim).toContain('the outputs differ from the receipt');
    expect(r.appraised.allowed_claim).not.toMatch(/rejected the evidence|replay\.integrity|evidence\.\d|evidence\.required/);
    expect(lint(r.appraised.allowed_claim)).toEqual([]);
  });

  it('a forged receipt field with the files intact is its own cause, naming receipt.json', async () => {
    const dir = copyReceipt(job, 'forged');
    const rec = JSON.parse(readFileSync(join(dir, 'receipt.json'), 'utf8'));
    rec.outputs.bytes += 1;
    writeFileSync(join(dir, 'receipt.json'), canonicalize(rec));
    const r = await verifyReceipt({ receipt: dir, policy: job.policy, ...job.paths, network: false }, job.deps);
    expect(r.causes.map((c) => [c.file, c.status, c.field])).toEqual([['receipt.json', 'FAILED', 'outputs.bytes']]);
    expect(r.derived).toEqual([]);
    expect(renderVerifyText(r).split('\n')[0]).toBe('receipt.json: FAILED (outputs.bytes: re-hashed --outputs)');
    expect(r.appraised.allowed_claim).toContain('differs from what the verifier re-derived (first: receipt.json, outputs.bytes)');
  });
});
