/**
 * Test NVIDIA GPU PKI and synthetic SPDM GET_MEASUREMENTS evidence, made from test keys: a
 * `Test NVIDIA Device Identity CA` root, a `GH100 ...` (or `GB100 ...`) identity CA and a
 * `GH100 A01 GSP FMC LF` leaf carrying the DICE FWID extension, all P-384. The verifier is given the
 * root through a custom TrustRoots (`nvidia/device_root.pem` under `--trust-roots`), so a pass needs
 * no relaxed check.
 */
import { sign } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import { x509 as px } from '../../src/util/x509lib.js';
import { makeCert, type TestCert } from './test-pki.js';

export interface GpuTestPki {
  root: TestCert;
  identity: TestCert;
  leaf: TestCert;
  /** The leaf's FWID (48 bytes). */
  fwid: Buffer;
  /** PEM chain, leaf first, as NVIDIA tools write it. */
  chainPem: string;
}

function fwidExtension(fwid: Buffer): px.Extension {
  const seq = new asn1js.Sequence({
    value: [
      new asn1js.Integer({ value: 1 }),
      new asn1js.Sequence({
        value: [
          new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: '1.2.840.10045.2.1' }), new asn1js.ObjectIdentifier({ value: '1.3.132.0.34' })] }),
          new asn1js.BitString({ valueHex: new Uint8Array(97) }),
        ],
      }),
      new asn1js.Sequence({
        value: [new asn1js.ObjectIdentifier({ value: '2.16.840.1.101.3.4.2.2' }), new asn1js.OctetString({ valueHex: new Uint8Array(fwid) })],
      }),
    ],
  });
  return new px.Extension('2.23.133.5.4.1', false, Buffer.from(seq.toBER()));
}

export async function makeGpuPki(o: { model?: string; fwid?: Buffer; root?: TestCert; notAfter?: Date; deviceId?: string } = {}): Promise<GpuTestPki> {
  const model = o.model ?? 'GH100';
  const fwid = o.fwid ?? Buffer.alloc(48, 0x5f);
  const root = o.root ?? (await makeCert({ name: 'Test NVIDIA Device Identity CA', curve: 'P-384' }));
  const identity = await makeCert({ name: `NVIDIA ${model} Identity`, curve: 'P-384', issuer: root, ca: true });
  const leaf = await makeCert({
    name: `${model} A01 GSP FMC LF`,
    curve: 'P-384',
    issuer: identity,
    ca: false,
    // deviceId: the leaf's `NVIDIA:...` identity, in a subjectAltName as NVIDIA's leaves carry it.
    extensions: [fwidExtension(fwid), ...(o.deviceId ? [new px.SubjectAlternativeNameExtension([{ type: 'dn', value: `CN=${o.deviceId}` }])] : [])],
    ...(o.notAfter ? { notAfter: o.notAfter } : {}),
  });
  return { root, identity, leaf, fwid, chainPem: [leaf.pem, identity.pem, root.pem].join('\n') };
}

export interface SpdmOptions {
  nonce: Buffer;
  driverVersion?: string;
  /** 8-byte LE VBIOS field. */
  vbios?: Buffer;
  fwid?: Buffer;
  blocks?: number;
  /** Bytes appended after the signature (unsigned). */
  trailing?: Buffer;
  /** Measurement value for block i (default: 48 bytes of i). */
  measurement?: (index: number) => Buffer;
  /** Further opaque data fields (type, value), e.g. NVDEC0_STATUS (11). */
  opaque?: [number, Buffer][];
}

function tlv(type: number, value: Buffer): Buffer {
  const h = Buffer.alloc(4);
  h.writeUInt16LE(type, 0);
  h.writeUInt16LE(value.length, 2);
  return Buffer.concat([h, value]);
}

/** SPDM 1.1 GET_MEASUREMENTS request || MEASUREMENTS response signed by `key` (ECDSA P-384 r||s). */
export function makeSpdmEvidence(key: TestCert, o: SpdmOptions): Buffer {
  const request = Buffer.concat([Buffer.from([0x11, 0xe0, 0x01, 0xff]), o.nonce, Buffer.from([0x00])]);
  const n = o.blocks ?? 4;
  const records: Buffer[] = [];
  for (let i = 1; i <= n; i++) {
    const value = o.measurement?.(i) ?? Buffer.alloc(48, i);
    const m = Buffer.alloc(3);
    m.writeUInt8(0x01, 0);
    m.writeUInt16LE(value.length, 1);
    const measurement = Buffer.concat([m, value]);
    const h = Buffer.alloc(4);
    h.writeUInt8(i, 0);
    h.writeUInt8(0x01, 1);
    h.writeUInt16LE(measurement.length, 2);
    records.push(h, measurement);
  }
  const record = Buffer.concat(records);
  const opaque = Buffer.concat([
    tlv(3, Buffer.from(`${o.driverVersion ?? '550.90.07'}\0`, 'latin1')),
    tlv(6, o.vbios ?? Buffer.from('009f009601000000', 'hex')),
    ...(o.fwid ? [tlv(20, o.fwid)] : []),
    ...(o.opaque ?? []).map(([t, v]) => tlv(t, v)),
  ]);
  const head = Buffer.alloc(8);
  head.writeUInt8(0x11, 0);
  head.writeUInt8(0x60, 1);
  head.writeUInt8(0, 2);
  head.writeUInt8(0, 3);
  head.writeUInt8(n, 4);
  head.writeUIntLE(record.length, 5, 3);
  const opaqueLen = Buffer.alloc(2);
  opaqueLen.writeUInt16LE(opaque.length, 0);
  const signed = Buffer.concat([request, head, record, Buffer.alloc(32, 0x77), opaqueLen, opaque]);
  const signature = sign('sha384', signed, { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
  return Buffer.concat([signed, signature, o.trailing ?? Buffer.alloc(0)]);
}

/** An nvattest-style evidence list entry for one GPU. */
export function evidenceListEntry(evidence: Buffer, chainPem: string, nonce: Buffer): Record<string, string> {
  return {
    arch: 'HOPPER',
    evidence: evidence.toString('base64'),
    certificate: Buffer.from(chainPem).toString('base64'),
    nonce: nonce.toString('hex'),
    version: '1.0',
  };
}

/** Write the test device root as `<dir>/nvidia/device_root.pem` (a `--trust-roots` directory). */
export function writeGpuTrustRoots(dir: string, pki: GpuTestPki): void {
  mkdirSync(join(dir, 'nvidia'), { recursive: true });
  writeFileSync(join(dir, 'nvidia', 'device_root.pem'), pki.root.pem);
}

/** What `nvidia-smi -q -x` prints, trimmed to the fields the inventory reads. */
export function nvidiaSmiXml(n: number): string {
  const gpu = (i: number) =>
    `\t<gpu id="00000000:${(0x18 + i).toString(16)}:00.0">\n\t\t<product_name>NVIDIA H100 80GB HBM3</product_name>\n\t\t<product_architecture>Hopper</product_architecture>\n` +
    `\t\t<serial>165492200${i}</serial>\n\t\t<uuid>GPU-0000000${i}-aaaa-bbbb-cccc-dddddddddddd</uuid>\n\t\t<vbios_version>96.00.9F.00.01</vbios_version>\n\t</gpu>\n`;
  return `<?xml version="1.0" ?>\n<!DOCTYPE nvidia_smi_log SYSTEM "nvsmi_device_v12.dtd">\n<nvidia_smi_log>\n\t<driver_version>550.90.07</driver_version>\n\t<cuda_version>12.4</cuda_version>\n\t<attached_gpus>${n}</attached_gpus>\n${Array.from({ length: n }, (_, i) => gpu(i)).join('')}</nvidia_smi_log>\n`;
}
