/**
 * XML-DSig verification for exactly the profile NVIDIA signs its RIMs with, and nothing else:
 *
 * - one enveloped `ds:Signature`, a child of the document element, and no other anywhere;
 * - SignedInfo: CanonicalizationMethod C14N 1.1, SignatureMethod ecdsa-sha384, exactly one Reference;
 * - the Reference: URI="" (the whole document), transforms enveloped-signature then C14N 1.1,
 *   DigestMethod sha384;
 * - SignatureValue: raw r||s (XML-DSig ECDSA), 96 bytes for P-384;
 * - KeyInfo/X509Data: the certificates, the signer first.
 *
 * Anything else (other algorithms, more references, other transforms, a Reference to an id, a
 * Signature elsewhere) is rejected, so the data a caller reads from the document element is exactly
 * the node set that was digested: the whole document except the Signature. The certificate chain
 * is the caller's to check (verify/nvidia-rim.ts, with chain.ts).
 */
import { X509Certificate, createHash, verify as cryptoVerify } from 'node:crypto';
import type { Document, Element, Node } from '@xmldom/xmldom';
import { C14N11, canonicalizeDocument, canonicalizeSubtree } from '../formats/xml-c14n.js';

export const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
export const ENVELOPED_SIGNATURE = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';
export const ECDSA_SHA384 = 'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384';
export const SHA384 = 'http://www.w3.org/2001/04/xmldsig-more#sha384';

export type XmlDsigErrorCode = 'DSIG_STRUCTURE' | 'DSIG_ALGORITHM' | 'DSIG_DIGEST' | 'DSIG_SIGNATURE' | 'DSIG_CERTIFICATE';

export type XmlDsigResult =
  | { ok: true; signer: X509Certificate; certificates: X509Certificate[]; signature: Element; detail: string }
  | { ok: false; code: XmlDsigErrorCode; detail: string };

const ELEMENT = 1;
const TEXT = 3;

class Reject extends Error {
  constructor(
    readonly code: XmlDsigErrorCode,
    detail: string,
  ) {
    super(detail);
  }
}

/** The element children of `e`; any other content than whitespace text is a structure error. */
function children(e: Element, what: string): Element[] {
  const out: Element[] = [];
  for (let n: Node | null = e.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT) out.push(n as Element);
    else if (n.nodeType === TEXT && /^\s*$/.test((n as unknown as { data: string }).data)) continue;
    else throw new Reject('DSIG_STRUCTURE', `${what} holds content other than elements`);
  }
  return out;
}

function expectDs(e: Element | undefined, local: string, where: string): Element {
  if (!e || e.namespaceURI !== DSIG_NS || e.localName !== local) {
    throw new Reject('DSIG_STRUCTURE', `${where}: expected ds:${local}, found ${e ? e.tagName : 'nothing'}`);
  }
  return e;
}

/** Only the named attributes may appear (namespace declarations aside). */
function onlyAttributes(e: Element, allowed: string[]): void {
  for (const a of Array.from(e.attributes)) {
    if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
    if (!allowed.includes(a.name)) throw new Reject('DSIG_STRUCTURE', `ds:${e.localName} carries an unexpected attribute ${a.name}`);
  }
}

function algorithm(e: Element, want: string, what: string): void {
  onlyAttributes(e, ['Algorithm']);
  if (children(e, `ds:${e.localName}`).length > 0) throw new Reject('DSIG_ALGORITHM', `${what} carries parameters, which are not accepted`);
  const got = e.getAttribute('Algorithm');
  if (got !== want) throw new Reject('DSIG_ALGORITHM', `${what} is ${JSON.stringify(got)}, only ${want} is accepted`);
}

function textOf(e: Element): string {
  let s = '';
  for (let n: Node | null = e.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== TEXT && n.nodeType !== 4) throw new Reject('DSIG_STRUCTURE', `ds:${e.localName} holds more than text`);
    s += (n as unknown as { data: string }).data;
  }
  return s;
}

/** Strict base64 (whitespace allowed between characters, as XML-DSig base64Binary allows). */
function base64(e: Element, what: string): Buffer {
  const s = textOf(e).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) throw new Reject('DSIG_STRUCTURE', `${what} is not base64`);
  const b = Buffer.from(s, 'base64');
  if (b.toString('base64') !== s) throw new Reject('DSIG_STRUCTURE', `${what} is not canonical base64`);
  return b;
}

/** Verify the enveloped signature of a parsed document. Never throws on document content. */
export function verifyEnvelopedSignature(doc: Document): XmlDsigResult {
  try {
    return check(doc);
  } catch (e) {
    if (e instanceof Reject) return { ok: false, code: e.code, detail: e.message };
    return { ok: false, code: 'DSIG_STRUCTURE', detail: e instanceof Error ? e.message : String(e) };
  }
}

function check(doc: Document): XmlDsigResult {
  const root = doc.documentElement;
  if (!root) throw new Reject('DSIG_STRUCTURE', 'no document element');
  const all = Array.from(doc.getElementsByTagNameNS(DSIG_NS, 'Signature'));
  if (all.length !== 1) throw new Reject('DSIG_STRUCTURE', `${all.length} ds:Signature elements; exactly one, enveloped, is accepted`);
  const sig = all[0]!;
  if (sig.parentNode !== root) throw new Reject('DSIG_STRUCTURE', 'the ds:Signature is not a child of the document element');
  onlyAttributes(sig, []);
  const parts = children(sig, 'ds:Signature');
  if (parts.length !== 3) throw new Reject('DSIG_STRUCTURE', `ds:Signature has ${parts.length} children; SignedInfo, SignatureValue and KeyInfo are expected`);
  const signedInfo = expectDs(parts[0], 'SignedInfo', 'ds:Signature');
  const signatureValue = expectDs(parts[1], 'SignatureValue', 'ds:Signature');
  const keyInfo = expectDs(parts[2], 'KeyInfo', 'ds:Signature');
  onlyAttributes(signedInfo, []);
  onlyAttributes(signatureValue, []);
  onlyAttributes(keyInfo, []);

  const si = children(signedInfo, 'ds:SignedInfo');
  if (si.length !== 3) {
    throw new Reject(si.length > 3 ? 'DSIG_STRUCTURE' : 'DSIG_STRUCTURE', `ds:SignedInfo has ${si.length} children; CanonicalizationMethod, SignatureMethod and exactly one Reference are expected`);
  }
  algorithm(expectDs(si[0], 'CanonicalizationMethod', 'ds:SignedInfo'), C14N11, 'the SignedInfo canonicalization method');
  algorithm(expectDs(si[1], 'SignatureMethod', 'ds:SignedInfo'), ECDSA_SHA384, 'the signature method');
  const ref = expectDs(si[2], 'Reference', 'ds:SignedInfo');
  onlyAttributes(ref, ['URI']);
  if (ref.getAttribute('URI') !== '' || !ref.hasAttribute('URI')) {
    throw new Reject('DSIG_STRUCTURE', `the Reference URI is ${JSON.stringify(ref.getAttribute('URI'))}; only URI="" (the whole document) is accepted`);
  }
  const rc = children(ref, 'ds:Reference');
  if (rc.length !== 3) throw new Reject('DSIG_STRUCTURE', `ds:Reference has ${rc.length} children; Transforms, DigestMethod and DigestValue are expected`);
  const transforms = expectDs(rc[0], 'Transforms', 'ds:Reference');
  onlyAttributes(transforms, []);
  const ts = children(transforms, 'ds:Transforms');
  if (ts.length !== 2) throw new Reject('DSIG_ALGORITHM', `${ts.length} transforms; exactly enveloped-signature then C14N 1.1 are accepted`);
  algorithm(expectDs(ts[0], 'Transform', 'ds:Transforms'), ENVELOPED_SIGNATURE, 'the first transform');
  algorithm(expectDs(ts[1], 'Transform', 'ds:Transforms'), C14N11, 'the second transform');
  algorithm(expectDs(rc[1], 'DigestMethod', 'ds:Reference'), SHA384, 'the digest method');
  const digestValue = base64(expectDs(rc[2], 'DigestValue', 'ds:Reference'), 'DigestValue');
  onlyAttributes(rc[2]!, []);

  const ki = children(keyInfo, 'ds:KeyInfo');
  if (ki.length !== 1) throw new Reject('DSIG_STRUCTURE', `ds:KeyInfo has ${ki.length} children; one X509Data is expected`);
  const x509Data = expectDs(ki[0], 'X509Data', 'ds:KeyInfo');
  onlyAttributes(x509Data, []);
  const certs = children(x509Data, 'ds:X509Data').map((c, i) => {
    expectDs(c, 'X509Certificate', 'ds:X509Data');
    onlyAttributes(c, []);
    try {
      return new X509Certificate(base64(c, `X509Certificate ${i}`));
    } catch (e) {
      if (e instanceof Reject) throw e;
      throw new Reject('DSIG_CERTIFICATE', `X509Certificate ${i} does not parse`);
    }
  });
  if (certs.length === 0) throw new Reject('DSIG_CERTIFICATE', 'ds:X509Data holds no certificate');

  // The Reference: the whole document without the Signature, canonicalized, digested.
  const digested = createHash('sha384').update(canonicalizeDocument(doc, sig), 'utf8').digest();
  if (digestValue.length !== 48 || !digested.equals(digestValue)) {
    throw new Reject('DSIG_DIGEST', `the SHA-384 digest of the document (${digested.toString('hex').slice(0, 16)}…) differs from the signed DigestValue (${digestValue.toString('hex').slice(0, 16)}…): the document changed after signing`);
  }

  // The signature over the canonical SignedInfo, by the first certificate's key.
  const signer = certs[0]!;
  const key = signer.publicKey;
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'secp384r1') {
    throw new Reject('DSIG_CERTIFICATE', 'the signing certificate does not hold a P-384 key, which ecdsa-sha384 here requires');
  }
  const sv = base64(signatureValue, 'SignatureValue');
  if (sv.length !== 96) throw new Reject('DSIG_SIGNATURE', `SignatureValue is ${sv.length} bytes; P-384 r||s is 96`);
  let ok = false;
  try {
    ok = cryptoVerify('sha384', Buffer.from(canonicalizeSubtree(signedInfo), 'utf8'), { key, dsaEncoding: 'ieee-p1363' }, sv);
  } catch {
    ok = false;
  }
  if (!ok) throw new Reject('DSIG_SIGNATURE', 'the ECDSA P-384 signature over SignedInfo does not verify with the first KeyInfo certificate');
  return { ok: true, signer, certificates: certs, signature: sig, detail: 'enveloped XML-DSig (C14N 1.1, ECDSA P-384 / SHA-384) verifies' };
}
