// `evidence verify` on NVIDIA GPU evidence, in-process: the verdict first, then the steps and fields.
import { afterEach, describe, expect, it, vi } from 'vitest';
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
});
