import { ByteReader, isAllZero } from './reader.js';

/**
 * The SEV-SNP certificate table (GHCB spec 56421, MSG_REPORT_REQ extended request; the configfs-tsm
 * `auxblob` of the `sev_guest` provider): entries of a 16-byte GUID, a u32 offset and a u32 length
 * (little-endian), ended by an all-zero entry; each offset/length names a DER certificate inside
 * the same blob. Bytes to typed entries: no certificate parsing, no crypto.
 *
 * GUIDs are compared as the 16 bytes in the order their text is written (what `uuid_parse` and
 * the hosts that fill the table produce). The ASVK has no GUID of its own: a host that serves a
 * VLEK puts the ASVK in the ASK slot (go-sev-guest reads it the same way), so the verifier tells
 * ASK and ASVK apart by the certificate, never by the slot.
 */

export type SnpCertSlot = 'vcek' | 'vlek' | 'ask' | 'ark' | 'crl' | 'other';

export const SNP_CERT_GUIDS: Readonly<Record<Exclude<SnpCertSlot, 'other'>, string>> = {
  vcek: '63da758d-e664-4564-adc5-f4b93be8accd',
  vlek: 'a8074bc2-a25a-483e-aae6-39c045a0b8a1',
  ask: '4ab7b379-bbac-4fe4-a02f-05aef327c782',
  ark: 'c0b406a4-a803-4952-9743-3fb6014cd0ae',
  crl: '92f81bc3-5811-4d3d-97ff-d19f88dc67ea',
};

const ENTRY_SIZE = 24;
/** Bounds: a real table holds four or five certificates of about 1.5 KiB each. */
export const SNP_CERT_TABLE_MAX_BYTES = 1024 * 1024;
export const SNP_CERT_TABLE_MAX_ENTRIES = 64;

export interface SnpCertTableEntry {
  guid: string;
  slot: SnpCertSlot;
  offset: number;
  length: number;
  /** The certificate bytes (a view into the table). */
  bytes: Buffer;
}

export function guidText(b: Uint8Array): string {
  const h = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export function guidBytes(text: string): Buffer {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(text)) throw new TypeError(`not a GUID: ${text}`);
  return Buffer.from(text.replace(/-/g, ''), 'hex');
}

function slotOf(guid: string): SnpCertSlot {
  for (const [slot, g] of Object.entries(SNP_CERT_GUIDS)) if (g === guid) return slot as SnpCertSlot;
  return 'other';
}

/** Whether bytes start like a certificate table (a known GUID first, or an empty table). Never throws. */
export function looksLikeSnpCertTable(bytes: Uint8Array): boolean {
  if (bytes.byteLength < ENTRY_SIZE) return false;
  const first = Buffer.from(bytes.buffer, bytes.byteOffset, 16);
  if (isAllZero(Buffer.from(bytes.buffer, bytes.byteOffset, ENTRY_SIZE))) return true;
  return slotOf(guidText(first)) !== 'other';
}

/**
 * Parse a certificate table. Throws InputError EVIDENCE_MALFORMED (one line naming the entry) on a
 * table that is too large, has no terminator within bounds, too many entries, an entry outside the
 * blob, an empty entry, or the same known GUID twice.
 */
export function parseSnpCertTable(bytes: Uint8Array): SnpCertTableEntry[] {
  const r = new ByteReader(bytes, 'SEV-SNP certificate table');
  if (bytes.byteLength > SNP_CERT_TABLE_MAX_BYTES) throw r.malformed(`is ${bytes.byteLength} bytes (at most ${SNP_CERT_TABLE_MAX_BYTES})`);
  const headers: { guid: string; offset: number; length: number }[] = [];
  for (;;) {
    const i = headers.length;
    const guidRaw = r.bytes(16, `entry ${i} GUID (no all-zero terminator)`);
    const offset = r.u32(`entry ${i} offset`);
    const length = r.u32(`entry ${i} length`);
    if (isAllZero(guidRaw)) {
      if (offset !== 0 || length !== 0) throw r.malformed(`terminator entry ${i} has a non-zero offset or length`);
      break;
    }
    if (i >= SNP_CERT_TABLE_MAX_ENTRIES) throw r.malformed(`more than ${SNP_CERT_TABLE_MAX_ENTRIES} entries`);
    headers.push({ guid: guidText(guidRaw), offset, length });
  }
  const tableEnd = r.offset;
  const seen = new Set<string>();
  return headers.map((h, i) => {
    const slot = slotOf(h.guid);
    if (slot !== 'other') {
      if (seen.has(slot)) throw r.malformed(`entry ${i}: a second ${slot.toUpperCase()} entry (${h.guid})`);
      seen.add(slot);
    }
    if (h.length === 0) throw r.malformed(`entry ${i} (${h.guid}) is empty`);
    if (h.offset < tableEnd || h.offset + h.length > bytes.byteLength) {
      throw r.malformed(`entry ${i} (${h.guid}) spans bytes ${h.offset}..${h.offset + h.length}, outside the ${bytes.byteLength}-byte table after its ${tableEnd}-byte header`);
    }
    return { ...h, slot, bytes: r.buf.subarray(h.offset, h.offset + h.length) };
  });
}

/** Build a certificate table (for tests and tools that assemble one): entries in order, then the terminator. */
export function buildSnpCertTable(entries: readonly { guid: string; bytes: Uint8Array }[]): Buffer {
  const header = Buffer.alloc((entries.length + 1) * ENTRY_SIZE);
  let offset = header.length;
  entries.forEach((e, i) => {
    guidBytes(e.guid).copy(header, i * ENTRY_SIZE);
    header.writeUInt32LE(offset, i * ENTRY_SIZE + 16);
    header.writeUInt32LE(e.bytes.byteLength, i * ENTRY_SIZE + 20);
    offset += e.bytes.byteLength;
  });
  return Buffer.concat([header, ...entries.map((e) => Buffer.from(e.bytes))]);
}
