// Receipts written before the model_signing order (serialization.order "utf8-bytes") still replay.
import { jobLabel } from '../src/binding/job.js';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gpuNonce, jsonDigest, reportData, type Binding } from '../src/binding/binding.js';
import { canonicalize } from '../src/binding/jcs.js';
import { buildManifest, digestTree, inputCommitment, omsStatement, sha256sums, type Manifest } from '../src/digest/index.js';
import { verifyReceipt } from '../src/receipt/replay.js';
import type { Receipt } from '../src/receipt/schema.js';
import { create, type RunDeps } from '../src/run.js';
import { makeTree, rmTree, tmpDir } from './fixtures/digest/helpers.js';

let work: string;
let deps: RunDeps;
beforeEach(() => {
  work = tmpDir();
  deps = { cwd: work, env: {}, now: () => new Date('2026-01-01T00:00:00Z') };
  // Names whose order differs between a whole-name sort and a per-component sort.
  makeTree(work, {
    'model/a-b': '1',
    'model/a/b': '2',
    'model/a b/c.txt': '3',
    'model/model.safetensors': '4',
    'model/model/x': '5',
    'inputs/p-q': 'i1',
    'inputs/p/q': 'i2',
    'outputs/o.txt': 'o1',
    'outputs/o/x': 'o2',
  });
});
afterEach(() => rmTree(work));

const roles = { workload: ['model'], inputs: ['inputs'], outputs: ['outputs'] };
const baseCreate = { ...roles, evidence: ['none'], policy: 'record-only', storage: 'unknown' as const, network: false, out: 'r' };
const replay = (receipt = 'r') => verifyReceipt({ receipt, policy: 'record-only', network: false, ...roles }, deps);

const readJson = <T>(rel: string): T => JSON.parse(readFileSync(path.join(work, rel), 'utf8')) as T;
const writeJson = (rel: string, v: unknown) => writeFileSync(path.join(work, rel), canonicalize(v) + '\n');

/**
 * Rewrite the receipt in `r` as an older release wrote it: every tree in utf8-bytes order, the
 * manifests, digests, statement and binding (report_data, gpu_nonce) to match.
 */
async function asOlderRelease(): Promise<Receipt> {
  const r = readJson<Receipt>('r/receipt.json');
  const abs = (ps: string[]) => ps.map((p) => path.join(work, p));
  const w = await digestTree(abs(roles.workload), { order: 'utf8-bytes' });
  const i = await digestTree(abs(roles.inputs), { order: 'utf8-bytes' });
  const o = await digestTree(abs(roles.outputs), { order: 'utf8-bytes' });
  const wm = buildManifest(w);
  const im = inputCommitment(i).manifest;
  const om = buildManifest(o);
  writeJson('r/workload.manifest.json', wm);
  writeJson('r/workload.statement.json', omsStatement(w, wm));
  writeJson('r/inputs.manifest.json', im);
  writeJson('r/outputs.manifest.json', om);
  // Older releases wrote a label when the job had no id.
  r.job_id = jobLabel(r.binding.job);
  r.workload_digest = w.digest;
  r.workload = { ...r.workload, serialization: w.serialization, manifest: { path: 'workload.manifest.json', digest: jsonDigest(wm) } };
  r.input_commitment = i.digest;
  r.input = { ...r.input, serialization: i.serialization, manifest: { path: 'inputs.manifest.json', digest: jsonDigest(im) } };
  r.output_digest = o.digest;
  r.outputs = { ...r.outputs, serialization: o.serialization, manifest: { path: 'outputs.manifest.json', digest: jsonDigest(om) } };
  const b: Binding = {
    v: r.binding.v,
    job: r.binding.job,
    workload_digest: w.digest,
    workload_manifest_digest: jsonDigest(wm),
    input_commitment: i.digest,
    input_manifest_digest: jsonDigest(im),
    output_digest: o.digest,
    output_manifest_digest: jsonDigest(om),
    benchmark_digest: null,
    oidc_token_digest: null,
    nonce: r.binding.nonce,
  };
  r.binding = { ...b, report_data: reportData(b).toString('hex'), gpu_nonce: gpuNonce(b).toString('hex') };
  writeJson('r/binding.json', r.binding);
  writeFileSync(path.join(work, 'r/workload.SHA256SUMS'), sha256sums(wm));
  writeFileSync(path.join(work, 'r/outputs.SHA256SUMS'), sha256sums(om));
  // The allowed claim names the digests (short form): an older release wrote its own.
  const short = (d: string) => d.slice(0, 'sha256:'.length + 12);
  const before = readJson<Receipt>('r/receipt.json');
  r.allowed_claim = r.allowed_claim
    .replace(short(before.workload_digest), short(w.digest))
    .replace(short(before.input_commitment), short(i.digest))
    .replace(short(before.output_digest), short(o.digest));
  writeFileSync(path.join(work, 'r/receipt.json'), canonicalize(r));
  return r;
}

describe('serialization.order', () => {
  it('new receipts record path-components (model_signing order) for every tree', async () => {
    const { receipt } = await create(baseCreate, deps);
    for (const s of [receipt.workload.serialization, receipt.input.serialization, receipt.outputs.serialization]) expect(s.order).toBe('path-components');
    expect(readJson<Manifest>('r/workload.manifest.json').resources.map((x) => x.name)).toEqual(['a/b', 'a b/c.txt', 'a-b', 'model/x', 'model.safetensors']);
    expect((await replay()).mismatches).toEqual([]);
  });

  it('a receipt that recorded utf8-bytes replays: every tree re-hashed in its recorded order', async () => {
    const { receipt: current } = await create(baseCreate, deps);
    const old = await asOlderRelease();
    expect(old.workload.serialization.order).toBe('utf8-bytes');
    expect(readJson<Manifest>('r/workload.manifest.json').resources.map((x) => x.name)).toEqual(['a b/c.txt', 'a-b', 'a/b', 'model.safetensors', 'model/x']);
    // Same files, another order: another root.
    expect(old.workload_digest).not.toBe(current.workload_digest);
    const v = await replay();
    expect(v.mismatches).toEqual([]);
    expect(v.ok).toBe(true);
    expect(v.rederived).toEqual({ workload: true, inputs: true, outputs: true });
  });

  it('a changed file still fails the replay of a utf8-bytes receipt', async () => {
    await create(baseCreate, deps);
    await asOlderRelease();
    writeFileSync(path.join(work, 'model', 'a', 'b'), '2!');
    const v = await replay();
    expect(v.ok).toBe(false);
    expect(v.mismatches.map((m) => m.field)).toContain('workload_digest');
  });

  it('a manifest whose resources are not in its recorded order is a mismatch', async () => {
    await create(baseCreate, deps);
    const r = readJson<Receipt>('r/receipt.json');
    // Relabel the outputs manifest as utf8-bytes without re-sorting it (o/x before o.txt).
    const m = readJson<Manifest>('r/outputs.manifest.json');
    expect(m.resources.map((x) => x.name)).toEqual(['o/x', 'o.txt']);
    m.serialization.order = 'utf8-bytes';
    writeJson('r/outputs.manifest.json', m);
    r.outputs.manifest.digest = jsonDigest(m);
    writeJson('r/receipt.json', r);
    const v = await verifyReceipt({ receipt: 'r', policy: 'record-only', network: false }, deps);
    expect(v.ok).toBe(false);
    expect(v.mismatches).toContainEqual(expect.objectContaining({ field: 'file outputs.manifest.json', expected: expect.stringContaining('sorted in utf8-bytes order') }));
  });
});
