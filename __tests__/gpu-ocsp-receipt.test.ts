// A receipt from synthetic GPU evidence under `cert_status: valid`: with --network the OCSP answers
// come from a stand-in responder on 127.0.0.1 and are saved with the receipt; `verify` replays them
// offline (no request) to the same decision; without --network nothing is asked and the policy holds.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExecResult } from '../src/evidence/index.js';
import { create } from '../src/run.js';
import { verifyReceipt } from '../src/receipt/replay.js';
import { evidenceListEntry, makeGpuPki, makeSpdmEvidence, type GpuTestPki } from './helpers/gpu-synth.js';
import { makeOcspResponse, startOcspResponder } from './helpers/ocsp-synth.js';

describe('GPU receipts with OCSP revocation status', () => {
  let pki: GpuTestPki;
  let work: string;
  let rootsDir: string;
  let responder: Awaited<ReturnType<typeof startOcspResponder>>;
  let status: 'good' | 'revoked' = 'good';

  beforeAll(async () => {
    pki = await makeGpuPki();
    work = mkdtempSync(join(tmpdir(), 'cr-gpu-ocsp-'));
    rootsDir = join(work, 'roots');
    mkdirSync(join(rootsDir, 'nvidia'), { recursive: true });
    writeFileSync(join(rootsDir, 'nvidia', 'device_root.pem'), pki.root.pem);
    for (const d of ['model', 'inputs', 'outputs']) {
      mkdirSync(join(work, d));
      writeFileSync(join(work, d, 'f.txt'), d);
    }
    writeFileSync(
      join(work, 'p.yml'),
      'policy_id: gpu-ocsp\nversion: 1\nevidence: {required: [nvidia-gpu], on_missing: deny, on_unsupported: deny, on_verifier_unavailable: hold, trust_roots: any}\nnvidia-gpu:\n  cert_status: valid\n',
    );
    responder = await startOcspResponder((req) => makeOcspResponse(pki.identity, pki.root, { status, nonce: req.nonce }));
  });
  afterAll(async () => {
    await responder.close();
  });

  const exec = async (_file: string, _args: string[], o: { env: NodeJS.ProcessEnv }): Promise<ExecResult> => {
    const nonce = Buffer.from(o.env['GPU_NONCE_HEX']!, 'hex');
    const out = JSON.stringify([evidenceListEntry(makeSpdmEvidence(pki.leaf, { nonce, fwid: pki.fwid }), pki.chainPem, nonce)]);
    return { code: 0, stdout: Buffer.from(out), stderr: Buffer.alloc(0), timedOut: false, overflow: false, spawnError: null };
  };
  const deps = () => ({ cwd: work, env: { COMPUTE_RECEIPT_NVIDIA_OCSP_URL: responder.url }, now: () => new Date(), sourceDeps: { exec } });
  const createOpts = (out: string, network: boolean) => ({
    workload: ['model'],
    inputs: ['inputs'],
    outputs: ['outputs'],
    evidence: ['command:make-gpus'],
    policy: 'p.yml',
    storage: 'ephemeral' as const,
    trustRootsDir: rootsDir,
    network,
    out,
  });
  const certCheck = (checks: { id: string; outcome: string }[]) => checks.find((c) => c.id === 'nvidia-gpu.cert_status')?.outcome;

  it('create --network: asked once, cert_status valid, pass; the answer is saved; verify replays it offline', async () => {
    status = 'good';
    const before = responder.requests.length;
    const r = await create(createOpts('r1', true), deps());
    expect(responder.requests.length - before).toBe(1);
    expect(r.receipt.policy_decision.status).toBe('pass');
    expect(certCheck(r.receipt.policy_decision.checks)).toBe('pass');
    const saved = r.receipt.attestation_result.evidence[0]!.aux.map((a) => a.file).filter((f) => /ocsp-.*\.der$/.test(f));
    expect(saved).toHaveLength(1);
    expect(readdirSync(join(work, 'r1', 'evidence'))).toContain(saved[0]!.replace('evidence/', ''));

    const v = await verifyReceipt({ receipt: 'r1', policy: 'p.yml', trustRootsDir: rootsDir, network: false }, deps());
    expect(responder.requests.length - before).toBe(1);
    expect(v.mismatches).toEqual([]);
    expect(v.decision).toBe('pass');
    expect(certCheck(v.checks)).toBe('pass');
  });

  it('create --network with a revoked intermediate: deny, and verify agrees offline', async () => {
    status = 'revoked';
    const r = await create(createOpts('r2', true), deps());
    expect(r.receipt.policy_decision.status).toBe('deny');
    expect(r.receipt.attestation_result.evidence[0]).toMatchObject({ status: 'failed', detail: expect.stringContaining('revoked') });
    const v = await verifyReceipt({ receipt: 'r2', policy: 'p.yml', trustRootsDir: rootsDir, network: false }, deps());
    expect(v.decision).toBe('deny');
  });

  it('create without --network: nothing asked, cert_status not evaluated, hold', async () => {
    status = 'good';
    const before = responder.requests.length;
    const r = await create(createOpts('r3', false), deps());
    expect(responder.requests.length).toBe(before);
    expect(r.receipt.policy_decision.status).toBe('hold');
    expect(certCheck(r.receipt.policy_decision.checks)).toBe('hold');
  });
});
