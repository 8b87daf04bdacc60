import * as asn1js from 'asn1js';
import { x509 } from '../../util/x509lib.js';

/**
 * The Intel SGX extensions of a PCK certificate (OID 1.2.840.113741.1.13.1), read with asn1js from
 * the extension value that @peculiar/x509 hands over. Layout (Intel SGX PCK Certificate and CRL
 * Profile): a SEQUENCE of { OID, value } pairs: .1 PPID (OCTET STRING 16), .2 TCB (SEQUENCE of
 * { .2.1 .. .2.16 INTEGER component SVNs, .2.17 INTEGER PCESVN, .2.18 OCTET STRING CPUSVN }),
 * .3 PCE-ID (OCTET STRING 2), .4 FMSPC (OCTET STRING 6), .5 SGX type (ENUMERATED), and on platform
 * certificates .6 platform instance id and .7 configuration, which TCB matching does not read.
 */

export const SGX_EXTENSIONS_OID = '1.2.840.113741.1.13.1';

export interface PckExtensions {
  ppid: Buffer;
  /** The 16 SGX TCB component SVNs (comp01 .. comp16). */
  cpuSvnComponents: number[];
  pceSvn: number;
  cpuSvn: Buffer;
  pceId: Buffer;
  fmspc: Buffer;
  sgxType: number;
}

export class PckExtensionError extends Error {
  readonly code = 'PCK_EXTENSIONS';
  constructor(message: string) {
    super(message);
    this.name = 'PckExtensionError';
  }
}

type Pair = { oid: string; value: asn1js.AsnType };

function pairs(seq: asn1js.AsnType, where: string): Pair[] {
  if (!(seq instanceof asn1js.Sequence)) throw new PckExtensionError(`${where} is not a SEQUENCE`);
  return seq.valueBlock.value.map((item, i) => {
    if (!(item instanceof asn1js.Sequence) || item.valueBlock.value.length !== 2) {
      throw new PckExtensionError(`${where}[${i}] is not an { OID, value } pair`);
    }
    const [oid, value] = item.valueBlock.value as [asn1js.AsnType, asn1js.AsnType];
    if (!(oid instanceof asn1js.ObjectIdentifier)) throw new PckExtensionError(`${where}[${i}] does not start with an OID`);
    return { oid: oid.valueBlock.toString(), value };
  });
}

function octets(v: asn1js.AsnType, what: string, length: number): Buffer {
  if (!(v instanceof asn1js.OctetString)) throw new PckExtensionError(`${what} is not an OCTET STRING`);
  const b = Buffer.from(v.valueBlock.valueHexView);
  if (b.length !== length) throw new PckExtensionError(`${what} is ${b.length} bytes, expected ${length}`);
  return b;
}

function integer(v: asn1js.AsnType, what: string, max: number): number {
  if (!(v instanceof asn1js.Integer) && !(v instanceof asn1js.Enumerated)) throw new PckExtensionError(`${what} is not an INTEGER`);
  const n = v.valueBlock.valueDec;
  if (!Number.isInteger(n) || n < 0 || n > max) throw new PckExtensionError(`${what} ${n} is out of range 0..${max}`);
  return n;
}

/** Parse the SGX extensions of a PCK certificate (DER). Throws PckExtensionError when absent or malformed. */
export function parsePckExtensions(der: Uint8Array): PckExtensions {
  let ext: x509.Extension | null;
  try {
    ext = new x509.X509Certificate(der).getExtension(SGX_EXTENSIONS_OID);
  } catch (e) {
    throw new PckExtensionError(`PCK certificate does not parse: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (ext === null) throw new PckExtensionError(`PCK certificate has no SGX extensions (${SGX_EXTENSIONS_OID})`);
  const parsed = asn1js.fromBER(ext.value);
  if (parsed.offset === -1) throw new PckExtensionError('SGX extensions do not parse as DER');
  const root = `${SGX_EXTENSIONS_OID}`;
  const byOid = new Map(pairs(parsed.result, 'SGX extensions').map((p) => [p.oid, p.value]));
  const need = (suffix: string): asn1js.AsnType => {
    const v = byOid.get(`${root}.${suffix}`);
    if (v === undefined) throw new PckExtensionError(`SGX extensions lack ${root}.${suffix}`);
    return v;
  };
  const tcb = new Map(pairs(need('2'), 'SGX TCB').map((p) => [p.oid, p.value]));
  const tcbNeed = (n: number): asn1js.AsnType => {
    const v = tcb.get(`${root}.2.${n}`);
    if (v === undefined) throw new PckExtensionError(`SGX TCB lacks ${root}.2.${n}`);
    return v;
  };
  const cpuSvnComponents: number[] = [];
  for (let i = 1; i <= 16; i++) cpuSvnComponents.push(integer(tcbNeed(i), `SGX TCB comp${String(i).padStart(2, '0')}`, 255));
  return {
    ppid: octets(need('1'), 'PPID', 16),
    cpuSvnComponents,
    pceSvn: integer(tcbNeed(17), 'PCESVN', 0xffff),
    cpuSvn: octets(tcbNeed(18), 'CPUSVN', 16),
    pceId: octets(need('3'), 'PCE-ID', 2),
    fmspc: octets(need('4'), 'FMSPC', 6),
    sgxType: integer(need('5'), 'SGX type', 255),
  };
}
