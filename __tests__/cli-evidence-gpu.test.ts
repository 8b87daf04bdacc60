// `evidence verify` on NVIDIA GPU evidence, in-process: the verdict first, then the steps and fields.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './helpers/cli-inprocess.js';
import { VECTORS, haveVectors } from './helpers/vectors.js';

afterEach(() => vi.restoreAllMocks());
const v = (rel: string) => join(VECTORS, rel);
const NONCE = '931d8dd0add203ac3d8b4fbde75e115278eefcdceac5b87671a748f32364dfcb';

describe.skipIf(!haveVectors)('evidence verify: NVIDIA GPU', () => {
  it('an H100 capture with its chain and nonce: verified, exit 0', async () => {
    const r = await cli(['evidence', 'verify', v('nvtrust-hopper/hopperAttestationReport.txt'), '--certs', v('nvtrust-hopper/hopperCertChain.txt'), '--nonce', NONCE]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^nvidia-spdm: verified — 1 NVIDIA HOPPER GPU\(s\): every report signed by its device key/);
    expect(r.out).toMatch(/\n {2}ok {3}gpu\.chain: chain GH100 A01 GSP FMC LF -> GH100 A01 GSP BROM -> NVIDIA GH100 Provisioner ICA 1 -> NVIDIA GH100 Identity -> NVIDIA Device Identity CA/);
    expect(r.out).toMatch(/\n {2}gpus\[0\]\.vbios_version: 96\.00\.9F\.00\.01\n/);
  });

  it('the same capture under another nonce: failed, exit 1', async () => {
    const r = await cli(['evidence', 'verify', v('nvtrust-hopper/hopperAttestationReport.txt'), '--certs', v('nvtrust-hopper/hopperCertChain.txt'), '--nonce', 'ab'.repeat(32), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ verified: false, status: 'failed', binding_matches: false });
  });

  it('the 8-GPU list: verified with count 8', async () => {
    const r = await cli(['evidence', 'verify', v('nvtrust-ppcie-8gpu/gpu_evidence.json'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ verified: true, kind: 'nvidia-gpu', claims: { count: 8 } });
  });

  it('inspect: says it is not verified; the 64 measurement blocks fold into one line', async () => {
    const r = await cli(['evidence', 'inspect', v('nvtrust-hopper/hopperAttestationReport.txt')]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe('format nvidia-spdm (nvidia-gpu)');
    expect(lines[1]).toMatch(/^not verified: inspect checks no signature/);
    expect(r.out).toMatch(/\n {2}gpus\[0\]\.measurements: 64 blocks, \d+ non-zero \(sha256 of the list [0-9a-f]{16}…; --json lists every value\)\n/);
    expect(lines.length).toBeLessThan(25);
    const j = JSON.parse((await cli(['evidence', 'inspect', v('nvtrust-hopper/hopperAttestationReport.txt'), '--json'])).out);
    expect(j.fields.gpus[0].measurements).toHaveLength(64);
  });

  it('verify of the 8-GPU list: the verdict first, one line per verified GPU, compact', async () => {
    const r = await cli(['evidence', 'verify', v('nvtrust-ppcie-8gpu/gpu_evidence.json')]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toMatch(/^nvidia-evidence-list: verified — 8 NVIDIA HOPPER GPU\(s\)/);
    expect(r.out).toMatch(/\n {2}ok {3}gpu7: signature, chain, fwid, device \(GH100 HOPPER, NVIDIA:GH100:[0-9A-F]+ \(the list says HOPPER\)\)\n/);
    expect(lines.length).toBeLessThan(25);
    expect(r.out).toMatch(/\n {2}gpus\[7\]: arch HOPPER, request_nonce 4760e30534a06213…, .*driver_version 590.12, vbios_version 96.00.A5.00.01, .*fwid 956ecf09ee4191f1…/);
  });

  it('a tampered GPU in the list keeps its failing step visible', async () => {
    const list = JSON.parse(readFileSync(v('nvtrust-ppcie-8gpu/gpu_evidence.json'), 'utf8')) as { evidence: string }[];
    const ev = Buffer.from(list[3]!.evidence, 'base64');
    ev[200] = ev[200]! ^ 1;
    list[3]!.evidence = ev.toString('base64');
    const dir = mkdtempSync(join(tmpdir(), 'gpu-cli-'));
    writeFileSync(join(dir, 'list.json'), JSON.stringify(list));
    const r = await cli(['evidence', 'verify', join(dir, 'list.json')]);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toMatch(/^nvidia-evidence-list: failed — 1 of 8 GPUs failed: GPU 3/);
    expect(r.out).toMatch(/\n {2}FAIL gpu3\.signature: /);
  });
});

describe.skipIf(!haveVectors)('evidence verify --rim: measurement appraisal against NVIDIA RIMs', () => {
  const RIM = (f: string) => v(`nvtrust-rims/${f}`);
  it('the trustee H100 report with its VBIOS RIM at 2024-06-01: verified, index 9 named as mismatching, measres fail', async () => {
    const args = ['evidence', 'verify', v('trustee-nvidia/hopper_coco_report1.txt'), '--certs', v('trustee-nvidia/hopper_coco_certs1.txt'), '--rim', RIM('1010_0200_882_960074001A_PROD.swidtag'), '--at', '2024-06-01T00:00:00Z'];
    const r = await cli(args);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\n {2}ok {3}rim\.rim-1010_0200_882_960074001A_PROD\.swidtag: RIM 96\.00\.74\.00\.1A \(GH100 GPU, tagId [0-9a-f]{16}…\): enveloped XML-DSig/);
    expect(r.out).toMatch(/\n {2}FAIL gpu\.measurements: 1 of 12 active measurement\(s\) differ from VBIOS RIM 96\.00\.74\.00\.1A: index 9 /);
    expect(r.out).toMatch(/\n {2}gpus\[0\]\.measres: fail\n/);
    const j = JSON.parse((await cli([...args, '--json'])).out);
    expect(j.claims.gpus[0]).toMatchObject({ measres: 'fail', measurement_mismatches: [9] });
  });

  it('at today\'s clock the expired RIM signer fails the evidence: exit 1, named', async () => {
    const r = await cli(['evidence', 'verify', v('nvattest-sdk/hopperAttestationReport.txt'), '--certs', v('nvattest-sdk/hopperCertChain.txt'), '--rim', RIM('1010_0200_882_96005E0001_PROD.swidtag'), '--at', '2026-12-02T00:00:00Z']);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toMatch(/^nvidia-spdm: failed — RIM rim-1010_0200_882_96005E0001_PROD\.swidtag does not verify: CHAIN_EXPIRED: /);
  });

  it('a --rim file that is not a RIM is bad input (InputError: exit 2), one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpu-cli-'));
    writeFileSync(join(dir, 'bad.xml'), '<SoftwareIdentity xmlns="http://standards.iso.org/iso/19770/-2/2015/schema.xsd" tagId="x" name="y"><Meta/></SoftwareIdentity>');
    const run = cli(['evidence', 'verify', v('nvattest-sdk/hopperAttestationReport.txt'), '--rim', join(dir, 'bad.xml')]);
    await expect(run).rejects.toMatchObject({ name: 'InputError', code: 'EVIDENCE_MALFORMED', message: expect.stringMatching(/^--rim ".*bad\.xml": 0 Payload elements, exactly one is expected$/) });
  });

  it('the RIM service\'s JSON answer is accepted as it comes (its sha256 checked), the SWID tag inside used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpu-cli-'));
    const tag = readFileSync(RIM('1010_0200_882_960074001A_PROD.swidtag'));
    const sha256 = createHash('sha256').update(tag).digest('hex');
    writeFileSync(join(dir, 'NV_GPU_VBIOS_1010_0200_882_960074001A.json'), JSON.stringify({ id: 'NV_GPU_VBIOS_1010_0200_882_960074001A', rim: tag.toString('base64'), sha256 }));
    const r = await cli(['evidence', 'verify', v('trustee-nvidia/hopper_coco_report1.txt'), '--certs', v('trustee-nvidia/hopper_coco_certs1.txt'), '--rim', join(dir, 'NV_GPU_VBIOS_1010_0200_882_960074001A.json'), '--at', '2024-06-01T00:00:00Z', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.checks.find((c: { id: string }) => c.id === 'rim.rim-NV_GPU_VBIOS_1010_0200_882_960074001A.swidtag')).toMatchObject({ ok: true });
    expect(j.claims.gpus[0]).toMatchObject({ measres: 'fail', measurement_mismatches: [9] });
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ id: 'x', rim: tag.toString('base64'), sha256: '00'.repeat(32) }));
    await expect(cli(['evidence', 'verify', v('trustee-nvidia/hopper_coco_report1.txt'), '--rim', join(dir, 'bad.json')])).rejects.toMatchObject({ code: 'EVIDENCE_MALFORMED', message: expect.stringMatching(/does not match the answer's sha256$/) });
  });
});
