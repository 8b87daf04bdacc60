import { ByteReader, isAllZero } from './reader.js';

/**
 * AMD SEV-SNP attestation report v2, v3, v5 (1184 bytes; SEV-SNP ABI spec 56860, "ATTESTATION_REPORT").
 * Bytes to typed fields: no signature, no chain, no policy (those are evidence/verify/sev-snp.ts).
 */

export const SNP_REPORT_SIZE = 1184;
export const SNP_SIGNATURE_ALGO_ECDSA_P384_SHA384 = 1;
/** The signature covers bytes 0x000..0x29F. */
export const SNP_SIGNED_LENGTH = 0x2a0;
/** r and s are 72-byte little-endian fields; a P-384 value uses the low 48 bytes. */
export const SNP_SIG_COMPONENT = 72;

/** The product lines this verifier knows. They differ in their TCB_VERSION layout and their AMD roots. */
export type SnpProduct = 'Milan' | 'Genoa' | 'Turin';
export const SNP_PRODUCTS: readonly SnpProduct[] = ['Milan', 'Genoa', 'Turin'];

/**
 * TCB_VERSION (a little-endian u64) by layout. Milan and Genoa: byte 0 boot loader, 1 TEE, 2..5
 * reserved, 6 SNP, 7 microcode. Turin (family 1Ah): byte 0 FMC, 1 boot loader, 2 TEE, 3 SNP, 4..6
 * reserved, 7 microcode.
 */
export type TcbLayout = 'milan-genoa' | 'turin';

export interface SnpTcb {
  /** The 8 raw bytes as they sit in the report, lowercase hex. */
  raw: string;
  bootloader: number;
  tee: number;
  snp: number;
  microcode: number;
  /** Turin only. */
  fmc?: number;
}

export interface SnpCpuid {
  family: number;
  model: number;
  stepping: number;
}

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
  /** The signer info u32 at 0x48. */
  signerInfo: number;
  /** Bits 2..4 of the signer info: 0 = VCEK, 1 = VLEK, 7 = none. */
  signingKey: number;
  /** Bit 1: the host masked CHIP_ID (all zero in the report). */
  maskChipId: boolean;
  /** Bit 0: an author key signed the ID block. */
  authorKeyEn: boolean;
  reportData: Buffer;
  measurement: Buffer;
  hostData: Buffer;
  idKeyDigest: Buffer;
  authorKeyDigest: Buffer;
  reportId: Buffer;
  reportIdMa: Buffer;
  reportedTcb: Buffer;
  /** CPUID family/model/stepping (report v3 and later); null in v2. */
  cpuid: SnpCpuid | null;
  chipId: Buffer;
  committedTcb: Buffer;
  currentBuild: { major: number; minor: number; build: number };
  committedBuild: { major: number; minor: number; build: number };
  launchTcb: Buffer;
  /** The 0x2a0 bytes the signature covers. */
  signedBytes: Buffer;
  /** The whole 0x200-byte signature field. */
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
  const signerInfo = b.readUInt32LE(0x48);
  const build = (o: number) => ({ build: b[o]!, minor: b[o + 1]!, major: b[o + 2]! });
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
    signerInfo,
    signingKey: (signerInfo >> 2) & 7,
    maskChipId: (signerInfo & 2) !== 0,
    authorKeyEn: (signerInfo & 1) !== 0,
    reportData: at(0x50, 64),
    measurement: at(0x90, 48),
    hostData: at(0xc0, 32),
    idKeyDigest: at(0xe0, 48),
    authorKeyDigest: at(0x110, 48),
    reportId: at(0x140, 32),
    reportIdMa: at(0x160, 32),
    reportedTcb: at(0x180, 8),
    cpuid: version >= 3 ? { family: b[0x188]!, model: b[0x189]!, stepping: b[0x18a]! } : null,
    chipId: at(0x1a0, 64),
    committedTcb: at(0x1e0, 8),
    currentBuild: build(0x1e8),
    committedBuild: build(0x1ec),
    launchTcb: at(0x1f0, 8),
    signedBytes: at(0, SNP_SIGNED_LENGTH),
    signature: at(SNP_SIGNED_LENGTH, 0x200),
  };
}

/** Guest policy bits (SNP ABI spec, GUEST_POLICY). Bits 0..15 are the minimum ABI minor and major. */
export const SNP_POLICY_BITS = {
  smt_allowed: 16,
  migrate_ma: 18,
  debug: 19,
  single_socket: 20,
  cxl_allowed: 21,
  mem_aes_256_xts: 22,
  rapl_dis: 23,
  ciphertext_hiding: 24,
  page_swap_disable: 25,
} as const;
export type SnpPolicyBit = keyof typeof SNP_POLICY_BITS;
export const SNP_POLICY_BIT_NAMES = Object.keys(SNP_POLICY_BITS) as SnpPolicyBit[];

export function snpPolicyBit(policy: bigint, name: SnpPolicyBit): boolean {
  return ((policy >> BigInt(SNP_POLICY_BITS[name])) & 1n) === 1n;
}

export function snpSigningKeyName(k: number): 'vcek' | 'vlek' | 'none' | 'reserved' {
  return k === 0 ? 'vcek' : k === 1 ? 'vlek' : k === 7 ? 'none' : 'reserved';
}

/**
 * The product line from the report's CPUID fields (v3 and later): family 19h models 00h..0Fh are
 * Milan, 10h..1Fh and A0h..AFh Genoa (and Siena, which shares Genoa's keys); family 1Ah models
 * 00h..1Fh are Turin. Null when the report does not say (v2) or names another part.
 */
export function snpProductFromCpuid(cpuid: SnpCpuid | null): SnpProduct | null {
  if (cpuid === null) return null;
  if (cpuid.family === 0x19) {
    if (cpuid.model <= 0x0f) return 'Milan';
    if (cpuid.model <= 0x1f || (cpuid.model >= 0xa0 && cpuid.model <= 0xaf)) return 'Genoa';
    return null;
  }
  if (cpuid.family === 0x1a && cpuid.model <= 0x1f) return 'Turin';
  return null;
}

/**
 * The TCB layout a report uses. Turin runs SNP firmware that writes report v3 or later, so a v2
 * report is always Milan/Genoa; a later report says its family in CPUID_FAM_ID. The verifier checks
 * the layout against the product of the VCEK/VLEK chain.
 */
export function snpTcbLayout(report: Pick<SevSnpReport, 'cpuid'>): TcbLayout {
  return report.cpuid !== null && report.cpuid.family === 0x1a ? 'turin' : 'milan-genoa';
}

export function layoutOfProduct(p: SnpProduct): TcbLayout {
  return p === 'Turin' ? 'turin' : 'milan-genoa';
}

export function decodeSnpTcb(raw: Uint8Array, layout: TcbLayout): SnpTcb {
  const b = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  if (b.length !== 8) throw new TypeError('decodeSnpTcb: a TCB_VERSION is 8 bytes');
  const hex = b.toString('hex');
  return layout === 'turin'
    ? { raw: hex, fmc: b[0]!, bootloader: b[1]!, tee: b[2]!, snp: b[3]!, microcode: b[7]! }
    : { raw: hex, bootloader: b[0]!, tee: b[1]!, snp: b[6]!, microcode: b[7]! };
}

/**
 * r and s as big-endian 48-byte values (r || s, node's ieee-p1363 form), or null when a component
 * does not fit P-384 (a non-zero byte above the low 48 of its 72): such a signature never verifies.
 */
export function snpSignatureP1363(report: Pick<SevSnpReport, 'signature'>): Buffer | null {
  const sig = report.signature;
  const r = sig.subarray(0, SNP_SIG_COMPONENT);
  const s = sig.subarray(SNP_SIG_COMPONENT, 2 * SNP_SIG_COMPONENT);
  if (!isAllZero(r.subarray(48)) || !isAllZero(s.subarray(48))) return null;
  return Buffer.concat([Buffer.from(r.subarray(0, 48)).reverse(), Buffer.from(s.subarray(0, 48)).reverse()]);
}
