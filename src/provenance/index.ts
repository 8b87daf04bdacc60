/**
 * Model provenance (docs/model-signing.md): is the workload the model a named key or identity signed
 * with OpenSSF model_signing? Parse the bundle (bundle.ts), verify its signature (verify.ts), compare
 * the signed manifest with the hashed workload file by file (compare.ts). The producer and the
 * verifier both call `appraiseWorkloadSignature`, the verifier on the copies saved beside the receipt.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Manifest } from '../digest/index.js';
import { InputError } from '../util/errors.js';
import { readRegularFile } from '../util/read-file.js';
import { SIGNATURE_MAX_BYTES, parseModelSignature } from './bundle.js';
import { compareWithSigned, describeDifferences } from './compare.js';
import { methodFor, verifyModelSignature, type SignatureMaterial, type SignatureMethod } from './verify.js';

export { parseModelSignature, type ModelSignature, type SignedManifest } from './bundle.js';
export { compareWithSigned, describeDifferences, type ManifestComparison, type ManifestDifference } from './compare.js';
export { keyFingerprint, methodFor, verifyModelSignature, SIGNATURE_METHODS, type SignatureMaterial, type SignatureMethod, type SignatureVerdict } from './verify.js';

/** Where the bundle and the material the producer trusted are saved in the receipt directory. */
export const SIGNATURE_FILES = {
  bundle: 'workload-signature/bundle.json',
  key: 'workload-signature/key.pem',
  caCerts: 'workload-signature/ca.pem',
  trustedRoot: 'workload-signature/trusted-root.json',
} as const;
const MATERIAL_ORDER = ['key', 'caCerts', 'trustedRoot'] as const;

/** What the policy and the claim see of a workload signature. */
export interface WorkloadSignatureFacts {
  method: SignatureMethod;
  status: 'verified' | 'failed' | 'unavailable';
  signer: string;
  issuer: string | null;
  keyFingerprint: string | null;
  subjectDigest: string;
  /** The subject digest is the workload digest: every workload file is signed. */
  coversWorkload: boolean;
  /** Workload files the signature does not cover (its ignore_paths, the bundle file itself). */
  unsigned: string[];
  detail: string;
}

/** `workload.signature` in the receipt. */
export interface WorkloadSignatureRecord {
  method: SignatureMethod;
  bundle: { path: string; digest: string };
  media_type: string;
  status: 'verified' | 'failed' | 'unavailable';
  signer: string;
  issuer: string | null;
  key_fingerprint: string | null;
  subject_digest: string;
  covers_workload: boolean;
  detail: string;
  material: { path: string; digest: string }[];
}

export interface SignatureFiles {
  bundle: Buffer;
  material: SignatureMaterial;
}

export interface SignatureArgs {
  /** The model_signing bundle (`--workload-signature`). */
  signature: string;
  /** A PEM public key (`--workload-key`). */
  key?: string;
  /** PEM CA certificates trusted for the bundle's chain (`--workload-cert-chain`). */
  certChain?: string;
  /** A Sigstore trusted root JSON (`--workload-trusted-root`). */
  trustedRoot?: string;
}

function sha256(b: Buffer): string {
  return 'sha256:' + createHash('sha256').update(b).digest('hex');
}

/** Read the bundle and the material the caller named, each through the safe reader (exit 2 when bad). */
export async function readSignatureFiles(a: SignatureArgs, cwd: string): Promise<SignatureFiles> {
  const given = [a.key, a.certChain].filter((x) => x !== undefined && x !== '');
  if (given.length > 1) throw new InputError('USAGE', 'give one of --workload-key and --workload-cert-chain, not both');
  const read = (p: string, what: string) => readRegularFile(resolve(cwd, p), { maxBytes: what === 'workload signature' ? SIGNATURE_MAX_BYTES : 16 * 1024 * 1024, what, shown: p });
  const material: SignatureMaterial = {};
  if (a.key) material.key = await read(a.key, 'workload key');
  if (a.certChain) material.caCerts = await read(a.certChain, 'workload certificate chain');
  if (a.trustedRoot) {
    if (a.key || a.certChain) throw new InputError('USAGE', '--workload-trusted-root is for Sigstore keyless signatures: leave out --workload-key and --workload-cert-chain');
    material.trustedRoot = await read(a.trustedRoot, 'Sigstore trusted root');
  }
  return { bundle: await read(a.signature, 'workload signature'), material };
}

/** The files to save beside the receipt: the bundle and the material, at fixed names. */
export function signatureOutFiles(f: SignatureFiles): { path: string; bytes: Buffer }[] {
  const out: { path: string; bytes: Buffer }[] = [{ path: SIGNATURE_FILES.bundle, bytes: f.bundle }];
  for (const k of MATERIAL_ORDER) {
    const b = f.material[k];
    if (b) out.push({ path: SIGNATURE_FILES[k], bytes: b });
  }
  return out;
}

/**
 * Verify the bundle and compare its manifest with the workload's. A malformed bundle or material is
 * an InputError; a bad signature, an untrusted chain or a changed, added or missing file is a
 * `failed` record whose detail names it.
 */
export function appraiseWorkloadSignature(
  f: SignatureFiles,
  workload: { manifest: Manifest; kind: 'file' | 'directory'; digest: string },
  at: Date,
  shown: { signature: string; key?: string; caCerts?: string; trustedRoot?: string },
): { facts: WorkloadSignatureFacts; record: WorkloadSignatureRecord } {
  const sig = parseModelSignature(f.bundle, shown.signature);
  const verdict = verifyModelSignature(sig, f.material, at, shown);
  const bundleDigest = sha256(f.bundle);
  const cmp = compareWithSigned(sig.manifest, workload.manifest, { kind: workload.kind, bundleSha256: bundleDigest.slice('sha256:'.length) });
  let status = verdict.status;
  // What failed comes first, so the one line a user reads names it.
  const problems: string[] = [];
  if (!cmp.subjectConsistent) problems.push(`the signed subject digest ${sig.manifest.subjectDigest} is not the root of the signed resources in model_signing's order`);
  if (!cmp.matches) problems.push(`the workload differs from the signed manifest: ${describeDifferences(cmp)}`);
  if (problems.length) status = 'failed';
  const n = sig.manifest.resources.length;
  const parts = verdict.status === 'failed' ? [verdict.detail, ...problems] : [...problems, verdict.detail];
  if (cmp.matches) parts.push(`the signed manifest matches the workload file by file (${n} file${n === 1 ? '' : 's'})`);
  if (cmp.unsigned.length) {
    const shownNames = cmp.unsigned.slice(0, 5).map((x) => JSON.stringify(x)).join(', ') + (cmp.unsigned.length > 5 ? ` and ${cmp.unsigned.length - 5} more` : '');
    parts.push(`not covered by the signature (its ignore_paths, or the bundle itself): ${shownNames}`);
  }
  const covers = sig.manifest.subjectDigest === workload.digest;
  const facts: WorkloadSignatureFacts = {
    method: verdict.method,
    status,
    signer: verdict.signer,
    issuer: verdict.issuer,
    keyFingerprint: verdict.keyFingerprint,
    subjectDigest: sig.manifest.subjectDigest,
    coversWorkload: covers,
    unsigned: cmp.unsigned,
    detail: parts.join('; '),
  };
  const material = MATERIAL_ORDER.flatMap((k) => (f.material[k] ? [{ path: SIGNATURE_FILES[k], digest: sha256(f.material[k]) }] : []));
  const record: WorkloadSignatureRecord = {
    method: methodFor(f.material),
    bundle: { path: SIGNATURE_FILES.bundle, digest: bundleDigest },
    media_type: sig.mediaType,
    status,
    signer: verdict.signer,
    issuer: verdict.issuer,
    key_fingerprint: verdict.keyFingerprint,
    subject_digest: sig.manifest.subjectDigest,
    covers_workload: covers,
    detail: facts.detail,
    material,
  };
  return { facts, record };
}

