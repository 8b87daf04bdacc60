/**
 * NVIDIA Reference Integrity Manifests (RIMs): ISO/IEC 19770-2:2015 SWID tags following the TCG RIM
 * information model, one per driver version and one per VBIOS version, signed with an enveloped
 * XML-DSig (verify/nvidia-rim.ts checks it). Structure only here: no signature, no policy.
 *
 * What is read: the tag's `tagId` and `name`; Meta's `colloquialVersion` (the driver or VBIOS
 * version), `product` (the chip, `GH100`) and `edition`; and every Payload `Resource
 * type="Measurement"`: `index` (RIM indices start at 0; SPDM measurement block index + 1 carries it),
 * `active`, `alternatives`, the golden values `Hash0`..`Hash{alternatives-1}` in the sha384
 * namespace, and `size`. Anything malformed is an InputError
 * (EVIDENCE_MALFORMED) naming the field.
 */
import type { Document, Element, Node } from '@xmldom/xmldom';
import { InputError } from '../../util/errors.js';
import { XmlError, parseXmlStrict } from './xml-c14n.js';

export const SWID_NS = 'http://standards.iso.org/iso/19770/-2/2015/schema.xsd';
export const RIM_HASH_NS = 'http://www.w3.org/2001/04/xmlenc#sha384';
const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
/** Golden values are SHA-384 digests. */
export const RIM_VALUE_SIZE = 48;
const MAX_ALTERNATIVES = 64;
const MAX_INDEX = 253;

/** A malformed RIM: an InputError (EVIDENCE_MALFORMED), one line naming the field. */
function malformed(message: string): InputError {
  return new InputError('EVIDENCE_MALFORMED', message);
}

export interface RimMeasurement {
  index: number;
  name: string | null;
  active: boolean;
  /** Golden values, lowercase hex, `alternatives` of them. */
  values: string[];
  size: number;
}

export interface NvidiaRim {
  tagId: string;
  name: string;
  colloquialVersion: string;
  product: string;
  edition: string | null;
  measurements: RimMeasurement[];
  /** The parsed document: the signature check runs over the very DOM these fields came from. */
  doc: Document;
}

/** Whether bytes look like a SWID tag (an XML document whose element is SoftwareIdentity). */
export function looksLikeRim(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  return /^(\uFEFF|\xEF\xBB\xBF)?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<([A-Za-z_][\w.-]*:)?SoftwareIdentity[\s>/]/.test(head);
}

/**
 * NVIDIA's RIM service (`https://rim.attestation.nvidia.com/v1/rim/<id>`) answers JSON: `{"id",
 * "rim": <the SWID tag, base64>, "sha256", ...}`. Returns the id, the decoded tag and the stated
 * SHA-256, or null when the bytes are not such a response. The tag still has to parse and verify.
 */
export function rimFromServiceResponse(bytes: Uint8Array, what = 'RIM'): { id: string | null; tag: Buffer; sha256: string | null } | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (!/^\s*\{/.test(text)) return null;
  let j: unknown;
  try {
    j = JSON.parse(text);
  } catch {
    throw malformed(`${what}: neither a SWID tag nor valid JSON`);
  }
  const o = j !== null && typeof j === 'object' && !Array.isArray(j) ? (j as Record<string, unknown>) : null;
  if (o === null || typeof o['rim'] !== 'string') throw malformed(`${what}: JSON without a "rim" field (expected the RIM service's answer)`);
  const b64 = (o['rim'] as string).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) throw malformed(`${what}: the "rim" field is not base64`);
  const sha = typeof o['sha256'] === 'string' ? (o['sha256'] as string).toLowerCase() : null;
  return { id: typeof o['id'] === 'string' ? (o['id'] as string) : null, tag: Buffer.from(b64, 'base64'), sha256: sha };
}

function elementChildren(e: Element): Element[] {
  const out: Element[] = [];
  for (let n: Node | null = e.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw malformed(`${what}: not UTF-8 text`);
  }
}

/** Parse a RIM (SWID tag). Throws InputError (EVIDENCE_MALFORMED) on anything malformed. */
export function parseNvidiaRim(bytes: Uint8Array, what = 'RIM'): NvidiaRim {
  let doc: Document;
  try {
    doc = parseXmlStrict(decodeUtf8(bytes, what), what);
  } catch (e) {
    if (e instanceof XmlError) throw malformed(e.message);
    throw e;
  }
  const root = doc.documentElement!;
  if (root.namespaceURI !== SWID_NS || root.localName !== 'SoftwareIdentity') {
    throw malformed(`${what}: the document element is ${root.tagName}, not a SWID SoftwareIdentity (${SWID_NS})`);
  }
  const attr = (e: Element, name: string, label: string): string => {
    if (!e.hasAttribute(name)) throw malformed(`${what}: ${label} has no ${name}`);
    const v = e.getAttribute(name) ?? '';
    if (v.trim() === '') throw malformed(`${what}: ${label} ${name} is empty`);
    return v;
  };
  const tagId = attr(root, 'tagId', 'SoftwareIdentity');
  const name = attr(root, 'name', 'SoftwareIdentity');

  const metas: Element[] = [];
  const payloads: Element[] = [];
  for (const c of elementChildren(root)) {
    if (c.namespaceURI === DSIG_NS && c.localName === 'Signature') continue;
    if (c.namespaceURI !== SWID_NS) throw malformed(`${what}: unexpected element ${c.tagName} in SoftwareIdentity`);
    if (c.localName === 'Meta') metas.push(c);
    else if (c.localName === 'Payload') payloads.push(c);
    else if (c.localName !== 'Entity' && c.localName !== 'Link') throw malformed(`${what}: unexpected element ${c.tagName} in SoftwareIdentity`);
  }
  if (metas.length !== 1) throw malformed(`${what}: ${metas.length} Meta elements, exactly one is expected`);
  if (payloads.length !== 1) throw malformed(`${what}: ${payloads.length} Payload elements, exactly one is expected`);
  const meta = metas[0]!;
  const colloquialVersion = attr(meta, 'colloquialVersion', 'Meta');
  const product = attr(meta, 'product', 'Meta');
  const edition = meta.getAttribute('edition') || null;

  const measurements: RimMeasurement[] = [];
  const seen = new Set<number>();
  for (const r of elementChildren(payloads[0]!)) {
    if (r.namespaceURI !== SWID_NS || r.localName !== 'Resource') throw malformed(`${what}: unexpected element ${r.tagName} in Payload`);
    const type = r.getAttribute('type');
    if (type !== 'Measurement') throw malformed(`${what}: a Payload Resource of type ${JSON.stringify(type)}; only Measurement is expected`);
    const idx = attr(r, 'index', 'Resource');
    if (!/^\d{1,3}$/.test(idx) || Number(idx) > MAX_INDEX) throw malformed(`${what}: Resource index ${JSON.stringify(idx)} is not an integer 0..${MAX_INDEX}`);
    const index = Number(idx);
    const label = `Resource index ${index}`;
    if (seen.has(index)) throw malformed(`${what}: two Resources have index ${index}`);
    seen.add(index);
    const act = attr(r, 'active', label);
    if (act !== 'True' && act !== 'False') throw malformed(`${what}: ${label} active is ${JSON.stringify(act)}, not True or False`);
    const alt = attr(r, 'alternatives', label);
    if (!/^\d{1,3}$/.test(alt) || Number(alt) < 1 || Number(alt) > MAX_ALTERNATIVES) {
      throw malformed(`${what}: ${label} alternatives ${JSON.stringify(alt)} is not an integer 1..${MAX_ALTERNATIVES}`);
    }
    const alternatives = Number(alt);
    const sz = attr(r, 'size', label);
    if (!/^\d{1,5}$/.test(sz) || Number(sz) !== RIM_VALUE_SIZE) throw malformed(`${what}: ${label} size ${JSON.stringify(sz)} is not ${RIM_VALUE_SIZE} (a SHA-384 golden value)`);
    const values: string[] = [];
    for (let k = 0; k < alternatives; k++) {
      if (!r.hasAttributeNS(RIM_HASH_NS, `Hash${k}`)) throw malformed(`${what}: ${label} has ${alternatives} alternatives but no Hash${k} in the sha384 namespace`);
      const v = r.getAttributeNS(RIM_HASH_NS, `Hash${k}`) ?? '';
      if (!/^[0-9a-fA-F]{96}$/.test(v)) throw malformed(`${what}: ${label} Hash${k} is not 96 hex digits`);
      values.push(v.toLowerCase());
    }
    for (const a of Array.from(r.attributes)) {
      const m = /^Hash(\d+)$/.exec(a.localName ?? '');
      if (!m) continue;
      if (a.namespaceURI !== RIM_HASH_NS) throw malformed(`${what}: ${label} ${a.name} is not in the sha384 namespace`);
      if (Number(m[1]) >= alternatives) throw malformed(`${what}: ${label} has ${a.name} beyond its ${alternatives} alternative(s)`);
    }
    measurements.push({ index, name: r.getAttribute('name') || null, active: act === 'True', values, size: RIM_VALUE_SIZE });
  }
  if (measurements.length === 0) throw malformed(`${what}: no measurements in the Payload`);
  measurements.sort((a, b) => a.index - b.index);
  return { tagId, name, colloquialVersion, product, edition, measurements, doc };
}
