/**
 * SEV-SNP report verification (no policy): the ECDSA P-384 signature by the key SIGNING_KEY names,
 * that key's chain VCEK -> ASK -> ARK or VLEK -> ASVK -> ARK to a pinned AMD root for Milan, Genoa
 * or Turin, the key's TCB extensions against REPORTED_TCB, its hwID against CHIP_ID, validity at the
 * clock, and REPORT_DATA against the expected binding.
 *
 * Certificates come from the evidence's aux files (the configfs cert table, `--certs` PEM/DER, a VCEK
 * saved by an earlier run), from the pinned AMD intermediates, or, with the network allowed, from
 * AMD KDS (returned in `material` so the receipt keeps it for offline replay). Without a VCEK/VLEK
 * the verdict is `unavailable`, never a pass.
 */
import { X509Certificate, createHash, verify as cryptoVerify } from 'node:crypto';
import type { AuxFile, TrustRoots, VerificationStatus, VerifyOptions, VerifyStep } from '../types.js';
import {
  decodeSnpTcb,
  layoutOfProduct,
  snpProductFromCpuid,
  snpSignatureP1363,
  snpSigningKeyName,
  type SevSnpReport,
  type SnpProduct,
} from '../formats/sev-snp-report.js';
import { looksLikeSnpCertTable, parseSnpCertTable } from '../formats/sev-snp-certs.js';
import { snpClaims } from '../formats/claims.js';
import { pemCertificates } from '../roots.js';
import { VerifierUnavailableError } from '../../util/errors.js';
import { bindingStep } from './binding.js';
import { certName, verifyChain } from './chain.js';
import { fetchVcek } from './amd-kds.js';
import { productOfName, readVekExtensions, tcbDifferences } from './amd-vek.js';
import type { FormatVerdict } from './registry.js';

interface PoolCert {
  x509: X509Certificate;
  /** Where it came from, for messages: `sev-snp-certs.bin[VCEK]`, `cert-vcek.pem#0`, `AMD KDS`. */
  from: string;
}

export interface SnpCertPool {
  certs: PoolCert[];
  /** Aux files or entries that were not usable, one line each. */
  notes: string[];
}

function tryCert(der: Uint8Array): X509Certificate | null {
  try {
    return new X509Certificate(der);
  } catch {
    return null;
  }
}

/**
 * Every certificate in the aux files: a configfs/extended-report cert table, PEM text (one or more
 * certificates), or one DER certificate. Other files (TDX collateral, token key sets) are skipped.
 */
export function snpCertPool(aux: readonly AuxFile[]): SnpCertPool {
  const pool: SnpCertPool = { certs: [], notes: [] };
  for (const a of aux) {
    const b = Buffer.from(a.bytes.buffer, a.bytes.byteOffset, a.bytes.byteLength);
    if (b.includes('-----BEGIN CERTIFICATE-----')) {
      pemCertificates(b.toString('latin1')).forEach((der, i) => {
        const c = tryCert(der);
        if (c) pool.certs.push({ x509: c, from: `${a.name}#${i}` });
        else pool.notes.push(`${a.name}#${i}: a PEM certificate that does not parse (ignored)`);
      });
      continue;
    }
    if (b[0] === 0x30) {
      const c = tryCert(b);
      if (c) {
        pool.certs.push({ x509: c, from: a.name });
        continue;
      }
    }
    if (looksLikeSnpCertTable(b)) {
      try {
        for (const e of parseSnpCertTable(b)) {
          if (e.slot === 'crl') continue;
          const c = tryCert(e.bytes);
          if (c) pool.certs.push({ x509: c, from: `${a.name}[${e.slot === 'other' ? e.guid : e.slot.toUpperCase()}]` });
          else pool.notes.push(`${a.name}: the ${e.slot.toUpperCase()} entry is not a DER certificate (ignored)`);
        }
      } catch (err) {
        pool.notes.push(`${a.name}: ${err instanceof Error ? err.message : String(err)} (ignored)`);
      }
    }
  }
  return pool;
}

const VEK_CN = { vcek: 'SEV-VCEK', vlek: 'SEV-VLEK' } as const;

function isP384(c: X509Certificate): boolean {
  const d = c.publicKey.asymmetricKeyDetails;
  return c.publicKey.asymmetricKeyType === 'ec' && d?.namedCurve === 'secp384r1';
}

/** Whether the report's signature verifies with this certificate's key. Never throws. */
export function snpSignatureVerifies(report: SevSnpReport, cert: X509Certificate): boolean {
  const sig = snpSignatureP1363(report);
  if (sig === null || !isP384(cert)) return false;
  try {
    return cryptoVerify('sha384', report.signedBytes, { key: cert.publicKey, dsaEncoding: 'ieee-p1363' }, sig);
  } catch {
    return false;
  }
}

/** The pinned (or custom) AMD certificates: self-signed ones (ARKs) anchor, the others (ASK, ASVK) may complete a path. */
function amdRoots(roots: TrustRoots): { anchors: X509Certificate[]; intermediates: X509Certificate[] } {
  const amd = roots.certs.filter((c) => c.vendor === 'amd').map((c) => c.x509);
  return { anchors: amd.filter((c) => c.checkIssued(c)), intermediates: amd.filter((c) => !c.checkIssued(c)) };
}

/** The product line of a VEK -> ASK/ASVK -> ARK path, from its CA names, or why the path has the wrong shape. */
function pathProduct(path: X509Certificate[], key: 'vcek' | 'vlek'): { product: SnpProduct } | { problem: string } {
  const names = path.map(certName);
  if (path.length !== 3) return { problem: `path ${names.join(' -> ')} is not ${VEK_CN[key]} -> ${key === 'vcek' ? 'ASK' : 'ASVK'} -> ARK` };
  const ark = /^ARK-(Milan|Genoa|Turin)$/.exec(names[2]!)?.[1] as SnpProduct | undefined;
  if (!ark) return { problem: `the root ${names[2]} is not an AMD ARK of Milan, Genoa or Turin` };
  const want = key === 'vcek' ? `SEV-${ark}` : `SEV-VLEK-${ark}`;
  if (names[1] !== want) return { problem: `a ${key.toUpperCase()} must be issued by ${want}, not ${names[1]}` };
  return { product: ark };
}

function sha256(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}

export async function verifySevSnpReport(report: SevSnpReport, opts: VerifyOptions): Promise<FormatVerdict> {
  const at = opts.at ?? new Date();
  const key = snpSigningKeyName(report.signingKey);
  const cpuProduct = snpProductFromCpuid(report.cpuid);
  const steps: VerifyStep[] = [
    {
      id: 'parse',
      ok: true,
      detail:
        `SEV-SNP report v${report.version}, SIGNING_KEY ${key.toUpperCase()}` +
        (report.cpuid ? `, CPUID family ${report.cpuid.family.toString(16)}h model ${report.cpuid.model.toString(16)}h (${cpuProduct ?? 'unknown product'})` : ''),
    },
  ];
  const binding = bindingStep('REPORT_DATA', report.reportData, opts.reportData);
  steps.push(binding);
  const material: AuxFile[] = [];
  let product: SnpProduct | null = null;

  const finish = (status: VerificationStatus, detail: string, chainChecked: boolean): FormatVerdict => {
    const foreign = binding.ok === false;
    return {
      kind: 'sev-snp',
      status: foreign ? 'failed' : status,
      detail: foreign ? `foreign binding: REPORT_DATA does not equal this job's binding (the report is bound to something else); ${detail}` : detail,
      steps,
      bindingMatches: binding.ok,
      claims: snpClaims(report, product),
      trustRoots: chainChecked ? opts.trustRoots.kind : 'none',
      ...(material.length > 0 ? { material } : {}),
    };
  };

  if (key !== 'vcek' && key !== 'vlek') {
    steps.push({ id: 'signing_key', ok: false, detail: `SIGNING_KEY is ${report.signingKey} (${key}): the report names no key that could sign it` });
    return finish('failed', 'the report is not signed by a VCEK or VLEK', false);
  }

  // Certificates: the evidence's own material first, then the network.
  const pool = snpCertPool(opts.aux ?? []);
  let candidates = pool.certs.filter((c) => certName(c.x509) === VEK_CN[key]);
  let source = candidates.map((c) => c.from).join(', ');
  if (candidates.length === 0) {
    const noteTail = pool.notes.length ? ` (${pool.notes.join('; ')})` : '';
    if (key === 'vlek') {
      steps.push({ id: 'certificates', ok: null, detail: `no VLEK came with the report${noteTail}; a VLEK comes in the certificate table or with --certs (AMD KDS does not serve it)` });
      return finish('unavailable', 'verifier unavailable: no VLEK certificate for this report', false);
    }
    if (!opts.network) {
      steps.push({ id: 'certificates', ok: null, detail: `no VCEK came with the report${noteTail}; give it with --certs, or allow --network to fetch it from AMD KDS` });
      return finish('unavailable', 'verifier unavailable: no VCEK certificate for this report (network not allowed)', false);
    }
    try {
      const got = await fetchVcek(report, opts.kds ?? {});
      const der = got.bytes.includes('-----BEGIN CERTIFICATE-----') ? pemCertificates(got.bytes.toString('latin1'))[0] : got.bytes;
      const c = der ? tryCert(der) : null;
      if (!c) {
        steps.push({ id: 'certificates', ok: null, detail: `AMD KDS answered ${got.url} with something that is not a certificate` });
        return finish('unavailable', 'verifier unavailable: AMD KDS did not return a certificate', false);
      }
      material.push({ name: `vcek-kds-${got.product.toLowerCase()}.der`, bytes: c.raw });
      candidates = [{ x509: c, from: `AMD KDS ${got.url}` }];
      source = candidates[0]!.from;
    } catch (err) {
      if (!(err instanceof VerifierUnavailableError)) throw err;
      steps.push({ id: 'certificates', ok: null, detail: `no VCEK came with the report and fetching it failed: ${err.message}` });
      return finish('unavailable', `verifier unavailable: ${err.message}`, false);
    }
  }

  // Signature: the first candidate whose key verifies the report.
  const vek = candidates.find((c) => snpSignatureVerifies(report, c.x509));
  if (!vek) {
    const why = snpSignatureP1363(report) === null ? '; r or s does not fit P-384 (non-zero high bytes)' : '';
    steps.push({
      id: 'signature',
      ok: false,
      detail: `ECDSA P-384 signature over bytes 0x000..0x29f does not verify with ${candidates.length === 1 ? 'the' : `any of ${candidates.length}`} ${VEK_CN[key]} certificate${candidates.length === 1 ? '' : 's'} (${source})${why}`,
    });
    return finish('failed', `the report signature does not verify with its ${key.toUpperCase()}`, false);
  }
  steps.push({
    id: 'signature',
    ok: true,
    detail: `ECDSA P-384 signature over bytes 0x000..0x29f verifies with the ${key.toUpperCase()} from ${vek.from} (sha256 ${sha256(vek.x509.raw).slice(0, 16)}…)`,
  });

  // Chain to a pinned ARK, every certificate valid at the clock.
  const roots = amdRoots(opts.trustRoots);
  const chain = verifyChain({
    leaf: vek.x509,
    intermediates: [...roots.intermediates, ...pool.certs.map((c) => c.x509).filter((c) => !c.raw.equals(vek.x509.raw))],
    anchors: roots.anchors,
    at,
  });
  if (!chain.ok) {
    steps.push({ id: 'chain', ok: false, detail: `${chain.code}: ${chain.detail}` });
    return finish('failed', `the ${key.toUpperCase()} does not chain to a trusted AMD root: ${chain.detail}`, false);
  }
  const shape = pathProduct(chain.path, key);
  if ('problem' in shape) {
    steps.push({ id: 'chain', ok: false, detail: shape.problem });
    return finish('failed', shape.problem, false);
  }
  product = shape.product;
  steps.push({ id: 'chain', ok: true, detail: `${chain.detail} (${opts.trustRoots.kind} roots)` });

  // The key's own claims: product, TCB, hardware id.
  const ext = readVekExtensions(vek.x509.raw);
  const failures: string[] = [];
  const named = productOfName(ext.productName);
  const productProblems = [
    ...ext.problems,
    ...(named !== product ? [`the ${key.toUpperCase()} names product ${ext.productName ?? '(none)'}, its chain is ${product}`] : []),
    ...(cpuProduct !== null && cpuProduct !== product ? [`the report's CPUID is a ${cpuProduct} part, its ${key.toUpperCase()} chain is ${product}`] : []),
  ];
  steps.push({
    id: 'product',
    ok: productProblems.length === 0,
    detail: productProblems.length === 0 ? `product ${product} (${key.toUpperCase()} productName ${ext.productName})` : productProblems.join('; '),
  });
  failures.push(...productProblems);

  const layout = layoutOfProduct(product);
  const reported = decodeSnpTcb(report.reportedTcb, layout);
  const diffs = tcbDifferences(ext.tcb, reported, layout);
  const tcbText = `${layout === 'turin' ? `fmc ${reported.fmc} ` : ''}bootloader ${reported.bootloader} tee ${reported.tee} snp ${reported.snp} microcode ${reported.microcode}`;
  steps.push({
    id: 'tcb',
    ok: diffs.length === 0,
    detail: diffs.length === 0 ? `the ${key.toUpperCase()}'s TCB extensions equal REPORTED_TCB (${tcbText})` : `the ${key.toUpperCase()}'s TCB extensions differ from REPORTED_TCB: ${diffs.join('; ')}`,
  });
  if (diffs.length) failures.push('TCB extensions differ from REPORTED_TCB');

  if (key === 'vlek') {
    steps.push({ id: 'hwid', ok: null, detail: `a VLEK is issued to a cloud provider${ext.cspId ? ` (${ext.cspId})` : ''}, not to one chip: no hwID to compare` });
  } else if (report.maskChipId) {
    steps.push({ id: 'hwid', ok: null, detail: 'the host masked CHIP_ID (MASK_CHIP_ID): hwID not compared; the VCEK signature still ties the report to one chip' });
  } else {
    const want = product === 'Turin' ? report.chipId.subarray(0, 8) : report.chipId;
    const ok = ext.hwId !== null && ext.hwId.equals(want);
    steps.push({
      id: 'hwid',
      ok,
      detail: ok
        ? `the VCEK's hwID equals CHIP_ID${product === 'Turin' ? ' (first 8 bytes, Turin)' : ''}`
        : `the VCEK's hwID ${ext.hwId ? ext.hwId.toString('hex') : '(none)'} does not equal CHIP_ID ${want.toString('hex')}`,
    });
    if (!ok) failures.push('hwID differs from CHIP_ID');
  }

  if (failures.length) return finish('failed', `the ${key.toUpperCase()} does not match the report: ${failures.join('; ')}`, true);
  if (pool.notes.length) steps.push({ id: 'certificates', ok: null, detail: pool.notes.join('; ') });
  return finish(
    'verified',
    `SEV-SNP report signed by the ${key.toUpperCase()} of a ${product} ${key === 'vcek' ? 'chip' : 'platform'} (${tcbText}), chain to ${certName(chain.anchor)}`,
    true,
  );
}
