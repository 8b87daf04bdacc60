/**
 * OpenSSF model_signing bundles: bytes -> typed values, no crypto and no policy.
 *
 * A model_signing signature (`model.sig`) is a Sigstore bundle (v0.3; v0.2 is read too) whose DSSE
 * envelope carries an in-toto Statement v1 with predicateType `https://model_signing/signature/v1.0`:
 * subject = [{name, digest.sha256 = the model's root digest}], predicate = {serialization, resources}.
 * The bundle's base structure is checked by @sigstore/bundle; the statement by a zod schema here.
 */
import { assertBundle, type Bundle } from '@sigstore/bundle';
import { Bundle as BundleMessage } from '@sigstore/protobuf-specs';
import { z } from 'zod';
import { IN_TOTO_STATEMENT_V1, OMS_PREDICATE_TYPE } from '../digest/oms-statement.js';
import { InputError, q } from '../util/errors.js';
import { checkJsonBounds } from '../util/json.js';

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** Largest bundle read: a model of a million files signs a manifest of about 150 MB. */
export const SIGNATURE_MAX_BYTES = 512 * 1024 * 1024;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits');
// model_signing may add keys (for example `order` from our own statements): read what it reads.
const StatementSchema = z.object({
  _type: z.literal(IN_TOTO_STATEMENT_V1),
  subject: z.array(z.object({ name: z.string(), digest: z.object({ sha256: hex64 }) })).length(1, 'must hold exactly one subject'),
  predicateType: z.literal(OMS_PREDICATE_TYPE),
  predicate: z.object({
    serialization: z.object({
      method: z.enum(['files', 'shards']),
      hash_type: z.string(),
      allow_symlinks: z.boolean().optional(),
      ignore_paths: z.array(z.string()).optional(),
      shard_size: z.number().int().positive().optional(),
    }),
    resources: z.array(z.object({ name: z.string().min(1), algorithm: z.string(), digest: hex64 })).max(10_000_000),
  }),
});

export interface SignedResource {
  name: string;
  digest: string;
}

/** The signed in-toto statement, as model_signing reads it. */
export interface SignedManifest {
  subjectName: string;
  /** `sha256:<hex>` */
  subjectDigest: string;
  method: 'files' | 'shards';
  /** Paths the signer left out, relative to the model root (model_signing ≥ 1.1 records them). */
  ignorePaths: string[];
  resources: SignedResource[];
}

/** Where the bundle says its verification key comes from. */
export type BundleKeyMaterial =
  | { kind: 'public-key'; hint: string }
  | { kind: 'certificate-chain'; certificates: Buffer[] }
  | { kind: 'certificate'; certificate: Buffer };

export interface ModelSignature {
  mediaType: string;
  /** The bundle as @sigstore/bundle parsed it (for @sigstore/verify). */
  bundle: Bundle;
  payloadType: string;
  payload: Buffer;
  signature: Buffer;
  material: BundleKeyMaterial;
  manifest: SignedManifest;
}

/** Parse a model_signing bundle. Anything that is not one is an InputError naming the file (exit 2). */
export function parseModelSignature(bytes: Buffer, shown: string): ModelSignature {
  const bad = (why: string) => new InputError('SIGNATURE_MALFORMED', `workload signature ${q(shown)} is not a model_signing bundle: ${why}`);
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw bad('not JSON');
  }
  checkJsonBounds(json, { maxNodes: 50_000_000, maxDepth: 32 }, 'SIGNATURE_MALFORMED', `workload signature ${q(shown)}`);
  let bundle: Bundle;
  // Base validation only: model_signing's certificate method writes a v0.3 bundle with an
  // x509CertificateChain, which @sigstore/bundle's v0.3 check refuses (the spec moved to one certificate).
  try {
    bundle = BundleMessage.fromJSON(json) as Bundle;
    assertBundle(bundle);
  } catch (e) {
    throw bad(`not a Sigstore bundle (${(e as Error).message})`);
  }
  if (bundle.content.$case !== 'dsseEnvelope') throw bad('it carries a message signature, not a DSSE envelope');
  const env = bundle.content.dsseEnvelope;
  if (env.signatures.length !== 1) throw bad(`its DSSE envelope holds ${env.signatures.length} signatures (model_signing writes one)`);
  if (env.payloadType !== IN_TOTO_PAYLOAD_TYPE) throw bad(`payload type ${q(env.payloadType)} is not ${IN_TOTO_PAYLOAD_TYPE}`);
  const vm = bundle.verificationMaterial.content;
  let material: BundleKeyMaterial;
  switch (vm.$case) {
    case 'publicKey':
      material = { kind: 'public-key', hint: vm.publicKey.hint };
      break;
    case 'x509CertificateChain':
      if (vm.x509CertificateChain.certificates.length === 0) throw bad('its certificate chain is empty');
      material = { kind: 'certificate-chain', certificates: vm.x509CertificateChain.certificates.map((c) => c.rawBytes) };
      break;
    case 'certificate':
      material = { kind: 'certificate', certificate: vm.certificate.rawBytes };
      break;
  }
  let statement: unknown;
  try {
    statement = JSON.parse(env.payload.toString('utf8'));
  } catch {
    throw bad('its DSSE payload is not JSON');
  }
  const st = StatementSchema.safeParse(statement);
  if (!st.success) {
    const i = st.error.issues[0]!;
    throw bad(`its statement: ${i.path.map(String).join('.') || 'top level'}: ${i.message}`);
  }
  const s = st.data;
  if (s.predicate.serialization.hash_type !== 'sha256') {
    throw bad(`it hashes with ${q(s.predicate.serialization.hash_type)}; only sha256 manifests can be compared with the workload`);
  }
  const nonSha = s.predicate.resources.find((r) => r.algorithm !== 'sha256');
  if (nonSha) throw bad(`resource ${q(nonSha.name)} uses ${q(nonSha.algorithm)}; only sha256 is supported`);
  return {
    mediaType: bundle.mediaType,
    bundle,
    payloadType: env.payloadType,
    payload: env.payload,
    signature: env.signatures[0]!.sig,
    material,
    manifest: {
      subjectName: s.subject[0]!.name,
      subjectDigest: 'sha256:' + s.subject[0]!.digest.sha256,
      method: s.predicate.serialization.method,
      ignorePaths: s.predicate.serialization.ignore_paths ?? [],
      resources: s.predicate.resources.map((r) => ({ name: r.name, digest: r.digest })),
    },
  };
}
