/**
 * Synthetic Intel TDX evidence from test keys: a PCK chain with real SGX extensions, a quote signed by
 * a fresh attestation key whose QE report the PCK leaf signs, and PCS-shaped collateral (TCB info, QE
 * identity, CRLs) signed by a test "TCB Signing" key. Everything goes through the same verifier as
 * real evidence; only the trust anchor differs (a custom TrustRoots built from the test root).
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as asn1js from 'asn1js';
import { x509 as px } from '../../src/util/x509lib.js';
import { trustRootsDigest } from '../../src/evidence/roots.js';
import type { TrustRoots } from '../../src/evidence/types.js';
import { makeCert, type TestCert } from './test-pki.js';

const SGX = '1.2.840.113741.1.13.1';

export interface SgxTcb {
  fmspc: string;
  pceId: string;
  components: number[];
  pceSvn: number;
}

export const DEFAULT_TCB: SgxTcb = { fmspc: '00aa6f000000', pceId: '0000', components: [5, 5, 2, 2, 4, 1, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0], pceSvn: 13 };

function pair(oid: string, value: asn1js.AsnType): asn1js.Sequence {
  return new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: oid }), value] });
}

export function sgxExtension(t: SgxTcb): px.Extension {
  const tcb = new asn1js.Sequence({
    value: [
      ...t.components.map((v, i) => pair(`${SGX}.2.${i + 1}`, new asn1js.Integer({ value: v }))),
      pair(`${SGX}.2.17`, new asn1js.Integer({ value: t.pceSvn })),
      pair(`${SGX}.2.18`, new asn1js.OctetString({ valueHex: Uint8Array.from(t.components).buffer })),
    ],
  });
  const seq = new asn1js.Sequence({
    value: [
      pair(`${SGX}.1`, new asn1js.OctetString({ valueHex: new Uint8Array(16).fill(7).buffer })),
      pair(`${SGX}.2`, tcb),
      pair(`${SGX}.3`, new asn1js.OctetString({ valueHex: Uint8Array.from(Buffer.from(t.pceId, 'hex')).buffer })),
      pair(`${SGX}.4`, new asn1js.OctetString({ valueHex: Uint8Array.from(Buffer.from(t.fmspc, 'hex')).buffer })),
      pair(`${SGX}.5`, new asn1js.Enumerated({ value: 0 })),
    ],
  });
  return new px.Extension(SGX, false, seq.toBER());
}

export interface TdxPki {
  root: TestCert;
  pckCa: TestCert;
  pck: TestCert;
  tcbSigning: TestCert;
  roots: TrustRoots;
  tcb: SgxTcb;
}

export async function makeTdxPki(tcb: SgxTcb = DEFAULT_TCB, pckNotAfter?: Date): Promise<TdxPki> {
  const root = await makeCert({ name: 'Test SGX Root CA' });
  const pckCa = await makeCert({ name: 'Test SGX PCK Platform CA', issuer: root, ca: true });
  const pck = await makeCert({ name: 'Test SGX PCK Certificate', issuer: pckCa, ca: false, extensions: [sgxExtension(tcb)], ...(pckNotAfter ? { notAfter: pckNotAfter } : {}) });
  const tcbSigning = await makeCert({ name: 'Test SGX TCB Signing', issuer: root, ca: false });
  const certs = [{ name: 'intel/test-root.pem', vendor: 'intel' as const, der: root.der, x509: root.x509, sha256: createHash('sha256').update(root.der).digest('hex') }];
  return { root, pckCa, pck, tcbSigning, roots: { kind: 'custom', digest: trustRootsDigest(certs), certs }, tcb };
}

export interface QuoteOptions {
  reportData: Buffer;
  version?: 4 | 5;
  teeTcbSvn?: Buffer;
  tdAttributes?: Buffer;
  xfam?: Buffer;
  mrTd?: Buffer;
  mrSeam?: Buffer;
  mrConfigId?: Buffer;
  rtmr?: Buffer[];
  qeSvn?: number;
  qeMrSigner?: Buffer;
  /** Overrides the QE report data (to break the attestation-key binding). */
  qeReportData?: Buffer;
}

/** Offsets of the regions of a made quote, for tamper tests. */
export interface QuoteLayout {
  header: number;
  body: number;
  signature: number;
  attestationKey: number;
  qeReport: number;
  qeReportSignature: number;
  qeAuthData: number;
  pckPem: number;
  end: number;
}

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};

export const QE_MRSIGNER = Buffer.from('dc9e2a7c6f948f17474e34a7fc43ed030f7c1563f1babddf6340c82e0e54a8c5', 'hex');

export function makeTdxQuote(pki: TdxPki, o: QuoteOptions): { quote: Buffer; layout: QuoteLayout; attestationKey: KeyObject } {
  const version = o.version ?? 4;
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  const attKey = Buffer.concat([Buffer.from(jwk.x!, 'base64url'), Buffer.from(jwk.y!, 'base64url')]);
  const header = Buffer.concat([u16(version), u16(2), u32(0x81), u16(0), u16(0), Buffer.from('939a7233f79c4ca9940a0db3957f0607', 'hex'), Buffer.alloc(20)]);
  const rtmr = o.rtmr ?? [Buffer.alloc(48), Buffer.alloc(48), Buffer.alloc(48), Buffer.alloc(48)];
  const body = Buffer.concat([
    o.teeTcbSvn ?? Buffer.from('03010300000000000000000000000000', 'hex'),
    o.mrSeam ?? Buffer.alloc(48, 0x5e),
    Buffer.alloc(48),
    Buffer.alloc(8),
    o.tdAttributes ?? Buffer.from('0000001000000000', 'hex'),
    o.xfam ?? Buffer.from('e702060000000000', 'hex'),
    o.mrTd ?? Buffer.alloc(48, 0x7d),
    o.mrConfigId ?? Buffer.alloc(48),
    Buffer.alloc(48),
    Buffer.alloc(48),
    ...rtmr,
    o.reportData,
  ]);
  const prefix = version === 5 ? Buffer.concat([u16(2), u32(584)]) : Buffer.alloc(0);
  const signed = Buffer.concat([header, prefix, body]);
  const signature = sign('sha256', signed, { key: privateKey, dsaEncoding: 'ieee-p1363' });
  const authData = Buffer.alloc(32, 0xad);
  const qeReport = Buffer.alloc(384);
  qeReport.writeUInt32LE(0, 16);
  Buffer.from('11000000000000000000000000000000', 'hex').copy(qeReport, 48);
  Buffer.alloc(32, 0xe5).copy(qeReport, 64);
  (o.qeMrSigner ?? QE_MRSIGNER).copy(qeReport, 128);
  qeReport.writeUInt16LE(2, 256);
  qeReport.writeUInt16LE(o.qeSvn ?? 4, 258);
  (o.qeReportData ?? Buffer.concat([createHash('sha256').update(attKey).update(authData).digest(), Buffer.alloc(32)])).copy(qeReport, 320);
  const qeSig = sign('sha256', qeReport, { key: pki.pck.privateKey, dsaEncoding: 'ieee-p1363' });
  const pem = Buffer.from(pki.pck.pem + '\n' + pki.pckCa.pem + '\n' + pki.root.pem + '\n', 'latin1');
  const inner = Buffer.concat([qeReport, qeSig, u16(authData.length), authData, u16(5), u32(pem.length), pem]);
  const sigData = Buffer.concat([signature, attKey, u16(6), u32(inner.length), inner]);
  const quote = Buffer.concat([signed, u32(sigData.length), sigData]);
  const s = signed.length + 4;
  const layout: QuoteLayout = {
    header: 0,
    body: 48 + prefix.length,
    signature: s,
    attestationKey: s + 64,
    qeReport: s + 134,
    qeReportSignature: s + 134 + 384,
    qeAuthData: s + 134 + 448 + 2,
    pckPem: s + 134 + 448 + 2 + authData.length + 6,
    end: quote.length,
  };
  return { quote, layout, attestationKey: privateKey };
}

function p1363Hex(data: string, key: KeyObject): string {
  return sign('sha256', Buffer.from(data, 'utf8'), { key, dsaEncoding: 'ieee-p1363' }).toString('hex');
}

export interface CollateralOptions {
  issueDate?: string;
  nextUpdate?: string;
  /** TCB levels (TDX TCB info v3); default one UpToDate level at the PKI's TCB and one OutOfDate below. */
  levels?: object[];
  qeLevels?: object[];
  fmspc?: string;
}

/** A TCB level object as PCS writes it. */
export function tcbLevel(status: string, sgx: number[], pceSvn: number, tdx: number[], advisoryIDs?: string[]): object {
  const pad = (a: number[]) => [...a, ...Array(16 - a.length).fill(0)].map((svn) => ({ svn }));
  return { tcb: { sgxtcbcomponents: pad(sgx), pcesvn: pceSvn, tdxtcbcomponents: pad(tdx) }, tcbDate: '2024-03-13T00:00:00Z', tcbStatus: status, ...(advisoryIDs ? { advisoryIDs } : {}) };
}

/** PCS collateral files (name -> bytes) signed by the test TCB signing key, plus both CRLs. */
export async function makeCollateral(pki: TdxPki, o: CollateralOptions = {}, revokedSerials: string[] = []): Promise<{ name: string; bytes: Buffer }[]> {
  const issueDate = o.issueDate ?? '2025-06-01T00:00:00Z';
  const nextUpdate = o.nextUpdate ?? '2025-07-01T00:00:00Z';
  const tcbInfo = JSON.stringify({
    id: 'TDX',
    version: 3,
    issueDate,
    nextUpdate,
    fmspc: (o.fmspc ?? pki.tcb.fmspc).toUpperCase(),
    pceId: pki.tcb.pceId,
    tcbType: 0,
    tcbEvaluationDataNumber: 17,
    tdxModule: { mrsigner: '0'.repeat(96), attributes: '0000000000000000', attributesMask: 'FFFFFFFFFFFFFFFF' },
    tdxModuleIdentities: [
      {
        id: 'TDX_01',
        mrsigner: '0'.repeat(96),
        attributes: '0000000000000000',
        attributesMask: 'FFFFFFFFFFFFFFFF',
        tcbLevels: [
          { tcb: { isvsvn: 3 }, tcbDate: '2024-03-13T00:00:00Z', tcbStatus: 'UpToDate' },
          { tcb: { isvsvn: 1 }, tcbDate: '2023-08-09T00:00:00Z', tcbStatus: 'OutOfDate', advisoryIDs: ['INTEL-SA-01036'] },
        ],
      },
    ],
    tcbLevels: o.levels ?? [
      tcbLevel('UpToDate', pki.tcb.components, pki.tcb.pceSvn, [0, 0, 3]),
      tcbLevel('OutOfDate', pki.tcb.components.map((c) => Math.max(0, c - 1)), pki.tcb.pceSvn, [0, 0, 2], ['INTEL-SA-00837']),
    ],
  });
  const qeIdentity = JSON.stringify({
    id: 'TD_QE',
    version: 2,
    issueDate,
    nextUpdate,
    tcbEvaluationDataNumber: 17,
    miscselect: '00000000',
    miscselectMask: 'FFFFFFFF',
    attributes: '11000000000000000000000000000000',
    attributesMask: 'FBFFFFFFFFFFFFFF0000000000000000',
    mrsigner: QE_MRSIGNER.toString('hex').toUpperCase(),
    isvprodid: 2,
    tcbLevels: o.qeLevels ?? [{ tcb: { isvsvn: 4 }, tcbDate: '2024-03-13T00:00:00Z', tcbStatus: 'UpToDate' }],
  });
  const crl = async (issuer: TestCert, serials: string[]) =>
    Buffer.from(
      (
        await px.X509CrlGenerator.create({
          issuer: issuer.px.subjectName,
          thisUpdate: new Date(issueDate),
          nextUpdate: new Date(nextUpdate),
          entries: serials.map((serialNumber) => ({ serialNumber, revocationDate: new Date(issueDate) })),
          signingKey: issuer.keys.privateKey,
          signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' } as unknown as Parameters<typeof px.X509CrlGenerator.create>[0]['signingAlgorithm'],
        })
      ).rawData,
    );
  return [
    { name: 'collateral-tcb_info.json', bytes: Buffer.from(`{"tcbInfo":${tcbInfo},"signature":"${p1363Hex(tcbInfo, pki.tcbSigning.privateKey)}"}`) },
    { name: 'collateral-qe_identity.json', bytes: Buffer.from(`{"enclaveIdentity":${qeIdentity},"signature":"${p1363Hex(qeIdentity, pki.tcbSigning.privateKey)}"}`) },
    { name: 'collateral-tcb_info_issuer_chain.pem', bytes: Buffer.from(pki.tcbSigning.pem + '\n' + pki.root.pem) },
    { name: 'collateral-pck_crl_platform.der', bytes: await crl(pki.pckCa, revokedSerials) },
    { name: 'collateral-root_ca_crl.der', bytes: await crl(pki.root, []) },
  ];
}

/** An Intel PCS stand-in on 127.0.0.1 serving the collateral files of makeCollateral (tests only). */
export interface PcsStandIn {
  server: Server;
  base: string;
  /** The request URLs seen, in order. */
  hits: string[];
  /** `error` answers every request with 503. */
  mode: 'ok' | 'error';
  close(): Promise<void>;
}

export async function startPcsStandIn(pki: TdxPki, files: { name: string; bytes: Buffer }[]): Promise<PcsStandIn> {
  const col = Object.fromEntries(files.map((f) => [f.name, f.bytes]));
  const chain = encodeURIComponent(col['collateral-tcb_info_issuer_chain.pem']!.toString());
  const routes: Record<string, [Buffer, Record<string, string>]> = {
    [`/tdx/certification/v4/tcb?fmspc=${pki.tcb.fmspc}`]: [col['collateral-tcb_info.json']!, { 'TCB-Info-Issuer-Chain': chain }],
    '/tdx/certification/v4/qe/identity': [col['collateral-qe_identity.json']!, { 'SGX-Enclave-Identity-Issuer-Chain': chain }],
    '/sgx/certification/v4/pckcrl?ca=platform&encoding=der': [col['collateral-pck_crl_platform.der']!, { 'SGX-PCK-CRL-Issuer-Chain': encodeURIComponent(pki.pckCa.pem + pki.root.pem) }],
    '/root.crl': [col['collateral-root_ca_crl.der']!, {}],
  };
  const s: PcsStandIn = {
    server: createServer((req, res) => {
      s.hits.push(req.url ?? '');
      const hit = s.mode === 'ok' ? routes[req.url ?? ''] : undefined;
      if (s.mode === 'error') res.writeHead(503).end('try later');
      else if (hit) res.writeHead(200, hit[1]).end(hit[0]);
      else res.writeHead(404).end();
    }),
    base: '',
    hits: [],
    mode: 'ok',
    close: () => new Promise<void>((r) => s.server.close(() => r())),
  };
  await new Promise<void>((r) => s.server.listen(0, '127.0.0.1', r));
  s.base = `http://127.0.0.1:${(s.server.address() as AddressInfo).port}`;
  return s;
}
