import type { Receipt } from '../receipt/schema.js';

/**
 * The words a reviewer reads first, chosen so that what is rendered matches what was checked: the
 * heading carries the decision and the claim tier, and a simulated or self-appraised pass never
 * looks like a hardware pass a separate verifier confirmed.
 */

const TIER_WORDS: Record<Receipt['claim_tier'], string> = {
  none: 'no runtime claim',
  denied: 'no runtime claim',
  simulated: 'simulated evidence, no hardware claim',
  environment: 'environment tier (hardware evidence)',
  execution: 'execution tier (hardware evidence)',
};

/** ✅ only for a pass at a hardware tier that a separate verifier appraised. */
export function headingIcon(r: Receipt, mode: 'create' | 'verify'): string {
  const d = r.policy_decision;
  if (d.status === 'deny') return '❌';
  if (d.status === 'hold') return '⏸️';
  if (r.claim_tier === 'simulated') return '🧪';
  const hardware = r.claim_tier === 'environment' || r.claim_tier === 'execution';
  return hardware && mode === 'verify' && d.appraised_by === 'verifier' ? '✅' : '☑️';
}

/** `## 🧪 Compute receipt: PASS · simulated evidence, no hardware claim (verified)` */
export function heading(r: Receipt, mode: 'create' | 'verify'): string {
  const who = mode === 'verify' ? 'verified' : 'self-appraised';
  return `## ${headingIcon(r, mode)} Compute receipt: ${r.policy_decision.status.toUpperCase()} · ${TIER_WORDS[r.claim_tier]} (${who})`;
}

/** What the trust roots did in this receipt, in words that match what was checked. */
export function trustRootsWords(r: Receipt): string {
  const a = r.attestation_result;
  if (a.trust_roots !== 'shipped') return `custom roots \`${a.trust_roots.custom}\` (test chains; shipped policies deny them)`;
  const ev = a.evidence;
  if (ev.length === 0) return 'none used: no evidence was presented';
  if (ev.every((e) => e.kind === 'simulated')) return 'none used: simulated evidence is signed by a throwaway key, not by a vendor chain';
  const chained = ev.some((e) => e.kind !== 'simulated' && e.verified);
  return chained ? 'the shipped vendor roots (Intel, AMD, NVIDIA; pinned by SHA-256)' : 'the shipped vendor roots; no evidence verified to them';
}

/** An evidence item's status, in words, with no green mark: a reader judges the decision, not the icon. */
export function evidenceStatusWords(e: Receipt['attestation_result']['evidence'][number]): string {
  if (e.status === 'verified') return e.kind === 'simulated' ? 'verified (simulated key)' : 'verified';
  return `**${e.status.replace(/-/g, ' ')}**`;
}
