/**
 * Test AMD PKI and synthetic SEV-SNP reports, made from test keys: an `ARK-<product>` root, its
 * `SEV-<product>` ASK and `SEV-VLEK-<product>` ASVK, and `SEV-VCEK` / `SEV-VLEK` leaves carrying the
 * AMD extensions (productName, TCB SPLs, hwID). The verifier is given the ARK/ASK/ASVK through a
 * custom TrustRoots (`--trust-roots`), so a pass needs no relaxed check.
 */
import { sign } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import { x509 as px } from '../../src/util/x509lib.js';
import { AMD_VEK_OIDS } from '../../src/evidence/verify/amd-vek.js';
import { SNP_SIGNED_LENGTH, type SnpProduct } from '../../src/evidence/formats/sev-snp-report.js';
import { makeCert, type TestCert } from './test-pki.js';

export interface TestTcb {
  bootloader: number;
  tee: number;
  snp: number;
  microcode: number;
  fmc?: number;
}

export interface AmdTestPki {
  product: SnpProduct;
  ark: TestCert;
  ask: TestCert;
  asvk: TestCert;
}

export async function makeAmdPki(product: SnpProduct = 'Milan'): Promise<AmdTestPki> {
  const ark = await makeCert({ name: `ARK-${product}`, curve: 'P-384' });
  const ask = await makeCert({ name: `SEV-${product}`, curve: 'P-384', issuer: ark, ca: true });
  const asvk = await makeCert({ name: `SEV-VLEK-${product}`, curve: 'P-384', issuer: ark, ca: true });
  return { product, ark, ask, asvk };
}

const int = (n: number) => Buffer.from(new asn1js.Integer({ value: n }).toBER());
const ia5 = (s: string) => Buffer.from(new asn1js.IA5String({ value: s }).toBER());

export interface VekOptions {
  kind?: 'vcek' | 'vlek';
  tcb: TestTcb;
  /** VCEK only: the hwID extension (64 bytes; 8 on Turin). */
  hwId?: Buffer;
  productName?: string;
  notBefore?: Date;
  notAfter?: Date;
  /** Leave out the SPL extensions named here (negative tests). */
  omit?: (keyof TestTcb)[];
}

export async function makeVek(pki: AmdTestPki, o: VekOptions): Promise<TestCert> {
  const kind = o.kind ?? 'vcek';
  const ext = (oid: string, value: Buffer) => new px.Extension(oid, false, value);
  const spl: [keyof TestTcb, string][] = [
    ['bootloader', AMD_VEK_OIDS.blSpl],
    ['tee', AMD_VEK_OIDS.teeSpl],
    ['snp', AMD_VEK_OIDS.snpSpl],
    ['microcode', AMD_VEK_OIDS.ucodeSpl],
    ['fmc', AMD_VEK_OIDS.fmcSpl],
  ];
  const extensions = [
    ext(AMD_VEK_OIDS.structVersion, int(0)),
    ext(AMD_VEK_OIDS.productName, ia5(o.productName ?? (pki.product === 'Milan' ? 'Milan-B0' : pki.product))),
    ...spl.filter(([k]) => o.tcb[k] !== undefined && !(o.omit ?? []).includes(k)).map(([k, oid]) => ext(oid, int(o.tcb[k]!))),
    ...(kind === 'vcek' && o.hwId ? [ext(AMD_VEK_OIDS.hwId, o.hwId)] : []),
    ...(kind === 'vlek' ? [ext(AMD_VEK_OIDS.cspId, ia5('CN=test-provider'))] : []),
  ];
  return makeCert({
    name: kind === 'vcek' ? 'SEV-VCEK' : 'SEV-VLEK',
    curve: 'P-384',
    issuer: kind === 'vcek' ? pki.ask : pki.asvk,
    ca: false,
    extensions,
    ...(o.notBefore ? { notBefore: o.notBefore } : {}),
    ...(o.notAfter ? { notAfter: o.notAfter } : {}),
  });
}

/** TCB_VERSION bytes in the product's layout. */
export function tcbBytes(product: SnpProduct, t: TestTcb): Buffer {
  const b = Buffer.alloc(8);
  if (product === 'Turin') {
    b[0] = t.fmc ?? 0;
    b[1] = t.bootloader;
    b[2] = t.tee;
    b[3] = t.snp;
  } else {
    b[0] = t.bootloader;
    b[1] = t.tee;
    b[6] = t.snp;
  }
  b[7] = t.microcode;
  return b;
}

export interface ReportOptions {
  product: SnpProduct;
  version?: 2 | 3 | 5;
  reportData: Buffer;
  tcb: TestTcb;
  chipId: Buffer;
  measurement?: Buffer;
  hostData?: Buffer;
  /** Guest policy (default 0x30000: SMT allowed, no debug, no migration agent). */
  policy?: bigint;
  vmpl?: number;
  signingKey?: 0 | 1 | 7;
  maskChipId?: boolean;
  idKeyDigest?: Buffer;
  authorKeyDigest?: Buffer;
}

const CPUID: Record<SnpProduct, [number, number, number]> = { Milan: [0x19, 0x01, 0x01], Genoa: [0x19, 0x11, 0x01], Turin: [0x1a, 0x02, 0x00] };

/** A synthetic SEV-SNP report signed (ECDSA P-384, r and s little-endian in 72-byte fields) with `key`. */
export function makeSnpReport(o: ReportOptions, key: TestCert): Buffer {
  const b = Buffer.alloc(1184);
  const version = o.version ?? (o.product === 'Turin' ? 3 : 2);
  b.writeUInt32LE(version, 0);
  b.writeUInt32LE(1, 0x04);
  b.writeBigUInt64LE(o.policy ?? 0x30000n, 0x08);
  b.writeUInt32LE(o.vmpl ?? 0, 0x30);
  b.writeUInt32LE(1, 0x34);
  const tcb = tcbBytes(o.product, o.tcb);
  tcb.copy(b, 0x38);
  b.writeBigUInt64LE(1n, 0x40);
  b.writeUInt32LE(((o.signingKey ?? 0) << 2) | (o.maskChipId ? 2 : 0), 0x48);
  o.reportData.copy(b, 0x50);
  (o.measurement ?? Buffer.alloc(48, 0x6d)).copy(b, 0x90);
  (o.hostData ?? Buffer.alloc(32)).copy(b, 0xc0);
  (o.idKeyDigest ?? Buffer.alloc(48)).copy(b, 0xe0);
  (o.authorKeyDigest ?? Buffer.alloc(48)).copy(b, 0x110);
  Buffer.alloc(32, 0x11).copy(b, 0x140);
  Buffer.alloc(32, 0xff).copy(b, 0x160);
  tcb.copy(b, 0x180);
  if (version >= 3) {
    const [f, m, s] = CPUID[o.product];
    b[0x188] = f;
    b[0x189] = m;
    b[0x18a] = s;
  }
  (o.maskChipId ? Buffer.alloc(64) : o.chipId).copy(b, 0x1a0);
  tcb.copy(b, 0x1e0);
  tcb.copy(b, 0x1f0);
  return signSnpReport(b, key);
}

/** (Re-)sign the first 0x2a0 bytes of a report in place; returns it. */
export function signSnpReport(b: Buffer, key: TestCert): Buffer {
  const sig = sign('sha384', b.subarray(0, SNP_SIGNED_LENGTH), { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
  b.fill(0, SNP_SIGNED_LENGTH);
  Buffer.from(sig.subarray(0, 48)).reverse().copy(b, SNP_SIGNED_LENGTH);
  Buffer.from(sig.subarray(48, 96)).reverse().copy(b, SNP_SIGNED_LENGTH + 72);
  return b;
}

/** Write the PKI's CA certificates as a `--trust-roots` directory (amd/ark.pem, amd/ask.pem, amd/asvk.pem). */
export function writeAmdTrustRoots(dir: string, pki: AmdTestPki): string {
  mkdirSync(join(dir, 'amd'), { recursive: true });
  writeFileSync(join(dir, 'amd', 'ark.pem'), pki.ark.pem);
  writeFileSync(join(dir, 'amd', 'ask.pem'), pki.ask.pem);
  writeFileSync(join(dir, 'amd', 'asvk.pem'), pki.asvk.pem);
  return dir;
}
