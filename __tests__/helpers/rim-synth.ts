/**
 * Test NVIDIA RIMs: SWID tags shaped like NVIDIA's (same namespaces, Meta, Payload of Measurement
 * Resources), signed with an enveloped XML-DSig (C14N 1.1, ECDSA P-384 / SHA-384) by a test RIM
 * chain made from test keys: `Test NVIDIA RIM Root` -> `Test Reference Value CA` -> `Test RIM Signer`.
 * The verifier gets the root through a custom TrustRoots (`nvidia/rim_root.pem`), so a pass needs no
 * relaxed check. Canonicalization uses the product's canonicalizer; the real NVIDIA RIMs are what
 * check that one independently.
 */
import { createHash, sign } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalizeDocument, canonicalizeSubtree, parseXmlStrict } from '../../src/evidence/formats/xml-c14n.js';
import { makeCert, type TestCert } from './test-pki.js';

export interface RimTestPki {
  root: TestCert;
  ca: TestCert;
  signer: TestCert;
}

export async function makeRimPki(): Promise<RimTestPki> {
  const root = await makeCert({ name: 'Test NVIDIA RIM Root', curve: 'P-384' });
  const ca = await makeCert({ name: 'Test Reference Value CA', curve: 'P-384', issuer: root, ca: true });
  const signer = await makeCert({ name: 'Test RIM Signer', curve: 'P-384', issuer: ca, ca: false });
  return { root, ca, signer };
}

export interface RimSpec {
  version: string;
  product?: string;
  edition?: string;
  /** index -> golden values (active), or {values, active:false}. */
  measurements: { index: number; values: Buffer[]; active?: boolean }[];
}

const SWID = 'http://standards.iso.org/iso/19770/-2/2015/schema.xsd';
const SHA = 'http://www.w3.org/2001/04/xmlenc#sha384';

function b64lines(b: Buffer): string {
  return (b.toString('base64').match(/.{1,64}/g) ?? []).join('\n') + '\n';
}

/** The unsigned tag, then signed: the Signature is the last child of SoftwareIdentity. */
export function makeSignedRim(pki: RimTestPki, spec: RimSpec): Buffer {
  const product = spec.product ?? 'GH100';
  const resources = spec.measurements
    .map(
      (m) =>
        `        <ns0:Resource type="Measurement" index="${m.index}" active="${m.active === false ? 'False' : 'True'}" alternatives="${m.values.length}" ` +
        m.values.map((v, k) => `ns2:Hash${k}="${v.toString('hex')}" `).join('') +
        `name="Measurement_${m.index}" size="48"/>\n`,
    )
    .join('');
  const tagId = createHash('sha384').update(`${product}/${spec.version}`).digest('hex');
  const head =
    `<SoftwareIdentity xmlns="${SWID}" xmlns:ns0="${SWID}" xmlns:ns2="${SHA}" corpus="false" name="${product}" patch="false" supplemental="false" tagId="${tagId}" version="1.0" tagVersion="0">\n` +
    `    <ns0:Entity name="NVIDIA Corporation" role="softwareCreator tagCreator"/>\n` +
    `    <ns0:Meta xmlns:ns1="https://trustedcomputinggroup.org/resource/tcg-reference-integrity-manifest-rim-information-model/" colloquialVersion="${spec.version}" edition="${spec.edition ?? 'GPU'}" product="${product}" revision="r1" PayloadType="direct" ns1:BindingSpec="RIMIM" ns1:BindingSpecVersion="1.01"/>\n` +
    `    <ns0:Payload xmlns:SHA384="${SHA}">\n${resources}    </ns0:Payload>\n`;
  const unsigned = `${head}</SoftwareIdentity>`;
  const digest = createHash('sha384').update(canonicalizeDocument(parseXmlStrict(unsigned, 'test RIM')), 'utf8').digest('base64');
  const signedInfo =
    '<ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2006/12/xml-c14n11"/>' +
    '<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384"/><ds:Reference URI=""><ds:Transforms>' +
    '<ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/><ds:Transform Algorithm="http://www.w3.org/2006/12/xml-c14n11"/>' +
    `</ds:Transforms><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#sha384"/><ds:DigestValue>${digest}</ds:DigestValue></ds:Reference></ds:SignedInfo>`;
  const certs = [pki.signer, pki.ca, pki.root].map((c) => `<ds:X509Certificate>${b64lines(c.der)}</ds:X509Certificate>`).join('');
  const withSig = (value: string) =>
    `${head}<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">${signedInfo}<ds:SignatureValue>${value}</ds:SignatureValue><ds:KeyInfo><ds:X509Data>${certs}</ds:X509Data></ds:KeyInfo></ds:Signature></SoftwareIdentity>`;
  const draft = parseXmlStrict(withSig(''), 'test RIM');
  const si = draft.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'SignedInfo')[0]!;
  const value = sign('sha384', Buffer.from(canonicalizeSubtree(si), 'utf8'), { key: pki.signer.privateKey, dsaEncoding: 'ieee-p1363' });
  return Buffer.from(withSig(value.toString('base64')), 'utf8');
}

/** Write the test RIM root as `<dir>/nvidia/rim_root.pem` (a `--trust-roots` directory). */
export function writeRimTrustRoot(dir: string, pki: RimTestPki): void {
  mkdirSync(join(dir, 'nvidia'), { recursive: true });
  writeFileSync(join(dir, 'nvidia', 'rim_root.pem'), pki.root.pem);
}
