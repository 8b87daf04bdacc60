import { X509Certificate, createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { assetBytes, assetNames } from '../util/assets.js';
import { InputError, q } from '../util/errors.js';
import { READ_LIMITS, readRegularFileSync } from '../util/read-file.js';
import type { TrustRoot, TrustRoots } from './types.js';

type Vendor = TrustRoot['vendor'];

/**
 * The shipped vendor roots (roots/ in the repository, embedded in the bundle), pinned by the SHA-256
 * of each certificate's DER, in file order. Values from ../shared/vectors/roots/README.txt, checked
 * with `openssl x509 -outform DER | sha256sum`. A shipped file whose certificates do not match its
 * pins, an unpinned file, or a pinned file missing from the bundle is a broken build: load throws.
 */
export const SHIPPED_ROOT_PINS: Readonly<Record<string, { vendor: Vendor; sha256: readonly string[] }>> = {
  'intel/Intel_SGX_Root_CA.pem': { vendor: 'intel', sha256: ['44a0196b2b99f889b8e149e95b807a350e7424964399e885a7cbb8ccfab674d3'] },
  'amd/milan_ark.pem': { vendor: 'amd', sha256: ['69d063b45344d26a2e94e1f4210de49ef555308287d4c174445c95639a540bcd'] },
  'amd/milan_ask.pem': { vendor: 'amd', sha256: ['67d303bd3905fd38db8b20e0793699870e7fa612eaad5dec358293fd8c0bac1b'] },
  'amd/genoa_ark.pem': { vendor: 'amd', sha256: ['4c6598d19c18719c5dfd4a7d335f674e5bfe1d8f800cea2cf270c10d103db2f1'] },
  'amd/genoa_ask.pem': { vendor: 'amd', sha256: ['5464738c1546aed5f2cecf1dc98c5c960a92e8913238a61711bc90ec6e828521'] },
  'amd/turin_ark.pem': { vendor: 'amd', sha256: ['1f084161a44bb6d93778a904877d4819cafa5d05ef4193b2ded9dd9c73dd3f6a'] },
  'amd/turin_ask.pem': { vendor: 'amd', sha256: ['5b77ef5fe7a7a004fd9032668fba9d0fda22f88c4442069a479636a6ae3b3185'] },
  // ASVK (SEV-VLEK-<gen>) then ARK, as AMD KDS serves /vlek/v1/<gen>/cert_chain.
  'amd/gosev_ask_ark_milan_vlek.pem': {
    vendor: 'amd',
    sha256: [
      'c5e081f59b7efab1fe2f8b505e159704e72f29cab7ef7cf628a05a42439082f5',
      '69d063b45344d26a2e94e1f4210de49ef555308287d4c174445c95639a540bcd',
    ],
  },
  'amd/gosev_ask_ark_genoa_vlek.pem': {
    vendor: 'amd',
    sha256: [
      '197e610743a917d6b9bb982a5a9226ccc0a15b611be0619e626aca9151457372',
      '4c6598d19c18719c5dfd4a7d335f674e5bfe1d8f800cea2cf270c10d103db2f1',
    ],
  },
  'amd/gosev_ask_ark_turin_vlek.pem': {
    vendor: 'amd',
    sha256: [
      '104e10a8bd060a3c20a434261a57d0588fd65a88915b4f65b08bdecaf8df1a3c',
      '1f084161a44bb6d93778a904877d4819cafa5d05ef4193b2ded9dd9c73dd3f6a',
    ],
  },
  'nvidia/verifier_device_root.pem': { vendor: 'nvidia', sha256: ['102bf659d5419614c9d8e6aecebc80454eb26b1df6a769ac720b9a690b167b48'] },
  'nvidia/verifier_RIM_root.pem': { vendor: 'nvidia', sha256: ['12977b5115acb0381179279fffeb5a8c4d264971ebb32298023a465fa41df5d1'] },
  // Not a root: NRAS keys rotate and their CA is not served, so this intermediate is the anchor.
  'nvidia/nras_gpu_intermediate_004.pem': { vendor: 'nvidia', sha256: ['2df8907cf4d6c277b855d407ec178a649930a8e73f7294e8fce66e6ee27c5175'] },
};

const PEM_CERT = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+?)-----END CERTIFICATE-----/g;

/** The DER of every CERTIFICATE block in PEM text, in order. */
export function pemCertificates(pem: string): Buffer[] {
  return [...pem.matchAll(PEM_CERT)].map((m) => Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64'));
}

function sha256Hex(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}

function trustRoot(name: string, vendor: Vendor, der: Buffer): TrustRoot {
  return { name, vendor, der, x509: new X509Certificate(der), sha256: sha256Hex(der) };
}

/** `sha256:` + SHA-256 over the sorted, de-duplicated raw 32-byte pins. */
export function trustRootsDigest(certs: readonly TrustRoot[]): string {
  const pins = [...new Set(certs.map((c) => c.sha256))].sort();
  const h = createHash('sha256');
  for (const p of pins) h.update(Buffer.from(p, 'hex'));
  return 'sha256:' + h.digest('hex');
}

let shipped: TrustRoots | undefined;

/** The pinned vendor roots embedded in the bundle (cached). Throws Error on a pin mismatch. */
export function loadShippedTrustRoots(): TrustRoots {
  if (shipped) return shipped;
  const names = assetNames('roots').filter((n) => n.endsWith('.pem'));
  for (const pinned of Object.keys(SHIPPED_ROOT_PINS)) {
    if (!names.includes(pinned)) throw new Error(`shipped trust root ${pinned} is missing from the bundle`);
  }
  const certs: TrustRoot[] = [];
  for (const name of names) {
    const pin = SHIPPED_ROOT_PINS[name];
    if (pin === undefined) throw new Error(`shipped trust root ${name} is not pinned in src/evidence/roots.ts`);
    const ders = pemCertificates(assetBytes('roots', name)!.toString('latin1'));
    const got = ders.map(sha256Hex);
    if (got.length !== pin.sha256.length || got.some((h, i) => h !== pin.sha256[i])) {
      throw new Error(`shipped trust root ${name} does not match its pin (sha256 of DER ${got.join(',') || 'none'})`);
    }
    ders.forEach((der, i) => certs.push(trustRoot(ders.length > 1 ? `${name}#${i}` : name, pin.vendor, der)));
  }
  shipped = { kind: 'shipped', digest: trustRootsDigest(certs), certs };
  return shipped;
}

const VENDORS: readonly Vendor[] = ['intel', 'amd', 'nvidia'];

function vendorOf(rel: string, x509: X509Certificate): Vendor | null {
  const first = rel.split(sep)[0]!.toLowerCase();
  for (const v of VENDORS) if (first === v || first.startsWith(`${v}_`) || first.startsWith(`${v}-`)) return v;
  const subject = x509.subject.toLowerCase();
  if (subject.includes('intel')) return 'intel';
  if (subject.includes('advanced micro devices') || /\bamd\b/.test(subject)) return 'amd';
  if (subject.includes('nvidia')) return 'nvidia';
  return null;
}

function listPem(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && /\.(pem|crt|cer)$/i.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/**
 * Trust roots for verification: the shipped, pinned vendor roots, or a custom directory of PEM files
 * (test chains; recorded as custom, and shipped policies deny custom roots). A custom cert's vendor
 * comes from its folder or file name prefix (`intel/`, `amd_...`) or else its subject.
 */
export function loadTrustRoots(customDir?: string): TrustRoots {
  if (customDir === undefined) return loadShippedTrustRoots();
  let st;
  try {
    st = statSync(customDir);
  } catch {
    throw new InputError('PATH_MISSING', `trust roots directory ${q(customDir)} does not exist`);
  }
  if (!st.isDirectory()) throw new InputError('PATH_KIND', `trust roots ${q(customDir)} is not a directory`);
  const certs: TrustRoot[] = [];
  for (const file of listPem(customDir)) {
    const rel = relative(customDir, file);
    const text = readRegularFileSync(file, { maxBytes: READ_LIMITS.trustRoot, what: 'trust root', shown: rel }).toString('latin1');
    const ders = pemCertificates(text);
    ders.forEach((der, i) => {
      let x509: X509Certificate;
      try {
        x509 = new X509Certificate(der);
      } catch {
        throw new InputError('USAGE', `trust root ${q(rel)} holds a certificate that does not parse`);
      }
      const vendor = vendorOf(rel, x509);
      if (vendor === null) throw new InputError('USAGE', `trust root ${q(rel)}: cannot tell its vendor; put it under intel/, amd/ or nvidia/`);
      const name = (ders.length > 1 ? `${rel}#${i}` : rel).split(sep).join('/');
      certs.push({ name, vendor, der, x509, sha256: sha256Hex(der) });
    });
  }
  if (certs.length === 0) throw new InputError('USAGE', `trust roots directory ${q(customDir)} holds no PEM certificates`);
  return { kind: 'custom', digest: trustRootsDigest(certs), certs };
}
