/**
 * NVIDIA RIM verification and measurement appraisal of raw GPU evidence (no policy), as NVIDIA's
 * local GPU verifier does it:
 *
 * - each RIM (a SWID tag given with `--rim`, saved with the receipt) is parsed strictly, its
 *   enveloped XML-DSig verified (verify/xmldsig.ts) and its KeyInfo chain checked to the RIM signing
 *   root (the role-bound `rim` anchor: the device root or the NRAS intermediate never anchor a RIM)
 *   at the clock. A RIM that fails any of that fails the evidence: fail closed, named;
 * - per GPU, the driver RIM is the one whose colloquialVersion equals the driver version in the
 *   report's signed opaque data, the VBIOS RIM the one equal to its VBIOS version (case-insensitive),
 *   both for the GPU's chip (`product`, when the device certificate names the chip);
 * - their active measurements are merged (an index active in both is a conflict) and each is
 *   compared with SPDM measurement block index + 1: it matches when the block's value equals one of
 *   the golden values (`alternatives`) and has the RIM's size. Index 35 is skipped when the report
 *   says NVDEC0 is disabled, as NVIDIA's verifier does;
 * - `measres` is `success` only when both RIMs were found and every active index matched; `fail`
 *   when any index did not (each one named) or the RIMs conflict; null (verifier unavailable) when a
 *   RIM is missing and nothing mismatched.
 */
import type { X509Certificate } from 'node:crypto';
import type { AuxFile, TrustRoots, VerifyStep } from '../types.js';
import { InputError } from '../../util/errors.js';
import { looksLikeRim, parseNvidiaRim, type NvidiaRim, type RimMeasurement } from '../formats/nvidia-rim.js';
import type { NvidiaSpdmEvidence } from '../formats/nvidia-spdm.js';
import { certName, verifyChain } from './chain.js';
import { anchorHint, nvidiaAnchors } from './nvidia-roots.js';
import { verifyEnvelopedSignature } from './xmldsig.js';

/** NVIDIA opaque data field NVDEC0_STATUS, and its "disabled" value (nvtrust config.py). */
const OPAQUE_NVDEC0_STATUS = 11;
const NVDEC0_DISABLED = 0x55;
const NVDEC_INDEX = 35;

/** Text from a RIM for a one-line detail: control characters folded, long values cut. */
function shown(s: string): string {
  const t = s.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return t.length > 64 ? `${t.slice(0, 61)}...` : t;
}

export interface VerifiedRim {
  /** The aux file name it came from. */
  file: string;
  rim: NvidiaRim;
  signer: X509Certificate;
}

export interface RimVerification {
  rims: VerifiedRim[];
  /** One step per RIM file: ok true (signature and chain verified) or false (named reason). */
  steps: VerifyStep[];
  /** Files that failed (parse, signature or chain), with why. */
  failures: { file: string; detail: string }[];
}

/** Verify every RIM among the files that travel with the evidence (files that are not SWID tags are skipped). */
export function verifyRims(files: readonly AuxFile[], roots: TrustRoots, at: Date): RimVerification {
  const out: RimVerification = { rims: [], steps: [], failures: [] };
  for (const f of files) {
    if (!looksLikeRim(f.bytes)) continue;
    const id = `rim.${f.name}`;
    const fail = (detail: string) => {
      out.steps.push({ id, ok: false, detail });
      out.failures.push({ file: f.name, detail });
    };
    let rim: NvidiaRim;
    try {
      rim = parseNvidiaRim(f.bytes, f.name);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      fail(`RIM_MALFORMED: ${e.message}`);
      continue;
    }
    const sig = verifyEnvelopedSignature(rim.doc);
    if (!sig.ok) {
      fail(`${sig.code}: RIM ${shown(rim.colloquialVersion)} (${shown(rim.product)}): ${sig.detail}`);
      continue;
    }
    const chain = verifyChain({ leaf: sig.signer, intermediates: sig.certificates.slice(1), anchors: nvidiaAnchors(roots, 'rim'), at });
    if (!chain.ok) {
      const hint = chain.code === 'CHAIN_NO_ANCHOR' ? ` (anchor: ${anchorHint(roots, 'rim')})` : '';
      fail(`${chain.code}: RIM ${shown(rim.colloquialVersion)} (${shown(rim.product)}): the signing certificate does not chain to the NVIDIA RIM signing root: ${chain.detail}${hint}`);
      continue;
    }
    out.rims.push({ file: f.name, rim, signer: sig.signer });
    out.steps.push({
      id,
      ok: true,
      detail: `RIM ${shown(rim.colloquialVersion)} (${shown(rim.product)}${rim.edition ? ` ${shown(rim.edition)}` : ''}, tagId ${shown(rim.tagId.slice(0, 16))}…): ${sig.detail}; signed by ${certName(sig.signer)}, ${chain.detail} (${roots.kind} roots)`,
    });
  }
  return out;
}

export interface GpuMeasurementAppraisal {
  measres: 'success' | 'fail' | null;
  /** RIM indices whose measurement matched none of the golden values. */
  mismatches: number[];
  driverRim: string | null;
  vbiosRim: string | null;
  step: VerifyStep;
}

type Role = 'driver' | 'VBIOS';

function pick(rims: readonly VerifiedRim[], version: string | null, model: string | null): { rim: VerifiedRim | null; problem: string | null } {
  if (version === null) return { rim: null, problem: null };
  const same = rims.filter((r) => r.rim.colloquialVersion.toLowerCase() === version.toLowerCase() && (model === null || r.rim.product.toLowerCase() === model.toLowerCase()));
  const distinct = [...new Map(same.map((r) => [r.rim.tagId, r])).values()];
  if (distinct.length > 1) return { rim: null, problem: `${distinct.length} different RIMs (${distinct.map((r) => r.file).join(', ')}) for version ${version}` };
  return { rim: distinct[0] ?? null, problem: null };
}

/** Appraise one verified GPU report's measurements against the verified RIMs. */
export function appraiseGpuMeasurements(spdm: NvidiaSpdmEvidence, model: string | null, rims: readonly VerifiedRim[], label: string): GpuMeasurementAppraisal {
  const id = `${label}.measurements`;
  const driver = pick(rims, spdm.driverVersion, model);
  const vbios = pick(rims, spdm.vbiosVersion, model);
  const base = { driverRim: driver.rim?.rim.tagId ?? null, vbiosRim: vbios.rim?.rim.tagId ?? null };
  const fail = (mismatches: number[], detail: string): GpuMeasurementAppraisal => ({ measres: 'fail', mismatches, ...base, step: { id, ok: false, detail } });
  if (driver.problem || vbios.problem) return fail([], `ambiguous reference values: ${[driver.problem, vbios.problem].filter(Boolean).join('; ')}`);

  const golden = new Map<number, { m: RimMeasurement; role: Role }>();
  const conflicts: number[] = [];
  for (const [role, r] of [
    ['driver', driver.rim],
    ['VBIOS', vbios.rim],
  ] as const) {
    for (const m of r?.rim.measurements ?? []) {
      if (!m.active) continue;
      if (golden.has(m.index)) conflicts.push(m.index);
      else golden.set(m.index, { m, role });
    }
  }
  if (conflicts.length > 0) return fail([], `the driver and VBIOS RIMs both have active measurements at index ${conflicts.join(', ')}`);

  const nvdec = spdm.opaque.find((o) => o.type === OPAQUE_NVDEC0_STATUS);
  const nvdecDisabled = nvdec !== undefined && nvdec.value.length >= 1 && nvdec.value[0] === NVDEC0_DISABLED;
  const mismatches: string[] = [];
  const bad: number[] = [];
  let compared = 0;
  for (const [index, { m, role }] of [...golden].sort((a, b) => a[0] - b[0])) {
    if (index === NVDEC_INDEX && nvdecDisabled) continue;
    compared++;
    const block = spdm.measurements.find((b) => b.index === index + 1);
    if (!block) {
      bad.push(index);
      mismatches.push(`${index} (${role}: no measurement block ${index + 1} in the report)`);
      continue;
    }
    const value = block.value.toString('hex');
    if (block.value.length !== m.size || !m.values.includes(value)) {
      bad.push(index);
      mismatches.push(`${index} (${role}${m.name ? ` ${shown(m.name)}` : ''}: ${value.slice(0, 16)}… matches none of ${m.values.length} golden value(s))`);
    }
  }
  const used = [driver.rim ? `driver RIM ${shown(driver.rim.rim.colloquialVersion)}` : null, vbios.rim ? `VBIOS RIM ${shown(vbios.rim.rim.colloquialVersion)}` : null].filter(Boolean).join(' and ');
  const skipped = nvdecDisabled && golden.has(NVDEC_INDEX) ? `; index ${NVDEC_INDEX} skipped (NVDEC0 disabled)` : '';
  if (bad.length > 0) return fail(bad, `${bad.length} of ${compared} active measurement(s) differ from ${used}: index ${mismatches.join('; ')}${skipped}`);
  const missing = [
    driver.rim ? null : `no driver RIM for ${spdm.driverVersion ?? 'an unknown driver version'}`,
    vbios.rim ? null : `no VBIOS RIM for ${spdm.vbiosVersion ?? 'an unknown VBIOS version'}`,
  ].filter((x): x is string => x !== null);
  const forModel = model ? ` (${model})` : '';
  if (missing.length > 0) {
    const partial = compared > 0 ? `; the ${compared} active measurement(s) of the ${used} match` : '';
    return { measres: null, mismatches: [], ...base, step: { id, ok: null, detail: `verifier unavailable: ${missing.join(', ')}${forModel}${partial}` } };
  }
  return { measres: 'success', mismatches: [], ...base, step: { id, ok: true, detail: `all ${compared} active measurement(s) match the ${used}${skipped}` } };
}
