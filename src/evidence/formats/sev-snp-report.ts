import { ByteReader } from './reader.js';

/**
 * AMD SEV-SNP attestation report v2, v3, v5 (1184 bytes): a light parser for `kind` and `inspect`.
 * No signature, no chain, no policy (the SNP verifier is a later stage).
 */

export const SNP_REPORT_SIZE = 1184;
export const SNP_SIGNATURE_ALGO_ECDSA_P384_SHA384 = 1;

export interface SevSnpReport {
  version: number;
  guestSvn: number;
  policy: bigint;
  familyId: Buffer;
  imageId: Buffer;
  vmpl: number;
  signatureAlgo: number;
  currentTcb: Buffer;
  platformInfo: bigint;
  /** Bits 2..4 of the signer info at 0x48: 0 = VCEK, 1 = VLEK, 7 = none. */
  signingKey: number;
  reportData: Buffer;
  measurement: Buffer;
  hostData: Buffer;
  idKeyDigest: Buffer;
  authorKeyDigest: Buffer;
  reportId: Buffer;
  reportIdMa: Buffer;
  reportedTcb: Buffer;
  chipId: Buffer;
  committedTcb: Buffer;
  launchTcb: Buffer;
  /** The 0x2a0 bytes the signature covers. */
  signedBytes: Buffer;
  signature: Buffer;
}

export function isSevSnpReport(bytes: Uint8Array): boolean {
  if (bytes.byteLength !== SNP_REPORT_SIZE) return false;
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = b.readUInt32LE(0);
  return (version === 2 || version === 3 || version === 5) && b.readUInt32LE(0x34) === SNP_SIGNATURE_ALGO_ECDSA_P384_SHA384;
}

export function parseSevSnpReport(bytes: Uint8Array): SevSnpReport {
  const r = new ByteReader(bytes, 'SEV-SNP report');
  r.need(SNP_REPORT_SIZE, 'report (1184 bytes)');
  if (bytes.byteLength !== SNP_REPORT_SIZE) throw r.malformed(`is ${bytes.byteLength} bytes (expected ${SNP_REPORT_SIZE})`);
  const b = r.buf;
  const version = b.readUInt32LE(0);
  if (version !== 2 && version !== 3 && version !== 5) throw r.malformed(`unsupported report version ${version} (expected 2, 3 or 5)`);
  const signatureAlgo = b.readUInt32LE(0x34);
  if (signatureAlgo !== SNP_SIGNATURE_ALGO_ECDSA_P384_SHA384) throw r.malformed(`signature algorithm ${signatureAlgo} (expected 1)`);
  const at = (o: number, n: number) => b.subarray(o, o + n);
  return {
    version,
    guestSvn: b.readUInt32LE(0x04),
    policy: b.readBigUInt64LE(0x08),
    familyId: at(0x10, 16),
    imageId: at(0x20, 16),
    vmpl: b.readUInt32LE(0x30),
    signatureAlgo,
    currentTcb: at(0x38, 8),
    platformInfo: b.readBigUInt64LE(0x40),
    signingKey: (b.readUInt32LE(0x48) >> 2) & 7,
    reportData: at(0x50, 64),
    measurement: at(0x90, 48),
    hostData: at(0xc0, 32),
    idKeyDigest: at(0xe0, 48),
    authorKeyDigest: at(0x110, 48),
    reportId: at(0x140, 32),
    reportIdMa: at(0x160, 32),
    reportedTcb: at(0x180, 8),
    chipId: at(0x1a0, 64),
    committedTcb: at(0x1e0, 8),
    launchTcb: at(0x1f0, 8),
    signedBytes: at(0, 0x2a0),
    signature: at(0x2a0, 0x200),
  };
}

export const SNP_POLICY_BITS = { smt_allowed: 16, migrate_ma: 18, debug: 19 } as const;

export function snpSigningKeyName(k: number): 'vcek' | 'vlek' | 'none' | 'reserved' {
  return k === 0 ? 'vcek' : k === 1 ? 'vlek' : k === 7 ? 'none' : 'reserved';
}
