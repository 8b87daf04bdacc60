import type { InspectedEvidence } from '../evidence/formats/inspect.js';
import { InputError, q } from '../util/errors.js';
import { parsePolicyBytes } from './parse.js';

/**
 * `policy init --from FILE...`: a starting policy pinned to the measurements of evidence the user
 * knows to be good (a run on the machine image they trust). Strict policies are templates with empty
 * allow-lists; this fills them from real quotes and reports, with comments saying where each value
 * came from and what to check before relying on it. The text is validated as a policy before it is
 * returned, so what is written always loads.
 */

export interface InitSource {
  /** The file name as the user gave it (shown in comments). */
  file: string;
  inspected: InspectedEvidence;
  /** Whether `evidence verify` accepted it here (signature and chain), and its one-line detail. */
  verified: { ok: boolean; detail: string };
}

interface Pins {
  tdx: { mr_td: Set<string>; rtmr0: Set<string>; rtmr1: Set<string>; rtmr2: Set<string>; sept: boolean; from: string[] } | null;
  snp: { measurement: Set<string>; host_data: Set<string>; tcb: { bootloader: number; tee: number; snp: number; microcode: number; fmc?: number } | null; from: string[] } | null;
  gpu: { drivers: Set<string>; vbios: Set<string>; count: number; from: string[] } | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v.toLowerCase() : null);

function collect(sources: InitSource[]): Pins {
  const p: Pins = { tdx: null, snp: null, gpu: null };
  for (const s of sources) {
    const f = s.inspected.fields;
    switch (s.inspected.format) {
      case 'tdx-quote': {
        const t = (f['td_report'] ?? {}) as Record<string, unknown>;
        p.tdx ??= { mr_td: new Set(), rtmr0: new Set(), rtmr1: new Set(), rtmr2: new Set(), sept: true, from: [] };
        for (const k of ['mr_td', 'rtmr0', 'rtmr1', 'rtmr2'] as const) {
          const v = str(t[k]);
          if (v) p.tdx[k].add(v);
        }
        const flags = Array.isArray(f['td_attribute_flags']) ? (f['td_attribute_flags'] as string[]) : [];
        p.tdx.sept &&= flags.includes('sept_ve_disable');
        p.tdx.from.push(s.file);
        break;
      }
      case 'sev-snp-report': {
        p.snp ??= { measurement: new Set(), host_data: new Set(), tcb: null, from: [] };
        const m = str(f['measurement']);
        if (m) p.snp.measurement.add(m);
        const h = str(f['host_data']);
        if (h) p.snp.host_data.add(h);
        const t = f['reported_tcb'] as Record<string, unknown> | undefined;
        if (t && typeof t['bootloader'] === 'number') {
          const tcb = { bootloader: t['bootloader'] as number, tee: t['tee'] as number, snp: t['snp'] as number, microcode: t['microcode'] as number, ...(typeof t['fmc'] === 'number' ? { fmc: t['fmc'] } : {}) };
          // The minimum over every known-good report: each component the lowest seen.
          const prev = p.snp.tcb;
          p.snp.tcb = prev
            ? {
                bootloader: Math.min(prev.bootloader, tcb.bootloader),
                tee: Math.min(prev.tee, tcb.tee),
                snp: Math.min(prev.snp, tcb.snp),
                microcode: Math.min(prev.microcode, tcb.microcode),
                ...(prev.fmc !== undefined && tcb.fmc !== undefined ? { fmc: Math.min(prev.fmc, tcb.fmc) } : {}),
              }
            : tcb;
        }
        p.snp.from.push(s.file);
        break;
      }
      case 'nvidia-spdm':
      case 'nvidia-evidence-list': {
        p.gpu ??= { drivers: new Set(), vbios: new Set(), count: Number.MAX_SAFE_INTEGER, from: [] };
        const gpus = Array.isArray(f['gpus']) ? (f['gpus'] as Record<string, unknown>[]) : [];
        for (const g of gpus) {
          if (typeof g['driver_version'] === 'string') p.gpu.drivers.add(g['driver_version']);
          if (typeof g['vbios_version'] === 'string') p.gpu.vbios.add(g['vbios_version']);
        }
        p.gpu.count = Math.min(p.gpu.count, gpus.length);
        p.gpu.from.push(s.file);
        break;
      }
      case 'simulated-tdx-quote':
        throw new InputError('EVIDENCE_MALFORMED', `${q(s.file)} is simulated evidence: it has no hardware measurements to pin`);
      case 'nras-eat':
        throw new InputError(
          'EVIDENCE_MALFORMED',
          `${q(s.file)} is an NRAS token set: pin GPUs from their SPDM evidence (nvidia-spdm or an evidence list); NRAS appraises measurements itself (measres)`,
        );
      case 'unknown':
        throw new InputError('EVIDENCE_MALFORMED', `${q(s.file)} is not attestation evidence compute-receipt recognises`);
    }
  }
  return p;
}

const list = (xs: Set<string>) => `[${[...xs].sort().map((x) => JSON.stringify(x)).join(', ')}]`;
const files = (xs: string[]) => xs.map((x) => JSON.stringify(x)).join(', ');

export interface InitOptions {
  policyId: string;
  /** The time written into the header (the caller's clock). */
  now: Date;
}

/** The commented policy text, validated as a policy. */
export function initPolicy(sources: InitSource[], opts: InitOptions): string {
  if (sources.length === 0) throw new InputError('USAGE', 'policy init needs at least one --from FILE (evidence from a run you trust)');
  if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(opts.policyId)) throw new InputError('USAGE', `--id must be lowercase letters, digits, ".", "_" or "-" (got ${q(opts.policyId)})`);
  const p = collect(sources);
  const cpu: string[] = [...(p.tdx ? ['tdx'] : []), ...(p.snp ? ['sev-snp'] : [])];
  const required = [...(cpu.length === 2 ? [`[${cpu.join(', ')}]`] : cpu), ...(p.gpu ? ['nvidia-gpu'] : [])];
  const L: string[] = [];
  L.push(`# ${opts.policyId} — written by \`compute-receipt policy init\` on ${opts.now.toISOString().slice(0, 10)}, pinned to the`);
  L.push('# measurements of evidence you named as known-good:');
  for (const s of sources) {
    const detail = s.verified.detail.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').slice(0, 120);
    L.push(`#   ${JSON.stringify(s.file)}: ${s.inspected.format}, ${s.verified.ok ? 'signature and chain verified here' : `NOT verified here (${detail})`}`);
  }
  L.push('#');
  L.push('# A pinned value is only as good as the run it came from: take it from a machine image you built or');
  L.push('# reviewed, check it against your image build (or the vendor\'s reference values), and commit this file');
  L.push('# on a branch the attested job cannot change (for example .github/compute-receipt/policy.yml, read by');
  L.push('# a separate verifier job). A new image, firmware or driver changes these values: re-run policy init');
  L.push('# with evidence from it, review the difference, and bump `version`.');
  L.push(`policy_id: ${opts.policyId}`);
  L.push('version: 1');
  L.push('description: Pinned to known-good evidence by compute-receipt policy init.');
  L.push('');
  L.push('decision_ceiling: pass');
  L.push('');
  L.push('evidence:');
  L.push(`  required: [${required.join(', ')}]`);
  L.push('  on_missing: deny');
  L.push('  on_unsupported: deny');
  L.push('  # No collateral, no network or no NVIDIA reference manifests: hold (never pass).');
  L.push('  on_verifier_unavailable: hold');
  L.push('  trust_roots: shipped');
  L.push('  accept_simulated: false');
  if (p.tdx) {
    L.push('');
    L.push(`# From ${files(p.tdx.from)}. MRTD is the TD's initial image; RTMR0-2 the firmware, boot loader and`);
    L.push('# kernel measured at boot. RTMR3 is left unpinned: it changes per run (the two-phase flow extends it).');
    L.push('tdx:');
    L.push('  debug: forbid');
    L.push(`  mr_td: ${list(p.tdx.mr_td)}`);
    L.push(`  rtmr0: ${list(p.tdx.rtmr0)}`);
    L.push(`  rtmr1: ${list(p.tdx.rtmr1)}`);
    L.push(`  rtmr2: ${list(p.tdx.rtmr2)}`);
    L.push('  td_attributes:');
    L.push('    forbid: [debug]');
    L.push(p.tdx.sept ? '    require: [sept_ve_disable]' : '    require: []   # the known-good TD did not set SEPT_VE_DISABLE');
    L.push('  # The TCB status comes from Intel collateral (--collateral DIR or --network); without it: hold.');
    L.push('  tcb_status:');
    L.push('    pass: [UpToDate]');
    L.push('    hold: [SWHardeningNeeded]');
  }
  if (p.snp) {
    L.push('');
    L.push(`# From ${files(p.snp.from)}. MEASUREMENT is the launch digest of the guest image; the minimum`);
    L.push('# reported TCB is the lowest seen in that evidence (raise it as AMD publishes fixes).');
    L.push('sev-snp:');
    L.push('  debug: forbid');
    L.push('  migrate_ma: forbid');
    L.push(`  measurement: ${list(p.snp.measurement)}`);
    if (p.snp.host_data.size && ![...p.snp.host_data].every((h) => /^0+$/.test(h))) L.push(`  host_data: ${list(p.snp.host_data)}`);
    if (p.snp.tcb) {
      const t = p.snp.tcb;
      L.push(`  min_reported_tcb: {${t.fmc !== undefined ? `fmc: ${t.fmc}, ` : ''}bootloader: ${t.bootloader}, tee: ${t.tee}, snp: ${t.snp}, microcode: ${t.microcode}}`);
    }
  }
  if (p.gpu) {
    L.push('');
    L.push(`# From ${files(p.gpu.from)}. The GPU's firmware measurements are appraised against NVIDIA's reference`);
    L.push('# manifests (measres): by NRAS (collect NRAS tokens beside the SPDM evidence), or locally from the');
    L.push('# driver and VBIOS RIMs given with --rim; with neither the check holds.');
    L.push('nvidia-gpu:');
    L.push(`  count: {min: ${Math.max(1, p.gpu.count === Number.MAX_SAFE_INTEGER ? 1 : p.gpu.count)}}`);
    L.push('  debug: forbid');
    L.push('  measres: success');
    L.push('  cert_status: valid');
    L.push(`  driver_versions: ${list(p.gpu.drivers)}`);
    L.push(`  vbios_versions: ${list(p.gpu.vbios)}`);
  }
  L.push('');
  L.push('benchmark: context-only');
  const text = L.join('\n') + '\n';
  // What is written always loads: the same strict parser as --policy.
  parsePolicyBytes(Buffer.from(text, 'utf8'), `${opts.policyId} (generated)`);
  return text;
}
