/**
 * NVIDIA GPU evidence verification (no policy), one GPU at a time:
 *
 * - signature: ECDSA P-384 / SHA-384 (raw r||s) by the device leaf over the GET_MEASUREMENTS request
 *   and the MEASUREMENTS response up to the signature (SPDM 1.0/1.1; the parser located the signature
 *   structurally, so bytes after it are neither signed nor mistaken for it);
 * - chain: the leaf (GSP FMC LF) through the certificates that came with the evidence to the NVIDIA
 *   device identity root, every certificate valid at the clock;
 * - binding: the request nonce equals the expected GPU nonce;
 * - device facts from the leaf: chip model and architecture, device id, FWID (which must equal the
 *   FWID in the signed opaque data when that carries one).
 *
 * A list of GPUs verifies when every GPU does: one bad GPU fails the set, a GPU without certificates
 * makes the set "unavailable", never verified. Measurements are appraised against NVIDIA's reference
 * manifests (RIMs) when they travel with the evidence (verify/nvidia-rim.ts): a RIM that does not
 * verify fails the set; without RIMs `measres` stays null (verifier unavailable), never success.
 */
import { X509Certificate, verify as cryptoVerify } from 'node:crypto';
import type { AuxFile, VerificationStatus, VerifyOptions, VerifyStep } from '../types.js';
import type { ParsedGpu } from '../formats/parse.js';
import { gpuClaims } from '../formats/claims.js';
import { hex } from '../formats/reader.js';
import { pemCertificates } from '../roots.js';
import { certName, verifyChain } from './chain.js';
import { readDeviceCert, type DeviceCertFacts } from './nvidia-device-cert.js';
import { anchorHint, nvidiaAnchors } from './nvidia-roots.js';
import type { FormatVerdict } from './registry.js';
import { appraiseGpuMeasurements, verifyRims, type GpuMeasurementAppraisal, type VerifiedRim } from './nvidia-rim.js';
import { OcspSession, type GpuRevocation } from './nvidia-ocsp.js';

export interface GpuVerdict {
  status: VerificationStatus;
  detail: string;
  steps: VerifyStep[];
  bindingMatches: boolean | null;
  claims: Record<string, unknown>;
  /** The verified device chain, leaf first, anchor last (for the OCSP checks); null when it did not verify. */
  chainPath: X509Certificate[] | null;
}

interface PoolCert {
  x509: X509Certificate;
  from: string;
}

function tryCert(der: Uint8Array): X509Certificate | null {
  try {
    return new X509Certificate(der);
  } catch {
    return null;
  }
}

/** Certificates in PEM text or one DER certificate; other files (collateral, JWKS, RIMs) are skipped. */
export function deviceCertPool(files: readonly AuxFile[]): { certs: PoolCert[]; notes: string[] } {
  const certs: PoolCert[] = [];
  const notes: string[] = [];
  for (const f of files) {
    const b = Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength);
    if (b.includes('-----BEGIN CERTIFICATE-----')) {
      pemCertificates(b.toString('latin1')).forEach((der, i) => {
        const c = tryCert(der);
        if (c) certs.push({ x509: c, from: `${f.name}#${i}` });
        else notes.push(`${f.name}#${i}: a PEM certificate that does not parse (ignored)`);
      });
    } else if (b[0] === 0x30) {
      const c = tryCert(b);
      if (c) certs.push({ x509: c, from: f.name });
    }
  }
  return { certs, notes };
}

function isP384(c: X509Certificate): boolean {
  return c.publicKey.asymmetricKeyType === 'ec' && c.publicKey.asymmetricKeyDetails?.namedCurve === 'secp384r1';
}

/** Whether the SPDM signature verifies with this certificate's key. Never throws. */
export function spdmSignatureVerifies(gpu: ParsedGpu, cert: X509Certificate): boolean {
  if (!isP384(cert)) return false;
  try {
    return cryptoVerify('sha384', gpu.spdm.signedBytes, { key: cert.publicKey, dsaEncoding: 'ieee-p1363' }, gpu.spdm.signature);
  } catch {
    return false;
  }
}

function fwidOfOpaque(gpu: ParsedGpu): string | null {
  const f = gpu.spdm.opaque.find((o) => o.type === 20);
  return f ? hex(f.value) : null;
}

/** Verify one GPU's SPDM evidence with the certificates that came with it. */
export function verifyGpu(gpu: ParsedGpu, files: readonly AuxFile[], opts: VerifyOptions, label = 'gpu', rims: readonly VerifiedRim[] | null = null): GpuVerdict {
  const at = opts.at ?? new Date();
  const s = gpu.spdm;
  const steps: VerifyStep[] = [];
  const step = (id: string, ok: boolean | null, detail: string) => steps.push({ id: `${label}.${id}`, ok, detail });
  let facts: DeviceCertFacts | null = null;
  let leafSerial: string | null = null;
  let chainPath: X509Certificate[] | null = null;
  let measured: GpuMeasurementAppraisal | null = null;
  const claims = () => ({
    ...gpuClaims(s, gpu.entry),
    arch: facts?.arch ?? null,
    model: facts?.model ?? null,
    device_id: facts?.deviceId ?? null,
    fwid: facts?.fwid?.hex ?? null,
    // NRAS names a GPU by this: the device leaf's serial number, in decimal.
    ueid: leafSerial === null ? null : BigInt(`0x${leafSerial}`).toString(10),
    listed_arch: gpu.entry?.arch ?? null,
    // Measurement appraisal against NVIDIA's RIMs: null unless every RIM verified and was found.
    measres: measured?.measres ?? null,
    rim_driver: measured?.driverRim ?? null,
    rim_vbios: measured?.vbiosRim ?? null,
    measurement_mismatches: measured?.mismatches ?? [],
  });

  let bindingMatches: boolean | null = null;
  if (opts.gpuNonce === null) {
    step('binding', null, 'SPDM request nonce not compared: no expected GPU nonce was given');
  } else {
    bindingMatches = s.requestNonce.equals(opts.gpuNonce);
    step(
      'binding',
      bindingMatches,
      bindingMatches
        ? 'SPDM request nonce equals the expected GPU nonce'
        : `SPDM request nonce ${hex(s.requestNonce)} does not equal the expected ${hex(opts.gpuNonce)}: the evidence is bound to something else`,
    );
  }
  const done = (status: VerificationStatus, detail: string): GpuVerdict => ({
    status: bindingMatches === false ? 'failed' : status,
    detail: bindingMatches === false ? `foreign binding (request nonce); ${detail}` : detail,
    steps,
    bindingMatches,
    claims: claims(),
    chainPath: status === 'verified' ? chainPath : null,
  });

  if (s.spdmVersion > 0x11) {
    step('signature', null, `SPDM ${s.spdmVersion >> 4}.${s.spdmVersion & 0xf} signs a transcript hash with a signing context; only SPDM 1.0/1.1 GET_MEASUREMENTS signatures are verified`);
    return done('unsupported', `SPDM ${s.spdmVersion >> 4}.${s.spdmVersion & 0xf} evidence is not verified yet`);
  }
  const own = gpu.entry && gpu.entry.certificateChain.length > 0 ? [{ name: `${label}.certificate`, bytes: gpu.entry.certificateChain }] : [];
  const pool = deviceCertPool(own.length > 0 ? own : files);
  if (pool.certs.length === 0) {
    step('certificates', null, `no device certificate chain came with the evidence${pool.notes.length ? ` (${pool.notes.join('; ')})` : ''}; give it with --certs`);
    return done('unavailable', 'verifier unavailable: no GPU device certificate chain');
  }
  const leaf = pool.certs.find((c) => spdmSignatureVerifies(gpu, c.x509));
  const signed = `ECDSA P-384 signature over ${s.signedBytes.length} bytes (request || response up to the signature)`;
  if (!leaf) {
    step('signature', false, `${signed} does not verify with any of the ${pool.certs.length} certificate(s) that came with it`);
    return done('failed', 'the GPU evidence signature does not verify');
  }
  const tail = s.trailing.length > 0 ? `; ${s.trailing.length} unsigned byte(s) after the signature ignored` : '';
  step('signature', true, `${signed} verifies with ${certName(leaf.x509)} (${leaf.from})${tail}`);

  const anchors = nvidiaAnchors(opts.trustRoots, 'device');
  const chain = verifyChain({
    leaf: leaf.x509,
    intermediates: pool.certs.filter((c) => c !== leaf).map((c) => c.x509),
    anchors,
    at,
  });
  if (!chain.ok) {
    const hint = chain.code === 'CHAIN_NO_ANCHOR' ? ` (anchor: ${anchorHint(opts.trustRoots, 'device')})` : '';
    step('chain', false, `${chain.code}: ${chain.detail}${hint}`);
    return done('failed', `the GPU device certificate does not chain to the NVIDIA device identity root: ${chain.detail}`);
  }
  step('chain', true, `${chain.detail} (${opts.trustRoots.kind} roots)`);
  chainPath = chain.path;

  facts = readDeviceCert(leaf.x509.raw);
  leafSerial = /^[0-9A-Fa-f]+$/.test(leaf.x509.serialNumber) ? leaf.x509.serialNumber : null;
  const problems = [...facts.problems];
  const opaqueFwid = fwidOfOpaque(gpu);
  if (facts.fwid === null) {
    step('fwid', null, `the device certificate carries no FWID${problems.length ? ` (${problems.join('; ')})` : ''}`);
  } else if (opaqueFwid !== null && opaqueFwid !== facts.fwid.hex) {
    step('fwid', false, `the FWID in the signed opaque data ${opaqueFwid} differs from the device certificate's ${facts.fwid.hex}`);
    return done('failed', 'the GPU firmware id differs from its device certificate');
  } else {
    step('fwid', true, `FWID ${facts.fwid.alg} ${facts.fwid.hex.slice(0, 16)}… from the device certificate${opaqueFwid !== null ? ', equal to the signed opaque data' : ''}`);
  }
  const arch = facts.arch ?? 'unknown architecture';
  const listed = gpu.entry?.arch ? ` (the list says ${gpu.entry.arch})` : '';
  step('device', facts.arch !== null, `${facts.model ?? 'unknown model'} ${arch}${facts.deviceId ? `, ${facts.deviceId}` : ''}${listed}`);
  if (facts.arch === null) return done('failed', `the device certificate ${certName(leaf.x509)} names no GPU architecture this verifier knows`);
  if (rims !== null) {
    measured = appraiseGpuMeasurements(s, facts.model, rims, label);
    steps.push(measured.step);
  }
  return done('verified', `${facts.model} (${facts.arch}) report signed by its device key, chain to ${certName(chain.anchor)}`);
}

/** Verify every GPU of an SPDM capture or an evidence list; the set is as good as its worst GPU. */
export async function verifyNvidiaGpus(gpus: ParsedGpu[], opts: VerifyOptions, what: string): Promise<FormatVerdict> {
  const files = opts.aux ?? [];
  const one = gpus.length === 1 && gpus[0]!.entry === undefined;
  const rimCheck = verifyRims(files, opts.trustRoots, opts.at ?? new Date());
  // Measurements are appraised only when every RIM given verified: a bad RIM fails the set below.
  const anyRim = rimCheck.steps.length > 0;
  const rims = anyRim && rimCheck.failures.length === 0 ? rimCheck.rims : null;
  const verdicts = gpus.map((g, i) => verifyGpu(g, files, opts, one ? 'gpu' : `gpu${i}`, rims));
  const ocsp = await checkRevocation(verdicts, files, opts, one);
  const steps: VerifyStep[] = [{ id: 'parse', ok: true, detail: what }, ...rimCheck.steps];
  if (!anyRim) steps.push({ id: 'measurements', ok: null, detail: 'measurements not appraised: no reference manifests (RIMs) were given (--rim); measres is "verifier unavailable"' });
  const nonces = gpus.map((g) => g.spdm.requestNonce);
  const binding: VerifyStep =
    opts.gpuNonce === null
      ? { id: 'binding', ok: null, detail: 'SPDM request nonces not compared: no expected GPU nonce was given' }
      : verdicts.every((v) => v.bindingMatches === true)
        ? { id: 'binding', ok: true, detail: `the SPDM request nonce of ${gpus.length} GPU(s) equals the expected GPU nonce` }
        : {
            id: 'binding',
            ok: false,
            detail: `GPU(s) ${verdicts.flatMap((v, i) => (v.bindingMatches === false ? [i] : [])).join(', ')}: request nonce ${hex(nonces[verdicts.findIndex((v) => v.bindingMatches === false)]!)} does not equal the expected ${hex(opts.gpuNonce)}: the evidence is bound to something else`,
          };
  steps.push(binding);
  for (const v of verdicts) steps.push(...v.steps.filter((st) => !st.id.endsWith('.binding')));
  if (ocsp.step) steps.push(ocsp.step);
  const rimFailed = rimCheck.failures.length > 0;
  const worst: VerificationStatus = rimFailed || verdicts.some((v) => v.status === 'failed')
    ? 'failed'
    : verdicts.some((v) => v.status === 'unsupported')
      ? 'unsupported'
      : verdicts.some((v) => v.status === 'unavailable')
        ? 'unavailable'
        : 'verified';
  const bad = verdicts.flatMap((v, i) => (v.status === worst ? [`GPU ${i}: ${v.detail}`] : []));
  const archs = [...new Set(verdicts.map((v) => String(v.claims['arch'] ?? 'unknown')))].join('/');
  const rimDetail = rimCheck.failures.map((f) => `RIM ${f.file} does not verify: ${f.detail}`).join('; ');
  const detail = rimFailed
    ? rimDetail
    : worst === 'verified'
      ? `${gpus.length} NVIDIA ${archs} GPU(s): every report signed by its device key, chain to the NVIDIA device identity root`
      : gpus.length === 1
        ? verdicts[0]!.detail
        : `${bad.length} of ${gpus.length} GPUs ${worst}: ${bad.join('; ')}`;
  const chainsChecked = verdicts.every((v) => v.steps.some((st) => st.id.endsWith('.chain') && st.ok === true));
  return {
    kind: 'nvidia-gpu',
    status: worst,
    detail,
    steps,
    bindingMatches: binding.ok,
    claims: { count: gpus.length, gpus: verdicts.map((v) => v.claims) },
    trustRoots: chainsChecked ? opts.trustRoots.kind : 'none',
    ...(ocsp.material.length > 0 ? { material: ocsp.material } : {}),
  };
}

/**
 * OCSP for each verified device chain (verify/nvidia-ocsp.ts): a `cert_status` and `ocsp_status` claim
 * per GPU, a step per GPU, and a revoked certificate or a response that does not stand fails the GPU.
 */
async function checkRevocation(verdicts: GpuVerdict[], files: readonly AuxFile[], opts: VerifyOptions, one: boolean): Promise<{ material: AuxFile[]; step: VerifyStep | null }> {
  const session = new OcspSession(files, opts);
  const results: { v: GpuVerdict; r: GpuRevocation }[] = [];
  for (const [i, v] of verdicts.entries()) {
    v.claims['cert_status'] = null;
    v.claims['ocsp_status'] = null;
    if (v.chainPath !== null) results.push({ v, r: await session.checkChain(v.chainPath, one ? 'gpu' : `gpu${i}`) });
  }
  // Several GPUs none of which could be checked (no answers, network off): one line says why.
  const unchecked = results.length > 1 && results.every(({ r }) => r.step.ok === null);
  for (const { v, r } of results) {
    if (!unchecked) v.steps.push(r.step);
    v.claims['cert_status'] = r.certStatus;
    v.claims['ocsp_status'] = r.ocspStatus;
    if (r.failure !== null) {
      v.status = 'failed';
      v.detail = r.failure;
    }
  }
  const step = unchecked ? { id: 'ocsp', ok: null, detail: `${results.length} GPU chains: ${[...new Set(results.map(({ r }) => r.step.detail))].join('; ')}` } : null;
  return { material: session.material, step };
}
