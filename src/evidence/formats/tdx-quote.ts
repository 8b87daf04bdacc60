import { ByteReader, isAllZero } from './reader.js';

/**
 * Intel TDX DCAP quote v4 and v5: bytes -> typed fields. Bounds-checked, no crypto, no policy.
 *
 * v4: header(48) | TD report body (584) | sig_data_len u32 | signature data
 * v5: header(48) | body_type u16 | body_size u32 | body (584 for type 2 = TDX 1.0, 648 for type 3 =
 *     TDX 1.5: + TEE_TCB_SVN_2[16] + MR_SERVICETD[48]) | sig_data_len u32 | signature data
 * The quote signature covers everything before sig_data_len. Signature data (attestation key type 2,
 * ECDSA P-256): signature r||s (64) | attestation public key X||Y (64) | certification data
 * (type u16, size u32, data). Type 6 wraps: QE report (384) | QE report signature (64) |
 * QE auth data (size u16, data) | certification data (type 5 = PCK cert chain, PEM).
 * Bytes after the signature data are reported (`trailing`), not parsed: fixed-size buffers (configfs,
 * TDVMCALL) leave zero padding, and real quotes exist with unsigned non-zero tails (go-tdx-guest's
 * SPR_E4 sample), which Intel's QVL and go-tdx-guest accept because nothing reads them.
 */

export const TDX_TEE_TYPE = 0x81;
export const TDX_HEADER_SIZE = 48;
export const TDX_BODY_V10_SIZE = 584;
export const TDX_BODY_V15_SIZE = 648;
export const ATT_KEY_TYPE_ECDSA_P256 = 2;
export const CERT_DATA_PCK_CHAIN = 5;
export const CERT_DATA_QE_REPORT = 6;
export const QE_REPORT_SIZE = 384;

export interface TdxQuoteHeader {
  version: 4 | 5;
  attKeyType: number;
  teeType: number;
  qeSvn: number;
  pceSvn: number;
  qeVendorId: Buffer;
  userData: Buffer;
}

export interface TdReport {
  teeTcbSvn: Buffer;
  mrSeam: Buffer;
  mrSignerSeam: Buffer;
  seamAttributes: Buffer;
  tdAttributes: Buffer;
  xfam: Buffer;
  mrTd: Buffer;
  mrConfigId: Buffer;
  mrOwner: Buffer;
  mrOwnerConfig: Buffer;
  rtmr: [Buffer, Buffer, Buffer, Buffer];
  reportData: Buffer;
  /** TDX 1.5 (v5 body type 3) only. */
  teeTcbSvn2: Buffer | null;
  mrServiceTd: Buffer | null;
}

/** The SGX report body of the Quoting Enclave (384 bytes). */
export interface QeReport {
  cpuSvn: Buffer;
  miscSelect: number;
  attributes: Buffer;
  mrEnclave: Buffer;
  mrSigner: Buffer;
  isvProdId: number;
  isvSvn: number;
  reportData: Buffer;
  /** The 384 bytes the QE report signature covers. */
  raw: Buffer;
}

export interface CertificationData {
  type: number;
  data: Buffer;
  /** Type 6 only: the QE report certification data it wraps. */
  qeReportCertificationData: QeReportCertificationData | null;
}

export interface QeReportCertificationData {
  qeReport: QeReport;
  qeReportSignature: Buffer;
  qeAuthData: Buffer;
  /** Usually type 5: the PCK leaf, intermediate and root, PEM. */
  certificationData: CertificationData;
}

export interface TdxQuote {
  header: TdxQuoteHeader;
  /** 2 = TDX 1.0 body, 3 = TDX 1.5 body (v4 quotes are always 2). */
  bodyType: 2 | 3;
  body: TdReport;
  /** The bytes the quote signature covers (header .. end of body). */
  signedBytes: Buffer;
  signature: Buffer;
  attestationKey: Buffer;
  certificationData: CertificationData;
  sigDataLength: number;
  /** Length of header + body + sig_data_len + signature data. */
  quoteLength: number;
  /** Bytes after the signature data: length and whether all are zero (padding). */
  trailing: { length: number; allZero: boolean };
}

export function parseTdxQuote(bytes: Uint8Array): TdxQuote {
  const r = new ByteReader(bytes, 'TDX quote');
  const version = r.u16('header.version');
  if (version !== 4 && version !== 5) throw r.malformed(`unsupported quote version ${version} (expected 4 or 5)`);
  const attKeyType = r.u16('header.att_key_type');
  const teeType = r.u32('header.tee_type');
  if (teeType !== TDX_TEE_TYPE) throw r.malformed(`tee_type 0x${teeType.toString(16)} is not TDX (0x81)`);
  if (attKeyType !== ATT_KEY_TYPE_ECDSA_P256) {
    throw r.malformed(`attestation key type ${attKeyType} is not supported (expected 2, ECDSA P-256)`);
  }
  const header: TdxQuoteHeader = {
    version,
    attKeyType,
    teeType,
    qeSvn: r.u16('header.qe_svn'),
    pceSvn: r.u16('header.pce_svn'),
    qeVendorId: r.bytes(16, 'header.qe_vendor_id'),
    userData: r.bytes(20, 'header.user_data'),
  };

  let bodyType: 2 | 3 = 2;
  let bodySize = TDX_BODY_V10_SIZE;
  if (version === 5) {
    const t = r.u16('body_type');
    const size = r.u32('body_size');
    if (t === 2) bodySize = TDX_BODY_V10_SIZE;
    else if (t === 3) bodySize = TDX_BODY_V15_SIZE;
    else throw r.malformed(`body type ${t} is not a TD report (expected 2 or 3)`);
    if (size !== bodySize) throw r.malformed(`body_size ${size} does not match body type ${t} (expected ${bodySize})`);
    bodyType = t;
  }
  const b = r.sub(bodySize, 'td_report', 'TDX quote');
  const body: TdReport = {
    teeTcbSvn: b.bytes(16, 'td_report.tee_tcb_svn'),
    mrSeam: b.bytes(48, 'td_report.mr_seam'),
    mrSignerSeam: b.bytes(48, 'td_report.mr_signer_seam'),
    seamAttributes: b.bytes(8, 'td_report.seam_attributes'),
    tdAttributes: b.bytes(8, 'td_report.td_attributes'),
    xfam: b.bytes(8, 'td_report.xfam'),
    mrTd: b.bytes(48, 'td_report.mr_td'),
    mrConfigId: b.bytes(48, 'td_report.mr_config_id'),
    mrOwner: b.bytes(48, 'td_report.mr_owner'),
    mrOwnerConfig: b.bytes(48, 'td_report.mr_owner_config'),
    rtmr: [
      b.bytes(48, 'td_report.rtmr0'),
      b.bytes(48, 'td_report.rtmr1'),
      b.bytes(48, 'td_report.rtmr2'),
      b.bytes(48, 'td_report.rtmr3'),
    ],
    reportData: b.bytes(64, 'td_report.report_data'),
    teeTcbSvn2: bodyType === 3 ? b.bytes(16, 'td_report.tee_tcb_svn2') : null,
    mrServiceTd: bodyType === 3 ? b.bytes(48, 'td_report.mr_service_td') : null,
  };
  const signedBytes = r.buf.subarray(0, r.offset);

  const sigDataLength = r.u32('sig_data_len');
  const s = r.sub(sigDataLength, 'signature data (sig_data_len)', 'TDX quote signature data');
  const signature = s.bytes(64, 'quote_signature');
  const attestationKey = s.bytes(64, 'attestation_key');
  const certificationData = readCertificationData(s, 'certification_data', 0);
  if (s.remaining !== 0) throw s.malformed(`${s.remaining} unparsed bytes after the certification data`);

  const quoteLength = r.offset;
  const tail = r.buf.subarray(quoteLength);
  return {
    header,
    bodyType,
    body,
    signedBytes,
    signature,
    attestationKey,
    certificationData,
    sigDataLength,
    quoteLength,
    trailing: { length: tail.length, allZero: isAllZero(tail) },
  };
}

function readCertificationData(r: ByteReader, field: string, depth: number): CertificationData {
  const type = r.u16(`${field}.type`);
  const size = r.u32(`${field}.size`);
  const data = r.bytes(size, `${field}.data`);
  let qeReportCertificationData: QeReportCertificationData | null = null;
  if (type === CERT_DATA_QE_REPORT) {
    if (depth > 0) throw r.malformed(`${field}: nested QE report certification data`);
    const q = new ByteReader(data, 'TDX quote QE report certification data');
    const raw = q.bytes(QE_REPORT_SIZE, 'qe_report');
    const qeReportSignature = q.bytes(64, 'qe_report_signature');
    const authSize = q.u16('qe_auth_data.size');
    const qeAuthData = q.bytes(authSize, 'qe_auth_data.data');
    const inner = readCertificationData(q, 'inner_certification_data', depth + 1);
    if (q.remaining !== 0) throw q.malformed(`${q.remaining} unparsed bytes after the inner certification data`);
    qeReportCertificationData = { qeReport: parseQeReport(raw), qeReportSignature, qeAuthData, certificationData: inner };
  }
  return { type, data, qeReportCertificationData };
}

function parseQeReport(raw: Buffer): QeReport {
  return {
    cpuSvn: raw.subarray(0, 16),
    miscSelect: raw.readUInt32LE(16),
    attributes: raw.subarray(48, 64),
    mrEnclave: raw.subarray(64, 96),
    mrSigner: raw.subarray(128, 160),
    isvProdId: raw.readUInt16LE(256),
    isvSvn: raw.readUInt16LE(258),
    reportData: raw.subarray(320, 384),
    raw,
  };
}

/** TD_ATTRIBUTES bits (u64 little-endian) that appraisal cares about. */
export const TD_ATTRIBUTE_BITS = { debug: 0, sept_ve_disable: 28, pks: 30, key_locker: 31, perfmon: 63 } as const;
export type TdAttributeName = keyof typeof TD_ATTRIBUTE_BITS;

export function tdAttributeFlags(tdAttributes: Uint8Array): Record<TdAttributeName, boolean> {
  const v = Buffer.from(tdAttributes).readBigUInt64LE(0);
  const out = {} as Record<TdAttributeName, boolean>;
  for (const [name, bit] of Object.entries(TD_ATTRIBUTE_BITS) as [TdAttributeName, number][]) {
    out[name] = ((v >> BigInt(bit)) & 1n) === 1n;
  }
  return out;
}

/** The PEM text of a type-5 certification data (directly or inside type 6), else null. */
export function pckChainPem(q: TdxQuote): string | null {
  const cd = q.certificationData.qeReportCertificationData?.certificationData ?? q.certificationData;
  if (cd.type !== CERT_DATA_PCK_CHAIN) return null;
  return cd.data.toString('latin1').replace(/\0+$/, '');
}
