/**
 * Rules over verified NVIDIA GPU evidence. Each evidence item carries `gpus: [{arch, debug, measres,
 * cert_status, driver_version, vbios_version, ueid, ...}]` (docs/gpu.md); every rule looks at each
 * distinct GPU, `count` counts them.
 */
import type { Policy } from '../schema.js';
import { allowList, boolClaim, forbidTrue, malformed, missing, perSubject, stringClaim, type Rule, type RuleContext, type Subject } from './common.js';

type GpuBlock = NonNullable<Policy['nvidia-gpu']>;

/**
 * Fields that SPDM evidence and NRAS tokens both report: when both speak for one GPU they must agree.
 * `measres` is among them: NRAS's appraisal and the local one against RIMs (when RIMs were given)
 * must not contradict each other; so are `cert_status` and `ocsp_status`: NRAS's verdict on the
 * device chain and the local OCSP check of the same chain.
 */
const SHARED_FIELDS = ['arch', 'model', 'driver_version', 'vbios_version', 'measres', 'cert_status', 'ocsp_status'] as const;

/**
 * One subject per physical GPU. SPDM evidence and NRAS tokens about the same GPU are joined by its
 * `ueid` (the device certificate's serial number, which NRAS reports as `ueid`), so a GPU is counted
 * once and its rules see the device facts from its signed report together with NRAS's appraisal
 * (`measres`, `dbgstat`) or the local appraisal against NVIDIA's RIMs (`measres`). Sources that disagree on a shared field make the GPU unreadable (deny). A
 * GPU without a ueid stays on its own. An item whose `gpus` claim is missing or malformed stays one
 * unreadable subject.
 */
export function gpuSubjects(items: Subject[]): Subject[] {
  const out: Subject[] = [];
  const byUeid = new Map<string, Subject>();
  for (const it of items) {
    const gpus = it.claims['gpus'];
    if (!Array.isArray(gpus)) {
      out.push({ ...it, unreadable: gpus === undefined ? 'the verifier reported no "gpus" claim' : 'claim "gpus" is not a list' });
      continue;
    }
    gpus.forEach((g, j) => {
      const label = `${it.label}.gpu${j}`;
      if (g === null || typeof g !== 'object') {
        out.push({ label, claims: {}, unreadable: `gpus[${j}] is not an object` });
        return;
      }
      const claims = g as Record<string, unknown>;
      const ueid = typeof claims['ueid'] === 'string' ? claims['ueid'] : null;
      const seen = ueid === null ? undefined : byUeid.get(ueid);
      if (!seen) {
        const subject: Subject = { label, claims: { ...claims } };
        out.push(subject);
        if (ueid !== null) byUeid.set(ueid, subject);
        return;
      }
      seen.label = `${seen.label}+${label}`;
      for (const [k, v] of Object.entries(claims)) {
        const had = seen.claims[k];
        if (v === null || v === undefined) continue;
        if (had === null || had === undefined) seen.claims[k] = v;
        else if ((SHARED_FIELDS as readonly string[]).includes(k) && String(had).toLowerCase() !== String(v).toLowerCase()) {
          seen.unreadable = `the sources for GPU ueid ${ueid} disagree on ${k}: ${String(had)} vs ${String(v)}`;
        }
      }
    });
  }
  return out;
}

export function gpuRules(block: GpuBlock, ctx: RuleContext): Rule[] {
  const rules: Rule[] = [];
  const count = block.count;
  if (count) {
    const expected = count.max === undefined ? `>= ${count.min}` : `${count.min}..${count.max}`;
    rules.push({
      id: 'nvidia-gpu.count',
      expected,
      evaluate(items) {
        for (const it of items) {
          const gpus = it.claims['gpus'];
          if (gpus === undefined || gpus === null) return missing(ctx, 'gpus');
          if (!Array.isArray(gpus)) return malformed('gpus', gpus, 'a list');
        }
        // Distinct GPUs: SPDM evidence and NRAS tokens about one GPU count once.
        const n = gpuSubjects(items).length;
        const ok = n >= count.min && (count.max === undefined || n <= count.max);
        return ok
          ? { outcome: 'pass', observed: String(n), detail: `${n} attested GPU(s), within ${expected}` }
          : { outcome: 'deny', observed: String(n), detail: `${n} attested GPU(s), outside ${expected}` };
      },
    });
  }
  const perGpu = (r: Rule): Rule => ({ ...r, evaluate: (items) => r.evaluate(gpuSubjects(items)) });
  if (block.debug === 'forbid') {
    rules.push(perGpu(forbidTrue('nvidia-gpu.debug', (c) => boolClaim(ctx, c, 'debug'), 'the GPU runs in debug mode', 'the GPU is not in debug mode')));
  }
  if (block.measres) {
    rules.push(
      perGpu(
        perSubject('nvidia-gpu.measres', 'success', (s) => {
          const c = stringClaim(ctx, s.claims, 'measres');
          if (!c.ok) return c.finding;
          const bad = s.claims['measurement_mismatches'];
          const named = Array.isArray(bad) && bad.length > 0 ? ` (RIM measurement index ${bad.map((x) => String(x)).join(', ')})` : '';
          return c.value === 'success'
            ? { outcome: 'pass', observed: c.value, detail: 'the GPU measurements matched the reference values' }
            : { outcome: 'deny', observed: c.value, detail: `the GPU measurements did not match the reference values${named}` };
        }),
      ),
    );
  }
  if (block.driver_versions !== undefined) {
    rules.push(perGpu(allowList(ctx, 'nvidia-gpu.driver_versions', block.driver_versions, (c) => stringClaim(ctx, c, 'driver_version'), 'the driver version')));
  }
  if (block.architectures !== undefined) {
    rules.push(perGpu(allowList(ctx, 'nvidia-gpu.architectures', block.architectures, (c) => stringClaim(ctx, c, 'arch'), 'the GPU architecture')));
  }
  if (block.cert_status === 'valid') {
    rules.push(
      perGpu(
        perSubject('nvidia-gpu.cert_status', 'valid', (s) => {
          const c = stringClaim(ctx, s.claims, 'cert_status');
          if (!c.ok) return c.finding;
          return c.value === 'valid'
            ? { outcome: 'pass', observed: c.value, detail: "the GPU's device certificate chain is valid and not revoked (NRAS, or OCSP answers verified here)" }
            : { outcome: 'deny', observed: c.value, detail: "the GPU's device certificate chain is not known to be valid (revoked or unknown to the OCSP responder)" };
        }),
      ),
    );
  }
  if (block.vbios_versions !== undefined) {
    rules.push(perGpu(allowList(ctx, 'nvidia-gpu.vbios_versions', block.vbios_versions, (c) => stringClaim(ctx, c, 'vbios_version'), 'the VBIOS version')));
  }
  return rules;
}
