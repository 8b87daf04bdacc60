import { ByteReader, hex, isAllZero } from './reader.js';

/**
 * NVIDIA GPU evidence: one SPDM 1.1+ GET_MEASUREMENTS request (37 bytes, signature requested)
 * followed by the MEASUREMENTS response (records, responder nonce, opaque data, ECDSA P-384
 * signature r||s, 96 bytes). Bounds-checked structure only: no signature, no chain, no policy.
 * The signature is located structurally (right after the opaque data): captures exist with bytes
 * after it (trustee's hopper_coco_report1 has one trailing zero), so "the last 96 bytes" is wrong.
 */

export const SPDM_GET_MEASUREMENTS = 0xe0;
export const SPDM_MEASUREMENTS = 0x60;
export const SPDM_P384_SIGNATURE_SIZE = 96;

/** NVIDIA opaque data field ids (nvtrust local verifier), the ones worth naming. */
export const NVIDIA_OPAQUE_FIELDS: Readonly<Record<number, string>> = {
  1: 'cert_issuer_name',
  2: 'cert_authority_key_identifier',
  3: 'driver_version',
  4: 'gpu_info',
  5: 'sku',
  6: 'vbios_version',
  7: 'manufacturer_id',
  8: 'tamper_detection',
  9: 'smc',
  10: 'vpr',
  11: 'nvdec0_status',
  12: 'msrscnt',
  13: 'cprinfo',
  14: 'board_id',
  15: 'chip_sku',
  16: 'chip_sku_mod',
  17: 'project',
  18: 'project_sku',
  19: 'project_sku_mod',
  20: 'fwid',
  21: 'protected_pcie_status',
  22: 'switch_pdi',
  23: 'floorswept_ports',
  24: 'position_id',
  25: 'lock_switch_status',
  32: 'gpu_link_conn',
  33: 'sys_enable_status',
  34: 'opaque_data_version',
  35: 'chip_info',
};

export interface SpdmMeasurementBlock {
  index: number;
  measurementSpecification: number;
  valueType: number;
  value: Buffer;
}

export interface SpdmOpaqueField {
  type: number;
  name: string;
  value: Buffer;
}

export interface NvidiaSpdmEvidence {
  spdmVersion: number;
  requestParam1: number;
  requestParam2: number;
  requestNonce: Buffer;
  slotId: number;
  responseParam1: number;
  responseParam2: number;
  measurements: SpdmMeasurementBlock[];
  responderNonce: Buffer;
  opaque: SpdmOpaqueField[];
  /** Driver version string from the opaque data, or null. */
  driverVersion: string | null;
  /** VBIOS version as NVIDIA prints it (`96.00.9F.00.01`), or null. */
  vbiosVersion: string | null;
  /** Request || response up to (not including) the signature: what the signature covers. */
  signedBytes: Buffer;
  signature: Buffer;
  trailing: { length: number; allZero: boolean };
}

export function isSpdmGetMeasurements(bytes: Uint8Array): boolean {
  return (
    bytes.byteLength >= 39 &&
    bytes[0]! >= 0x10 &&
    bytes[0]! <= 0x13 &&
    bytes[1] === SPDM_GET_MEASUREMENTS &&
    bytes[37] === bytes[0] &&
    bytes[38] === SPDM_MEASUREMENTS
  );
}

export function parseNvidiaSpdmEvidence(bytes: Uint8Array): NvidiaSpdmEvidence {
  const r = new ByteReader(bytes, 'NVIDIA SPDM evidence');
  const spdmVersion = r.u8('request.spdm_version');
  if (spdmVersion < 0x10 || spdmVersion > 0x13) throw r.malformed(`SPDM version 0x${spdmVersion.toString(16)} is not 1.0..1.3`);
  const reqCode = r.u8('request.code');
  if (reqCode !== SPDM_GET_MEASUREMENTS) throw r.malformed(`request code 0x${reqCode.toString(16)} is not GET_MEASUREMENTS (0xe0)`);
  const requestParam1 = r.u8('request.param1');
  const requestParam2 = r.u8('request.param2');
  if ((requestParam1 & 1) === 0) throw r.malformed('the GET_MEASUREMENTS request does not ask for a signature');
  const requestNonce = r.bytes(32, 'request.nonce');
  const slotId = r.u8('request.slot_id');
  const respVersion = r.u8('response.spdm_version');
  if (respVersion !== spdmVersion) throw r.malformed(`response SPDM version 0x${respVersion.toString(16)} differs from the request's`);
  const respCode = r.u8('response.code');
  if (respCode !== SPDM_MEASUREMENTS) throw r.malformed(`response code 0x${respCode.toString(16)} is not MEASUREMENTS (0x60)`);
  const responseParam1 = r.u8('response.param1');
  const responseParam2 = r.u8('response.param2');
  const blocks = r.u8('response.number_of_blocks');
  const recordLength = r.u24('response.measurement_record_length');
  const rec = r.sub(recordLength, 'response.measurement_record', 'NVIDIA SPDM measurement record');
  const measurements: SpdmMeasurementBlock[] = [];
  for (let i = 0; i < blocks; i++) {
    const index = rec.u8(`block[${i}].index`);
    const measurementSpecification = rec.u8(`block[${i}].spec`);
    const size = rec.u16(`block[${i}].size`);
    const m = rec.sub(size, `block[${i}].measurement`);
    const valueType = m.u8(`block[${i}].value_type`);
    const valueSize = m.u16(`block[${i}].value_size`);
    const value = m.bytes(valueSize, `block[${i}].value`);
    if (m.remaining !== 0) throw m.malformed(`block[${i}]: ${m.remaining} bytes after the value`);
    measurements.push({ index, measurementSpecification, valueType, value });
  }
  if (rec.remaining !== 0) throw rec.malformed(`${rec.remaining} bytes after ${blocks} measurement blocks`);
  const responderNonce = r.bytes(32, 'response.nonce');
  const opaqueLength = r.u16('response.opaque_length');
  const o = r.sub(opaqueLength, 'response.opaque_data', 'NVIDIA SPDM opaque data');
  const opaque: SpdmOpaqueField[] = [];
  while (o.remaining > 0) {
    const type = o.u16('opaque.type');
    const len = o.u16('opaque.length');
    const value = o.bytes(len, `opaque[${type}].value`);
    opaque.push({ type, name: NVIDIA_OPAQUE_FIELDS[type] ?? `field_${type}`, value });
  }
  const signedBytes = r.buf.subarray(0, r.offset);
  const signature = r.bytes(SPDM_P384_SIGNATURE_SIZE, 'response.signature');
  const tail = r.buf.subarray(r.offset);
  const driver = opaque.find((f) => f.type === 3);
  const vbios = opaque.find((f) => f.type === 6);
  return {
    spdmVersion,
    requestParam1,
    requestParam2,
    requestNonce,
    slotId,
    responseParam1,
    responseParam2,
    measurements,
    responderNonce,
    opaque,
    driverVersion: driver ? driver.value.toString('latin1').replace(/\0.*$/s, '') : null,
    vbiosVersion: vbios ? formatVbiosVersion(vbios.value) : null,
    signedBytes,
    signature,
    trailing: { length: tail.length, allZero: isAllZero(tail) },
  };
}

/** `009f009601000000` -> `96.00.9F.00.01` (NVIDIA's rendering of the 8-byte LE field). */
export function formatVbiosVersion(v: Buffer): string {
  if (v.length < 5) return hex(v);
  const low = v.readUInt32LE(0).toString(16).padStart(8, '0').toUpperCase();
  const high = v[4]!.toString(16).padStart(2, '0').toUpperCase();
  return `${low.slice(0, 2)}.${low.slice(2, 4)}.${low.slice(4, 6)}.${low.slice(6, 8)}.${high}`;
}
