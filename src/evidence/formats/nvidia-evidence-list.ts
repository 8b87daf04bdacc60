import { InputError } from '../../util/errors.js';
import { parseNvidiaSpdmEvidence, type NvidiaSpdmEvidence } from './nvidia-spdm.js';

/**
 * The JSON evidence list that `nvattest collect-evidence` prints (`{"evidences": [...],
 * "result_code": 0}`) and nvtrust/NRAS use (`[...]`): one entry per GPU with base64 `evidence`
 * (SPDM request||response), base64 `certificate` (the device chain, PEM) and hex `nonce`.
 */

export interface NvidiaEvidenceEntry {
  arch: string | null;
  nonce: string | null;
  driverVersion: string | null;
  vbiosVersion: string | null;
  evidence: Buffer;
  /** The device certificate chain, PEM text bytes (may be empty). */
  certificateChain: Buffer;
}

/** The entries array of a parsed JSON value, or null when it is not an evidence list. */
export function evidenceListEntries(value: unknown): unknown[] | null {
  const list = Array.isArray(value)
    ? value
    : value !== null && typeof value === 'object' && Array.isArray((value as { evidences?: unknown }).evidences)
      ? (value as { evidences: unknown[] }).evidences
      : null;
  if (list === null || list.length === 0) return null;
  const ok = list.every(
    (e) => e !== null && typeof e === 'object' && !Array.isArray(e) && typeof (e as { evidence?: unknown }).evidence === 'string',
  );
  return ok ? list : null;
}

export function parseNvidiaEvidenceList(value: unknown): NvidiaEvidenceEntry[] {
  const list = evidenceListEntries(value);
  if (list === null) throw new InputError('EVIDENCE_MALFORMED', 'NVIDIA evidence list: expected a non-empty list of {evidence, certificate, ...}');
  return list.map((raw, i) => {
    const e = raw as Record<string, unknown>;
    const str = (k: string) => (typeof e[k] === 'string' ? (e[k] as string) : null);
    const b64 = (k: string) => {
      const s = str(k) ?? '';
      if (!/^[A-Za-z0-9+/=_\s-]*$/.test(s)) throw new InputError('EVIDENCE_MALFORMED', `NVIDIA evidence list: entry ${i} ${k} is not base64`);
      return Buffer.from(s, 'base64');
    };
    const evidence = b64('evidence');
    if (evidence.length === 0) throw new InputError('EVIDENCE_MALFORMED', `NVIDIA evidence list: entry ${i} has empty evidence`);
    return {
      arch: str('arch'),
      nonce: str('nonce'),
      driverVersion: str('driver_version'),
      vbiosVersion: str('vbios_version'),
      evidence,
      certificateChain: b64('certificate'),
    };
  });
}

/** Each entry's SPDM evidence parsed; throws EVIDENCE_MALFORMED naming the entry. */
export function parseNvidiaEvidenceListSpdm(entries: NvidiaEvidenceEntry[]): NvidiaSpdmEvidence[] {
  return entries.map((e, i) => {
    try {
      return parseNvidiaSpdmEvidence(e.evidence);
    } catch (err) {
      if (err instanceof InputError) throw new InputError('EVIDENCE_MALFORMED', `NVIDIA evidence list entry ${i}: ${err.message}`);
      throw err;
    }
  });
}
