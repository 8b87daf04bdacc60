import type { ClaimTier } from '../receipt/schema.js';
import type { VerifiedEvidence } from '../evidence/types.js';

/**
 * Claim tiers (DESIGN §6). The allowed claim is built from verified facts only, and is never wider
 * than any of its inputs: a hold accepts nothing, a deny allows no runtime claim, simulated evidence
 * allows no hardware claim, and a pass with hardware evidence speaks for the environment, not for
 * what the workload did.
 */

/** The claims this project always blocks, whatever the evidence. Quoted as blocked, never as true. */
export const STANDING_BLOCKED_CLAIMS: readonly string[] = [
  'A benchmark result proves that this job ran.',
  'TEE attestation proves that the model output is true.',
  'One benchmark run proves that this provider is always faster.',
];

export interface ClaimFacts {
  decision: 'pass' | 'hold' | 'deny';
  decisionReason: string;
  /** Check ids that denied or held, for the denied and none tiers. */
  deciding: string[];
  policyId: string;
  policyDigest: string;
  jobLabel: string;
  workloadDigest: string;
  inputCommitment: string;
  outputDigest: string;
  evidence: VerifiedEvidence[];
  /** Whether any evidence was presented at all. */
  evidencePresented: boolean;
  /**
   * The workload's signer, only when the policy listed signers and `workload.signers` passed: the
   * claim then says "workload W, signed by S" and nothing more about the signature.
   */
  workloadSigner?: string | null;
  /** The two-phase flow (docs/execution.md), when the receipt sealed a begin: whether the tier is reached and why. */
  execution?: { eligible: boolean; reason: string };
}

export function claimTier(f: ClaimFacts): ClaimTier {
  if (f.decision === 'deny') return 'denied';
  if (f.decision === 'hold') return 'none';
  const verified = f.evidence.filter((e) => e.status === 'verified' && e.bindingMatches === true);
  const hardware = verified.filter((e) => e.kind !== null && e.kind !== 'simulated');
  if (hardware.length > 0 && verified.every((e) => e.kind !== 'simulated')) return f.execution?.eligible && hardware.some((e) => e.kind === 'tdx') ? 'execution' : 'environment';
  if (verified.some((e) => e.kind === 'simulated')) return 'simulated';
  // A pass with no verified evidence (a policy that requires none and caps at pass): nothing runtime.
  return 'none';
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function short(d: string): string {
  const i = d.indexOf(':');
  return i >= 0 ? `${d.slice(0, i + 1)}${d.slice(i + 1, i + 13)}` : d;
}

/** An Intel TDX quote: its launch measurements, the TCB status from Intel's collateral, and any log replay. */
function tdxDescription(c: Record<string, unknown>): string {
  const h = (k: string) => (typeof c[k] === 'string' ? `${(c[k] as string).slice(0, 16)}…` : '?');
  const regs = ['rtmr0', 'rtmr1', 'rtmr2', 'rtmr3'].map((r) => `${r.toUpperCase()} ${h(r)}`).join(', ');
  const tcb = typeof c['tcb_status'] === 'string' ? `TCB status ${c['tcb_status'] as string}` : 'TCB status not evaluated';
  const log = c['event_log_replay'] === 'match' ? '; event log replayed to the RTMRs' : '';
  return `an Intel TDX quote (MRTD ${h('mr_td')}, MRSEAM ${h('mr_seam')}, ${regs}; ${tcb}${log})`;
}

/** AMD SEV-SNP: product line, signing key, launch measurement and the reported TCB, from verified claims. */
function snpDescription(c: Record<string, unknown>): string {
  const product = typeof c['product'] === 'string' ? `${c['product']} ` : '';
  const key = typeof c['signing_key'] === 'string' ? `, signed by its ${c['signing_key'].toUpperCase()}` : '';
  const t = c['reported_tcb'];
  const n = (k: string) => (t !== null && typeof t === 'object' && typeof (t as Record<string, unknown>)[k] === 'number' ? String((t as Record<string, unknown>)[k]) : '?');
  const fmc = t !== null && typeof t === 'object' && 'fmc' in t ? `fmc ${n('fmc')}, ` : '';
  return (
    `an AMD SEV-SNP ${product}report${key} (measurement ${String(c['measurement'] ?? '?').slice(0, 16)}…, ` +
    `reported TCB ${fmc}bootloader ${n('bootloader')}, tee ${n('tee')}, snp ${n('snp')}, microcode ${n('microcode')})`
  );
}

/** NVIDIA GPUs: how many, which architecture, driver and VBIOS, and who signed (device keys or NRAS). */
function gpuDescription(e: VerifiedEvidence): string {
  const gpus = Array.isArray(e.claims['gpus']) ? (e.claims['gpus'] as Record<string, unknown>[]) : [];
  const uniq = (k: string) => [...new Set(gpus.map((g) => (typeof g[k] === 'string' ? (g[k] as string) : '?')))].join('/');
  const what = e.format === 'nras-eat' ? 'an NVIDIA NRAS token set' : 'NVIDIA SPDM evidence signed by the device keys';
  return `${what} for ${gpus.length} ${uniq('arch')} GPU(s) (driver ${uniq('driver_version')}, VBIOS ${uniq('vbios_version')})`;
}

function teeDescription(evidence: VerifiedEvidence[]): string {
  const parts: string[] = [];
  for (const e of evidence) {
    if (e.status !== 'verified' || e.kind === null || e.kind === 'simulated') continue;
    const c = e.claims;
    switch (e.kind) {
      case 'tdx':
        parts.push(tdxDescription(c));
        break;
      case 'sev-snp':
        parts.push(snpDescription(c));
        break;
      case 'nvidia-gpu':
        parts.push(gpuDescription(e));
        break;
    }
  }
  return parts.length ? parts.join(' and ') : 'hardware TEE evidence';
}

/** Why a sealed two-phase job stayed below the execution tier, as a sentence (none when it reached it or never began). */
function executionNote(f: ClaimFacts): string {
  return f.execution && !f.execution.eligible ? ` The execution tier was not reached: ${f.execution.reason}.` : '';
}

export function allowedClaim(tier: ClaimTier, f: ClaimFacts): string {
  const job = f.jobLabel;
  const w = short(f.workloadDigest) + (f.workloadSigner ? `, signed by ${f.workloadSigner}` : '');
  const i = short(f.inputCommitment);
  const o = short(f.outputDigest);
  const p = `${f.policyId}@${short(f.policyDigest)}`;
  switch (tier) {
    case 'none':
      return (
        `${cap(job)} recorded workload ${w}, inputs ${i} and outputs ${o}; ` +
        `no runtime evidence was accepted (policy ${p}: ${f.decisionReason}).`
      );
    case 'denied':
      return f.evidencePresented
        ? `The verifier ran and policy ${p} rejected the evidence for ${job} ` +
            `(${f.deciding.join(', ') || f.decisionReason}); no runtime claim is allowed.`
        : `The verifier ran and policy ${p} required runtime evidence for ${job}, and none was presented; ` +
            `no runtime claim is allowed.`;
    case 'simulated':
      return (
        `Simulated evidence only, accepted by the demo policy ${p}: ${job} recorded workload ${w}, ` +
        `inputs ${i} and outputs ${o}; no hardware claim is made.` +
        executionNote(f)
      );
    case 'environment':
      return (
        `Hardware-signed evidence from ${teeDescription(f.evidence)}, accepted by policy ${p}, ` +
        `commits to workload ${w}, inputs ${i}, outputs ${o} and ${job}, and was produced after the ` +
        `outputs existed; it does not show that the workload produced the outputs.` +
        executionNote(f)
      );
    case 'execution': {
      const tdx = f.evidence.find((e) => e.kind === 'tdx' && e.status === 'verified');
      const mrtd = typeof tdx?.claims['mr_td'] === 'string' ? `${(tdx.claims['mr_td'] as string).slice(0, 16)}…` : '?';
      return (
        `In one boot of the measured Intel TDX image (MRTD ${mrtd} and RTMR0-2 pinned by policy ${p}), ` +
        `the agent recorded workload ${w} and inputs ${i} for ${job} before it recorded outputs ${o}, under policy ${p}. ` +
        `This assumes an ephemeral runner and job steps without root in the TD; it does not show that the outputs are correct.`
      );
    }
  }
}
