/**
 * The AMD extensions of a VCEK or VLEK certificate (AMD "Versioned Chip Endorsement Key (VCEK)
 * Certificate and KDS Interface Specification" 57230): the product name, the TCB security patch
 * levels the key was derived for, and (VCEK only) the hardware id. Read with a real X.509 and ASN.1
 * library; no signature is checked here.
 */
import * as asn1js from 'asn1js';
import { x509 } from '../../util/x509lib.js';
import type { SnpProduct, SnpTcb, TcbLayout } from '../formats/sev-snp-report.js';

export const AMD_VEK_OIDS = {
  structVersion: '1.3.6.1.4.1.3704.1.1',
  productName: '1.3.6.1.4.1.3704.1.2',
  blSpl: '1.3.6.1.4.1.3704.1.3.1',
  teeSpl: '1.3.6.1.4.1.3704.1.3.2',
  snpSpl: '1.3.6.1.4.1.3704.1.3.3',
  ucodeSpl: '1.3.6.1.4.1.3704.1.3.8',
  fmcSpl: '1.3.6.1.4.1.3704.1.3.9',
  hwId: '1.3.6.1.4.1.3704.1.4',
  cspId: '1.3.6.1.4.1.3704.1.5',
} as const;

type TcbKey = 'bootloader' | 'tee' | 'snp' | 'microcode' | 'fmc';
const SPL_OID: Record<TcbKey, string> = {
  bootloader: AMD_VEK_OIDS.blSpl,
  tee: AMD_VEK_OIDS.teeSpl,
  snp: AMD_VEK_OIDS.snpSpl,
  microcode: AMD_VEK_OIDS.ucodeSpl,
  fmc: AMD_VEK_OIDS.fmcSpl,
};

export interface AmdVekExtensions {
  /** e.g. `Milan-B0`, `Genoa`, `Turin`; null when absent. */
  productName: string | null;
  /** Each SPL the certificate carries (absent ones are missing from the object). */
  tcb: Partial<Record<TcbKey, number>>;
  /** VCEK: the chip's hardware id (64 bytes; 8 on Turin). Null on a VLEK. */
  hwId: Buffer | null;
  /** VLEK: the cloud provider the key was issued to. */
  cspId: string | null;
  /** Extension values that did not decode as the specification says. */
  problems: string[];
}

function decode(value: ArrayBuffer): asn1js.AsnType | null {
  const r = asn1js.fromBER(value);
  return r.offset === -1 || r.offset !== value.byteLength ? null : r.result;
}

/** Read the AMD extensions of a certificate's DER. Never throws on certificate content. */
export function readVekExtensions(der: Uint8Array): AmdVekExtensions {
  const out: AmdVekExtensions = { productName: null, tcb: {}, hwId: null, cspId: null, problems: [] };
  let cert: x509.X509Certificate;
  try {
    cert = new x509.X509Certificate(Buffer.from(der));
  } catch {
    out.problems.push('the certificate does not parse');
    return out;
  }
  const ext = (oid: string) => cert.getExtension(oid)?.value ?? null;
  const str = (oid: string, what: string): string | null => {
    const v = ext(oid);
    if (v === null) return null;
    const a = decode(v);
    if (a instanceof asn1js.IA5String || a instanceof asn1js.Utf8String || a instanceof asn1js.PrintableString) return a.getValue();
    out.problems.push(`${what} (${oid}) is not a string`);
    return null;
  };
  out.productName = str(AMD_VEK_OIDS.productName, 'productName');
  out.cspId = str(AMD_VEK_OIDS.cspId, 'cspId');
  for (const [key, oid] of Object.entries(SPL_OID) as [TcbKey, string][]) {
    const v = ext(oid);
    if (v === null) continue;
    const a = decode(v);
    if (!(a instanceof asn1js.Integer)) {
      out.problems.push(`${key} SPL (${oid}) is not an INTEGER`);
      continue;
    }
    const n = a.valueBlock.valueHexView.length <= 4 ? a.valueBlock.valueDec : -1;
    if (!Number.isInteger(n) || n < 0 || n > 255) {
      out.problems.push(`${key} SPL (${oid}) is out of range 0..255`);
      continue;
    }
    out.tcb[key] = n;
  }
  // hwID is the raw id in the extension value, not wrapped in an ASN.1 type.
  const hw = ext(AMD_VEK_OIDS.hwId);
  if (hw !== null) out.hwId = Buffer.from(hw);
  return out;
}

/** The product line a productName names (`Milan-B0` -> Milan), or null. */
export function productOfName(name: string | null): SnpProduct | null {
  if (name === null) return null;
  const base = name.split('-')[0]!;
  return base === 'Milan' || base === 'Genoa' || base === 'Turin' ? base : null;
}

/**
 * Compare the certificate's SPLs with a TCB from the report. Every component of the layout must be
 * present in the certificate and equal (the FMC component on Turin only). Returns the differences.
 */
export function tcbDifferences(cert: AmdVekExtensions['tcb'], reported: SnpTcb, layout: TcbLayout): string[] {
  const keys: TcbKey[] = layout === 'turin' ? ['fmc', 'bootloader', 'tee', 'snp', 'microcode'] : ['bootloader', 'tee', 'snp', 'microcode'];
  const diffs: string[] = [];
  for (const k of keys) {
    const c = cert[k];
    const r = reported[k];
    if (c === undefined) diffs.push(`${k}: the certificate has no ${k} SPL`);
    else if (c !== r) diffs.push(`${k}: certificate ${c}, report ${r ?? 'none'}`);
  }
  return diffs;
}
