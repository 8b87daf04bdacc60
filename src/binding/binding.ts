import { createHash } from 'node:crypto';
import { canonicalBytes } from './jcs.js';
import { InputError } from '../util/errors.js';

export const BINDING_VERSION = 'compute-receipt/binding/v1' as const;

/** Job context, as the CI environment (or the caller) states it. Every field a string or null. */
export interface JobContext {
  id: string | null;
  repository: string | null;
  run_id: string | null;
  run_attempt: string | null;
  sha: string | null;
  workflow_ref: string | null;
}

/** The value whose hash goes into the TEE evidence (DESIGN §3). */
export interface Binding {
  v: typeof BINDING_VERSION;
  job: JobContext;
  workload_digest: string;
  workload_manifest_digest: string | null;
  input_commitment: string;
  input_manifest_digest: string;
  output_digest: string;
  output_manifest_digest: string;
  benchmark_digest: string | null;
  oidc_token_digest: string | null;
  nonce: string | null;
  /** Two-phase flow only (docs/execution.md): the begin and seal event digests measured into RTMR3. */
  execution?: { begin_event_digest: string; seal_event_digest: string };
}

/** SHA-512 of JCS(binding): exactly 64 bytes, the TDX REPORTDATA / SNP REPORT_DATA / configfs inblob. */
export function reportData(binding: Binding): Buffer {
  return createHash('sha512').update(canonicalBytes(binding)).digest();
}

/** SHA-256 of JCS(binding): exactly 32 bytes, the NVIDIA SPDM nonce. */
export function gpuNonce(binding: Binding): Buffer {
  return createHash('sha256').update(canonicalBytes(binding)).digest();
}

/** "sha256:" + SHA-256(JCS(value)): the digest of a manifest (or any JSON value). */
export function jsonDigest(value: unknown): string {
  return 'sha256:' + createHash('sha256').update(canonicalBytes(value)).digest('hex');
}

export function sha256Prefixed(bytes: Uint8Array | string): string {
  return 'sha256:' + createHash('sha256').update(bytes).digest('hex');
}

const HEX = /^[0-9a-f]*$/;

/** A relying party's nonce: lowercase hex, even length, 8..128 bytes. Uppercase is folded. */
export function normalizeNonce(nonce: string | null | undefined): string | null {
  if (nonce === undefined || nonce === null || nonce === '') return null;
  const n = nonce.trim().toLowerCase();
  if (!HEX.test(n) || n.length % 2 !== 0 || n.length < 16 || n.length > 256) {
    throw new InputError('USAGE', 'nonce must be 8 to 128 bytes of hex (16 to 256 hex digits)');
  }
  return n;
}
