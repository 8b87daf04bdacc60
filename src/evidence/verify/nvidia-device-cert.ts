/**
 * What an NVIDIA GPU device certificate says about the GPU: the chip model and architecture (from the
 * subject, `GH100 A01 GSP FMC LF` -> GH100 -> Hopper), the device id from the subjectAltName
 * (`NVIDIA:GH100:48B02D92494BADF4`) and the firmware id (FWID) from the TCG DICE extension
 * 2.23.133.5.4.1. NVIDIA leaves carry the DICE "composite device id" shape
 * `SEQUENCE { version, SubjectPublicKeyInfo, FWID }` with `FWID ::= SEQUENCE { hashAlg, digest }`;
 * the later TcbInfo shape keeps its FWIDs under `[6]`. Both are read by looking for FWID structures
 * in the decoded value. Read with a real ASN.1 library; no signature is checked here.
 */
import * as asn1js from 'asn1js';
import { x509 } from '../../util/x509lib.js';

/** Hopper leaves: the DICE composite device id; Blackwell leaves: the DICE TcbInfo (`[6]` fwids). */
export const TCG_DICE_FWID_OIDS = ['2.23.133.5.4.1', '2.23.133.5.4.1.1'] as const;
const SAN_OID = '2.5.29.17';

const HASH_OIDS: Readonly<Record<string, string>> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/** Chip model prefix -> architecture as NVIDIA names it in evidence lists and NRAS claims. */
const ARCH_OF_MODEL: readonly [RegExp, string][] = [
  [/^GH1\d\d$/, 'HOPPER'],
  [/^GB[12]\d\d$/, 'BLACKWELL'],
];

export interface DeviceCertFacts {
  /** Chip model from the subject CN, e.g. `GH100`, `GB100`; null when the CN does not start with one. */
  model: string | null;
  /** HOPPER | BLACKWELL, or null for a model this verifier does not know. */
  arch: string | null;
  /** The subjectAltName device id (`NVIDIA:GH100:<hex>`), or null. */
  deviceId: string | null;
  /** FWID digest (lowercase hex) and its hash algorithm, or null when the certificate has none. */
  fwid: { alg: string; hex: string } | null;
  /** Extension values that did not decode as expected. */
  problems: string[];
}

function walkFwids(node: asn1js.AsnType, out: { alg: string; hex: string }[], depth = 0): void {
  if (depth > 8) return;
  const inner = (node as { valueBlock?: { value?: unknown } }).valueBlock?.value;
  if (!Array.isArray(inner)) return;
  const kids = inner as asn1js.AsnType[];
  if (
    node instanceof asn1js.Sequence &&
    kids.length === 2 &&
    kids[0] instanceof asn1js.ObjectIdentifier &&
    kids[1] instanceof asn1js.OctetString
  ) {
    const alg = HASH_OIDS[kids[0].valueBlock.toString()];
    if (alg) {
      out.push({ alg, hex: Buffer.from(kids[1].valueBlock.valueHexView).toString('hex') });
      return;
    }
  }
  for (const k of kids) walkFwids(k, out, depth + 1);
}

function walkStrings(node: asn1js.AsnType, out: string[], depth = 0): void {
  if (depth > 8) return;
  if (node instanceof asn1js.Utf8String || node instanceof asn1js.IA5String || node instanceof asn1js.PrintableString) {
    out.push(node.valueBlock.value);
    return;
  }
  const inner = (node as { valueBlock?: { value?: unknown } }).valueBlock?.value;
  if (Array.isArray(inner)) for (const k of inner as asn1js.AsnType[]) walkStrings(k, out, depth + 1);
}

function decode(value: ArrayBuffer): asn1js.AsnType | null {
  const r = asn1js.fromBER(value);
  return r.offset === -1 || r.offset !== value.byteLength ? null : r.result;
}

/** Read the device facts of a GPU certificate's DER. Never throws on certificate content. */
export function readDeviceCert(der: Uint8Array): DeviceCertFacts {
  const out: DeviceCertFacts = { model: null, arch: null, deviceId: null, fwid: null, problems: [] };
  let cert: x509.X509Certificate;
  try {
    cert = new x509.X509Certificate(Buffer.from(der));
  } catch {
    out.problems.push('the certificate does not parse');
    return out;
  }
  const cn = cert.subjectName.getField('CN')[0] ?? '';
  const model = /^(G[A-Z]\d{3})\b/.exec(cn)?.[1] ?? null;
  out.model = model;
  out.arch = model === null ? null : (ARCH_OF_MODEL.find(([re]) => re.test(model))?.[1] ?? null);
  const san = cert.getExtension(SAN_OID);
  if (san) {
    const v = decode(san.value);
    const strings: string[] = [];
    if (v) walkStrings(v, strings);
    out.deviceId = strings.find((x) => x.startsWith('NVIDIA:')) ?? null;
  }
  const ext = TCG_DICE_FWID_OIDS.map((oid) => cert.getExtension(oid)).find((e) => e !== null && e !== undefined);
  if (ext) {
    const v = decode(ext.value);
    if (v === null) {
      out.problems.push(`extension ${ext.type} is not DER`);
    } else {
      const found: { alg: string; hex: string }[] = [];
      walkFwids(v, found);
      // TcbInfo may list an all-zero placeholder after the real FWID.
      const real = found.find((f) => /[^0]/.test(f.hex));
      if (real) out.fwid = real;
      else out.problems.push(`extension ${ext.type} holds no non-zero FWID`);
    }
  }
  return out;
}
