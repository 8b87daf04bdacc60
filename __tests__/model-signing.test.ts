// OpenSSF model_signing: real bundles written by model_signing v1.0.0-v1.1.0 (elliptic key,
// certificate chain, Sigstore keyless from a private deployment whose root is not shipped) verified
// against their models; a changed byte, an added file, a missing file, a wrong key, an untrusted chain
// and a wrong identity refused; the receipt field replayed by verify; and our own in-toto statement
// read the way model_signing reads one.
import { X509Certificate, createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildManifest, digestTree } from '../src/digest/index.js';
import { appraiseWorkloadSignature, parseModelSignature, type SignatureMaterial } from '../src/provenance/index.js';
import { verifyReceipt } from '../src/receipt/replay.js';
import { create, type RunDeps } from '../src/run.js';
import { InputError } from '../src/util/errors.js';
import { cli } from './helpers/cli-inprocess.js';
import { makeKey, signBundle, statementFor } from './helpers/oms-sign.js';
import { makeChain } from './helpers/test-pki.js';
import { VECTORS, haveVectors } from './helpers/vectors.js';

const OMS = join(VECTORS, 'oms-model-signing');
const KEYS = join(OMS, 'keys');
const work = mkdtempSync(join(tmpdir(), 'cr-oms-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

type Method = 'key' | 'certificate' | 'sigstore';
const VECTORS_TABLE: { dir: string; method: Method; single?: boolean; subject: string; records: boolean }[] = [
  { dir: 'v1.0.0-elliptic-key', method: 'key', single: true, subject: 'afa48c86', records: false },
  { dir: 'v1.0.1-elliptic-key', method: 'key', subject: '92745110', records: false },
  { dir: 'v1.1.0-elliptic-key', method: 'key', subject: '92745110', records: true },
  { dir: 'v1.0.1-certificate', method: 'certificate', subject: '61d4849d', records: false },
  { dir: 'v1.1.0-certificate', method: 'certificate', subject: '61d4849d', records: true },
  { dir: 'v1.0.1-sigstore', method: 'sigstore', subject: '61d4849d', records: false },
  { dir: 'v1.1.0-sigstore', method: 'sigstore', subject: '61d4849d', records: true },
];

function material(method: Method): SignatureMaterial {
  if (method === 'key') return { key: readFileSync(join(KEYS, 'signing-key-pub.pem')) };
  if (method === 'certificate') return { caCerts: readFileSync(join(KEYS, 'ca-cert.pem')) };
  return {};
}

/** A copy of a vector's model: the signme-* files, and with `all` also ignore-me and model.sig. */
function modelCopy(dir: string, all = false): string {
  const d = join(work, `m${n++}`, dir);
  mkdirSync(d, { recursive: true });
  for (const f of ['signme-1', 'signme-2', ...(all ? ['ignore-me', 'model.sig'] : [])]) {
    try {
      cpSync(join(OMS, dir, f), join(d, f));
    } catch {
      /* v1.0.0 has only signme-1 */
    }
  }
  return d;
}

async function check(dir: string, workload: string, m: SignatureMaterial, bundle?: Buffer) {
  const tree = await digestTree([workload], {});
  const r = appraiseWorkloadSignature({ bundle: bundle ?? readFileSync(join(OMS, dir, 'model.sig')), material: m }, { manifest: buildManifest(tree), kind: tree.kind, digest: tree.digest }, new Date(), {
    signature: 'model.sig',
  });
  return { ...r, tree };
}

describe.skipIf(!haveVectors)('real model_signing bundles', () => {
  for (const v of VECTORS_TABLE) {
    const workloadOf = (d: string) => (v.single ? join(d, 'signme-1') : d);

    it(`${v.dir}: verifies against its model (${v.method})`, async () => {
      const { facts, record, tree } = await check(v.dir, workloadOf(modelCopy(v.dir)), material(v.method));
      expect(facts.subjectDigest.slice(7, 15)).toBe(v.subject);
      expect(facts.subjectDigest).toBe(tree.digest);
      expect(facts.coversWorkload).toBe(true);
      expect(record.method).toBe(v.method);
      if (v.method === 'sigstore') {
        // The private deployment's root is not shipped: the signature checks, the identity does not.
        expect(facts.status).toBe('unavailable');
        expect(facts.signer).toBe('unverified');
        expect(facts.detail).toContain('stefanb@us.ibm.com');
        expect(facts.detail).toMatch(/identity is unverified/);
      } else {
        expect(facts.status, facts.detail).toBe('verified');
        expect(facts.keyFingerprint).toBe('sha256:c1e49d63327f85c7e2971aefd30b5a0d1c6b9b5e1a892e7f5fba995adace816d');
      }
      if (v.method === 'certificate') {
        expect(facts.signer).toBe('intermediate-ca');
        expect(facts.issuer).toBe(CA_FP());
      }
    });

    if (!v.single) {
      it(`${v.dir}: the whole folder (ignore-me, model.sig) ${v.records ? 'verifies: the recorded ignore_paths are honoured' : 'fails: ignore-me is not signed and not recorded as ignored'}`, async () => {
        const { facts } = await check(v.dir, modelCopy(v.dir, true), material(v.method));
        if (v.records) {
          expect(facts.status).toBe(v.method === 'sigstore' ? 'unavailable' : 'verified');
          expect(facts.unsigned).toEqual(['ignore-me', 'model.sig']);
          expect(facts.coversWorkload).toBe(false);
        } else {
          expect(facts.status).toBe('failed');
          expect(facts.detail).toContain('added (not in the signature): "ignore-me"');
          expect(facts.unsigned).toEqual(['model.sig']); // the bundle itself, as model_signing leaves it out
        }
      });
    }

    it(`${v.dir}: a changed byte is refused, naming the file`, async () => {
      const d = modelCopy(v.dir);
      const f = join(d, 'signme-1');
      const b = readFileSync(f);
      b[0] ^= 1;
      writeFileSync(f, b);
      const { facts } = await check(v.dir, workloadOf(d), material(v.method));
      expect(facts.status).toBe('failed');
      expect(facts.detail).toContain('changed since signing: "signme-1"');
    });

    if (!v.single) {
      it(`${v.dir}: an added file and a missing file are refused, naming them`, async () => {
        const d = modelCopy(v.dir);
        writeFileSync(join(d, 'extra.bin'), 'x');
        unlinkSync(join(d, 'signme-2'));
        const { facts } = await check(v.dir, d, material(v.method));
        expect(facts.status).toBe('failed');
        expect(facts.detail).toContain('added (not in the signature): "extra.bin"');
        expect(facts.detail).toContain('missing (signed, not in the workload): "signme-2"');
      });
    }

    it(`${v.dir}: an altered statement is refused (the signature no longer verifies)`, async () => {
      const raw = JSON.parse(readFileSync(join(OMS, v.dir, 'model.sig'), 'utf8'));
      const payload = Buffer.from(raw.dsseEnvelope.payload, 'base64').toString('utf8');
      raw.dsseEnvelope.payload = Buffer.from(payload.replace('"signme-1"', '"signme-X"')).toString('base64');
      const { facts } = await check(v.dir, workloadOf(modelCopy(v.dir)), material(v.method), Buffer.from(JSON.stringify(raw)));
      expect(facts.status).toBe('failed');
    });
  }

  it('a wrong key is refused', async () => {
    for (const dir of ['v1.0.1-elliptic-key', 'v1.1.0-elliptic-key']) {
      const other = makeKey('P-384');
      const { facts } = await check(dir, modelCopy(dir), { key: Buffer.from(other.pem) });
      expect(facts.status).toBe('failed');
      expect(facts.detail).toContain(`wrong key: the DSSE signature does not verify with the given key ${other.fingerprint}`);
    }
  });

  it('a chain to another CA is refused as untrusted', async () => {
    const { root } = await makeChain('Other');
    for (const dir of ['v1.0.1-certificate', 'v1.1.0-certificate']) {
      const { facts } = await check(dir, modelCopy(dir), { caCerts: Buffer.from(root.pem) });
      expect(facts.status).toBe('failed');
      expect(facts.detail).toMatch(/^untrusted certificate chain: no trusted issuer/);
    }
  });

  it('a key-signed bundle without --workload-key is a usage error; garbage is malformed (exit 2)', async () => {
    await expect(check('v1.1.0-elliptic-key', modelCopy('v1.1.0-elliptic-key'), {})).rejects.toThrow(/signed with a key .*give --workload-key/);
    await expect(check('v1.1.0-elliptic-key', modelCopy('v1.1.0-elliptic-key'), {}, Buffer.from('{"mediaType": 1}'))).rejects.toMatchObject({ code: 'SIGNATURE_MALFORMED' });
    expect(() => parseModelSignature(Buffer.from('not json'), 'x.sig')).toThrow(InputError);
  });
});

// ---- Through create and verify: exit codes, the receipt field, policy signers, the claim, replay.
function job(model: string): { dir: string; deps: RunDeps } {
  const dir = join(work, `job${n++}`);
  mkdirSync(join(dir, 'in'), { recursive: true });
  mkdirSync(join(dir, 'out'), { recursive: true });
  writeFileSync(join(dir, 'in', 'prompt.txt'), 'hi');
  writeFileSync(join(dir, 'out', 'answer.txt'), 'hello');
  cpSync(model, join(dir, 'model'), { recursive: true });
  return { dir, deps: { cwd: dir, env: {}, now: () => new Date() } };
}

const CA_FP = () => 'sha256:' + createHash('sha256').update(new X509Certificate(readFileSync(join(KEYS, 'ca-cert.pem'))).raw).digest('hex');

function policy(dir: string, signers: string): string {
  writeFileSync(
    join(dir, 'p.yml'),
    `policy_id: signed\nversion: 1\ndecision_ceiling: pass\nevidence:\n  required: []\n  on_missing: hold\n  on_verifier_unavailable: hold\nworkload:\n  signers:\n${signers}`,
  );
  return 'p.yml';
}

async function runCli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let err = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    err += String(s);
    return true;
  });
  const prev = process.cwd();
  process.chdir(cwd);
  try {
    return { ...(await cli(args)), err };
  } finally {
    process.chdir(prev);
    spy.mockRestore();
  }
}

describe.skipIf(!haveVectors)('create --workload-signature and verify', () => {
  const base = ['create', '--workload', 'model', '--inputs', 'in', '--outputs', 'out', '--evidence', 'none', '--out', 'r', '--json'];

  it('a certificate-signed model: listed identity passes, the claim names the signer, verify replays it', async () => {
    const j = job(modelCopy('v1.1.0-certificate'));
    const sig = join(OMS, 'v1.1.0-certificate', 'model.sig');
    const p = policy(j.dir, `    - identity: intermediate-ca\n      issuer: "${CA_FP()}"\n`);
    const r = await runCli([...base, '--policy', p, '--workload-signature', sig, '--workload-cert-chain', join(KEYS, 'ca-cert.pem')], j.dir);
    expect(r.code).toBe(0);
    const receipt = JSON.parse(r.out);
    const s = receipt.workload.signature;
    expect(s).toMatchObject({ method: 'certificate', status: 'verified', signer: 'intermediate-ca', issuer: CA_FP(), covers_workload: true, subject_digest: receipt.workload_digest });
    expect(s.bundle.digest).toBe('sha256:' + createHash('sha256').update(readFileSync(sig)).digest('hex'));
    expect(readFileSync(join(j.dir, 'r', 'workload-signature', 'bundle.json')).equals(readFileSync(sig))).toBe(true);
    const checks = Object.fromEntries(receipt.policy_decision.checks.map((c: { id: string; outcome: string }) => [c.id, c.outcome]));
    expect(checks).toMatchObject({ 'workload.signature': 'pass', 'workload.signers': 'pass' });
    expect(receipt.allowed_claim).toContain(`signed by intermediate-ca (issuer ${CA_FP()})`);

    const v = await verifyReceipt({ receipt: join(j.dir, 'r'), policy: join(j.dir, p), workload: ['model'], network: false }, j.deps);
    expect(v.mismatches).toEqual([]);
    expect(v.checks.find((c) => c.id === 'workload.signers')?.outcome).toBe('pass');
    expect(v.appraised.allowed_claim).toContain('signed by intermediate-ca');
    // Rendered for people: the text report and the job summary name the signature and its signer.
    const { renderSummary } = await import('../src/report/summary.js');
    const { renderVerifyText } = await import('../src/cli/render.js');
    expect(renderSummary(v.appraised, { mode: 'create' })).toMatch(/- \*\*Workload signature\*\*: certificate signature \(OpenSSF model_signing\), verified: signer <code>intermediate-ca<\/code>, issuer <code>sha256:96b4/);
    expect(renderVerifyText(v)).toContain('signature    certificate verified: signer intermediate-ca (issuer sha256:96b4');

    // A wrong identity under the same CA denies.
    const p2 = policy(j.dir, `    - identity: someone-else\n      issuer: "${CA_FP()}"\n`);
    const w = await verifyReceipt({ receipt: join(j.dir, 'r'), policy: join(j.dir, p2), workload: ['model'], network: false }, j.deps);
    expect(w.checks.find((c) => c.id === 'workload.signers')).toMatchObject({ outcome: 'deny', detail: expect.stringContaining('which the policy does not list') });
    expect(w.decision).toBe('deny');
    expect(w.appraised.allowed_claim).not.toContain('signed by');
  });

  it('a changed byte: create exits 1 and names the file; verify of a tampered saved bundle or key is a mismatch', async () => {
    const m = modelCopy('v1.1.0-elliptic-key');
    const j = job(m);
    const key = join(KEYS, 'signing-key-pub.pem');
    const sig = join(OMS, 'v1.1.0-elliptic-key', 'model.sig');
    const ok = await runCli([...base, '--policy', 'record-only', '--workload-signature', sig, '--workload-key', key], j.dir);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).workload.signature).toMatchObject({ method: 'key', status: 'verified', signer: 'sha256:c1e49d63327f85c7e2971aefd30b5a0d1c6b9b5e1a892e7f5fba995adace816d', issuer: null });

    // Verify with the workload changed after the receipt: the signature comparison is re-derived.
    writeFileSync(join(j.dir, 'model', 'signme-2'), 'changed\n');
    const v = await verifyReceipt({ receipt: join(j.dir, 'r'), policy: 'record-only', workload: ['model'], network: false }, j.deps);
    expect(v.ok).toBe(false);
    expect(v.mismatches.map((x) => x.field)).toEqual(expect.arrayContaining(['workload.signature.status', 'workload.signature.detail']));
    expect(v.checks.find((c) => c.id === 'workload.signature')).toMatchObject({ outcome: 'deny', detail: expect.stringContaining('changed since signing: "signme-2"') });

    // create on the changed model: deny, exit 1, the stderr line names the file.
    const bad = await runCli([...base, '--out', 'r2', '--policy', 'record-only', '--workload-signature', sig, '--workload-key', key], j.dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('workload.signature');
    expect(bad.err).toContain('changed since signing: "signme-2"');

    // The saved key swapped for another: re-derived fingerprint and status differ.
    const j2 = job(m);
    await runCli([...base, '--policy', 'record-only', '--workload-signature', sig, '--workload-key', key], j2.dir);
    writeFileSync(join(j2.dir, 'r', 'workload-signature', 'key.pem'), makeKey('P-384').pem);
    const v2 = await verifyReceipt({ receipt: join(j2.dir, 'r'), policy: 'record-only', network: false }, j2.deps);
    expect(v2.mismatches.map((x) => x.field)).toEqual(expect.arrayContaining(['workload.signature.key_fingerprint', 'workload.signature.status']));
    // The saved bundle altered: its digest no longer matches.
    const j3 = job(m);
    await runCli([...base, '--policy', 'record-only', '--workload-signature', sig, '--workload-key', key], j3.dir);
    writeFileSync(join(j3.dir, 'r', 'workload-signature', 'bundle.json'), readFileSync(join(OMS, 'v1.0.1-elliptic-key', 'model.sig')));
    const v3 = await verifyReceipt({ receipt: join(j3.dir, 'r'), policy: 'record-only', network: false }, j3.deps);
    expect(v3.mismatches.map((x) => x.field)).toContain('workload.signature.bundle.digest');
  });

  it('wrong key: create denies with exit 1 and says wrong key', async () => {
    const j = job(modelCopy('v1.0.1-elliptic-key'));
    writeFileSync(join(j.dir, 'other.pem'), makeKey('P-384').pem);
    const r = await runCli([...base, '--policy', 'record-only', '--workload-signature', join(OMS, 'v1.0.1-elliptic-key', 'model.sig'), '--workload-key', 'other.pem'], j.dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/workload signature failed: wrong key/);
  });

  it('signers listed: an unsigned workload denies; a keyless identity that cannot be verified holds, never passes', async () => {
    const j = job(modelCopy('v1.1.0-sigstore'));
    const p = policy(j.dir, `    - identity: stefanb@us.ibm.com\n      issuer: https://sigstore.verify.ibm.com/oauth2\n`);
    const unsigned = await runCli([...base, '--policy', p], j.dir);
    expect(unsigned.code).toBe(1);
    const u = JSON.parse(unsigned.out);
    expect(u.policy_decision.checks.find((c: { id: string }) => c.id === 'workload.signers')).toMatchObject({ outcome: 'deny', observed: 'unsigned' });

    const keyless = await runCli([...base, '--out', 'r2', '--policy', p, '--workload-signature', join(OMS, 'v1.1.0-sigstore', 'model.sig')], j.dir);
    expect(keyless.code).toBe(0);
    const k = JSON.parse(keyless.out);
    expect(k.workload.signature).toMatchObject({ method: 'sigstore', status: 'unavailable', signer: 'unverified', issuer: null });
    expect(k.policy_decision.checks.find((c: { id: string }) => c.id === 'workload.signers').outcome).toBe('hold');
    expect(k.policy_decision.status).toBe('hold');
    expect(k.allowed_claim).not.toContain('signed by');
  });

  it('flags without a bundle, and a malformed bundle, are exit-2 input errors', async () => {
    const j = job(modelCopy('v1.1.0-elliptic-key'));
    await expect(runCli([...base, '--workload-key', join(KEYS, 'signing-key-pub.pem')], j.dir)).rejects.toMatchObject({ code: 'USAGE' });
    writeFileSync(join(j.dir, 'bad.sig'), '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}');
    await expect(runCli([...base, '--workload-signature', 'bad.sig', '--workload-key', join(KEYS, 'signing-key-pub.pem')], j.dir)).rejects.toMatchObject({ code: 'SIGNATURE_MALFORMED' });
  });
});

// ---- Our own statement, read the way model_signing reads one.
/** PurePosixPath order, written from its definition: lists of components, each compared by code point. */
function purePathCompare(a: string, b: string): number {
  const ca = a.split('/');
  const cb = b.split('/');
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = [...ca[i]!].map((c) => c.codePointAt(0)!);
    const y = [...cb[i]!].map((c) => c.codePointAt(0)!);
    for (let k = 0; k < Math.min(x.length, y.length); k++) if (x[k] !== y[k]) return x[k]! - y[k]!;
    if (x.length !== y.length) return x.length - y.length;
  }
  return ca.length - cb.length;
}

describe('the workload in-toto statement we write', () => {
  it('is read as model_signing reads one: resources re-hash (in PurePosixPath order) to the subject digest, and it signs and verifies', async () => {
    const model = join(work, `stmt${n++}`, 'model');
    for (const [name, body] of [['a-b', '1'], ['a/b', '2'], ['a b/c.txt', '3'], ['model.safetensors', '4'], ['model/x', '5'], ['x/\uff61', '6'], ['x/\u{10000}', '7']] as const) {
      mkdirSync(join(model, name, '..'), { recursive: true });
      writeFileSync(join(model, name), body);
    }
    const j = job(model);
    const res = await create({ workload: ['model'], inputs: ['in'], outputs: ['out'], evidence: ['none'], policy: 'record-only', storage: 'unknown', network: false, out: 'r' }, j.deps);
    const text = readFileSync(join(j.dir, 'r', res.receipt.workload.statement!), 'utf8');
    const st = JSON.parse(text);
    // model_signing's reader: the in-toto type, its predicate type, one subject, a serialization it knows.
    expect(st._type).toBe('https://in-toto.io/Statement/v1');
    expect(st.predicateType).toBe('https://model_signing/signature/v1.0');
    expect(st.subject).toHaveLength(1);
    expect(st.predicate.serialization).toMatchObject({ method: 'files', hash_type: 'sha256', allow_symlinks: false });
    expect(Array.isArray(st.predicate.serialization.ignore_paths)).toBe(true);
    for (const r of st.predicate.resources) expect(Object.keys(r).sort()).toEqual(['algorithm', 'digest', 'name']);
    // It rebuilds its manifest keyed by path, sorts by PurePosixPath and hashes the digests: the subject.
    const sorted = [...st.predicate.resources].sort((a, b) => purePathCompare(a.name, b.name));
    const h = createHash('sha256');
    for (const r of sorted) h.update(Buffer.from(r.digest, 'hex'));
    expect(h.digest('hex')).toBe(st.subject[0].digest.sha256);
    expect('sha256:' + st.subject[0].digest.sha256).toBe(res.receipt.workload_digest);
    expect(st.predicate.resources.map((r: { name: string }) => r.name)).toEqual(sorted.map((r) => r.name));

    // Signed as `model_signing sign key` would sign it, it verifies against the same workload.
    const key = makeKey();
    const { facts } = await check('', join(j.dir, 'model'), { key: Buffer.from(key.pem) }, signBundle(Buffer.from(text), key.privateKey));
    expect(facts).toMatchObject({ status: 'verified', coversWorkload: true, signer: key.fingerprint });
    // A statement built by the test from the definition signs the same subject.
    const ref = statementFor('model', sorted.map((r) => ({ name: r.name, digest: r.digest })));
    expect((ref['subject'] as { digest: { sha256: string } }[])[0]!.digest.sha256).toBe(st.subject[0].digest.sha256);
  });
});

// ---- Sigstore keyless that passes: a deployment made of test keys (Fulcio CA, CT log, Rekor).
describe('Sigstore keyless under a trusted root built from test keys', () => {
  const ID = 'release-bot@example.com';
  const ISS = 'https://issuer.example.com';

  async function signedModel() {
    const { makeTestSigstore, signKeyless } = await import('./helpers/sigstore-test-root.js');
    const dep = await makeTestSigstore();
    const d = join(work, `ks${n++}`, 'model');
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'weights.bin'), 'w'.repeat(100));
    writeFileSync(join(d, 'config.json'), '{}');
    const tree = await digestTree([d], {});
    const payload = Buffer.from(JSON.stringify(statementFor('model', tree.resources.map((r) => ({ name: r.name, digest: r.sha256 })))));
    return { dep, d, payload, bundle: await signKeyless(dep, payload, ID, ISS), signKeyless, makeTestSigstore };
  }

  it('verifies chain, SCT, SET and signature; the identity and issuer come from the certificate', async () => {
    const { dep, d, bundle } = await signedModel();
    const { facts } = await check('', d, { trustedRoot: dep.trustedRoot }, bundle);
    expect(facts, facts.detail).toMatchObject({ method: 'sigstore', status: 'verified', signer: ID, issuer: ISS, coversWorkload: true });
  });

  it('refuses another deployment, an altered log entry, an altered statement and a changed file', async () => {
    const { dep, d, payload, bundle, makeTestSigstore, signKeyless } = await signedModel();
    const other = await makeTestSigstore('Other');
    expect((await check('', d, { trustedRoot: other.trustedRoot }, bundle)).facts).toMatchObject({ status: 'failed', detail: expect.stringMatching(/Sigstore verification failed \(CERTIFICATE_ERROR\)/) });

    // A root without the CT log (the SCT cannot be checked) or without the Rekor log (neither the SET).
    for (const drop of ['ctlogs', 'tlogs']) {
      const root = JSON.parse(dep.trustedRoot.toString());
      root[drop] = [];
      expect((await check('', d, { trustedRoot: Buffer.from(JSON.stringify(root)) }, bundle)).facts.status, drop).toBe('failed');
    }
    // No log entry at all: no timestamp, so no chain check either: refused (thresholds are never lowered).
    const bare = JSON.parse(bundle.toString());
    bare.verificationMaterial.tlogEntries = [];
    expect((await check('', d, { trustedRoot: dep.trustedRoot }, Buffer.from(JSON.stringify(bare)))).facts).toMatchObject({ status: 'failed', detail: expect.stringContaining('TIMESTAMP_ERROR') });

    const raw = JSON.parse(bundle.toString());
    raw.verificationMaterial.tlogEntries[0].integratedTime = String(Number(raw.verificationMaterial.tlogEntries[0].integratedTime) + 60);
    expect((await check('', d, { trustedRoot: dep.trustedRoot }, Buffer.from(JSON.stringify(raw)))).facts).toMatchObject({ status: 'failed', detail: expect.stringContaining('TLOG_INCLUSION_PROMISE_ERROR') });

    const raw2 = JSON.parse(bundle.toString());
    raw2.dsseEnvelope.payload = Buffer.from(payload.toString().replace('config.json', 'config.jsoN')).toString('base64');
    expect((await check('', d, { trustedRoot: dep.trustedRoot }, Buffer.from(JSON.stringify(raw2)))).facts.status).toBe('failed');

    writeFileSync(join(d, 'config.json'), '{"x":1}');
    const changed = (await check('', d, { trustedRoot: dep.trustedRoot }, bundle)).facts;
    expect(changed).toMatchObject({ status: 'failed', detail: expect.stringContaining('changed since signing: "config.json"') });
    // An identity is untrusted text: escaped wherever it is rendered.
    const hostile = 'x`|<b>*y*</b>@example.com';
    const hb = await signKeyless(dep, payload, hostile, ISS);
    writeFileSync(join(d, 'config.json'), '{}');
    const hr = await check('', d, { trustedRoot: dep.trustedRoot }, hb);
    expect(hr.facts).toMatchObject({ status: 'verified', signer: hostile });
    const { renderSummary } = await import('../src/report/summary.js');
    const { makeReceipt } = await import('./fixtures/action/receipt.js');
    const r = makeReceipt();
    r.workload.signature = hr.record;
    const out = renderSummary(r, { mode: 'create' });
    expect(out).toContain('Workload signature');
    expect(out).not.toContain('<b>');
    expect(out).not.toContain('x`|');
    writeFileSync(join(d, 'config.json'), '{"x":1}');
    // The same deployment signing for someone else is a valid signature with another identity.
    const bob = await signKeyless(dep, payload, 'bob@example.com', ISS);
    expect((await check('', d, { trustedRoot: dep.trustedRoot }, bob)).facts.signer).toBe('bob@example.com');
  });

  it('the real keyless bundle does not verify under this root (its Fulcio root is another)', async () => {
    if (!haveVectors) return;
    const { dep } = await signedModel();
    const { facts } = await check('v1.1.0-sigstore', modelCopy('v1.1.0-sigstore'), { trustedRoot: dep.trustedRoot });
    expect(facts.status).toBe('failed');
  });

  it('through create and verify: listed identity passes and is named in the claim; a wrong identity denies; the verifier needs its own root', async () => {
    const { dep, d, bundle } = await signedModel();
    const j = job(d);
    writeFileSync(join(j.dir, 'model.sig'), bundle);
    writeFileSync(join(j.dir, 'root.json'), dep.trustedRoot);
    const p = policy(j.dir, `    - identity: ${ID}\n      issuer: ${ISS}\n`);
    const base = ['create', '--workload', 'model', '--inputs', 'in', '--outputs', 'out', '--evidence', 'none', '--out', 'r', '--json'];
    const r = await runCli([...base, '--policy', p, '--workload-signature', 'model.sig', '--workload-trusted-root', 'root.json'], j.dir);
    expect(r.code).toBe(0);
    const receipt = JSON.parse(r.out);
    expect(receipt.workload.signature).toMatchObject({ method: 'sigstore', status: 'verified', signer: ID, issuer: ISS, material: [{ path: 'workload-signature/trusted-root.json' }] });
    expect(receipt.allowed_claim).toContain(`signed by ${ID} (issuer ${ISS})`);

    const withRoot = await verifyReceipt({ receipt: join(j.dir, 'r'), policy: join(j.dir, p), workload: ['model'], workloadTrustedRoot: 'root.json', network: false }, j.deps);
    expect(withRoot.mismatches).toEqual([]);
    expect(withRoot.checks.find((c) => c.id === 'workload.signers')?.outcome).toBe('pass');
    // Without its own root the verifier does not take the producer's saved one on trust.
    const noRoot = await verifyReceipt({ receipt: join(j.dir, 'r'), policy: join(j.dir, p), workload: ['model'], network: false }, j.deps);
    expect(noRoot.mismatches).toEqual([]);
    expect(noRoot.checks.find((c) => c.id === 'workload.signers')?.outcome).toBe('hold');
    // What the verifier shows is its own judgement, not the producer's "verified".
    expect(noRoot.appraised.workload.signature?.status).toBe('unavailable');
    expect(noRoot.appraised.allowed_claim).not.toContain('signed by');

    const wrong = policy(j.dir, `    - identity: mallory@example.com\n      issuer: ${ISS}\n`);
    const w = await runCli([...base, '--out', 'r2', '--policy', wrong, '--workload-signature', 'model.sig', '--workload-trusted-root', 'root.json'], j.dir);
    expect(w.code).toBe(1);
    expect(JSON.parse(w.out).policy_decision.checks.find((c: { id: string }) => c.id === 'workload.signers')).toMatchObject({ outcome: 'deny', observed: `${ID} (issuer ${ISS})` });
  });
});

// ---- --network: the trusted root fetched through TUF (a repository of test keys on 127.0.0.1).
describe('Sigstore trusted root through TUF with --network', () => {
  it('create and verify fetch it through TUF, save it, and verify the identity; a bad repository leaves it unverified', async () => {
    const { makeTestSigstore, signKeyless } = await import('./helpers/sigstore-test-root.js');
    const { serveTufRepo } = await import('./helpers/tuf-test-repo.js');
    const { fetchTrustedRoot } = await import('../src/provenance/trusted-root.js');
    const { createHttpFetcher } = await import('../src/net/http.js');
    const dep = await makeTestSigstore();
    const repo = await serveTufRepo(dep.trustedRoot);
    const bad = await serveTufRepo(dep.trustedRoot, { tamperTarget: true });
    const expired = await serveTufRepo(dep.trustedRoot, { expires: '2001-01-01T00:00:00Z' });
    try {
      const http = createHttpFetcher({ allowed: true, retry: { retries: 0 } });
      expect((await fetchTrustedRoot(http, { mirror: repo.url, seedRoot: repo.root })).equals(dep.trustedRoot)).toBe(true);
      expect(repo.requests).toEqual(expect.arrayContaining(['/2.root.json', '/timestamp.json', '/1.snapshot.json', '/1.targets.json']));
      await expect(fetchTrustedRoot(http, { mirror: bad.url, seedRoot: bad.root })).rejects.toMatchObject({ code: 'VERIFIER_UNAVAILABLE' });
      await expect(fetchTrustedRoot(http, { mirror: expired.url, seedRoot: expired.root })).rejects.toMatchObject({ code: 'VERIFIER_UNAVAILABLE' });
      // A seed root that did not sign the repository: refused.
      await expect(fetchTrustedRoot(http, { mirror: repo.url, seedRoot: bad.root })).rejects.toMatchObject({ code: 'VERIFIER_UNAVAILABLE' });
      await expect(fetchTrustedRoot(createHttpFetcher({ allowed: false }), { mirror: repo.url, seedRoot: repo.root })).rejects.toMatchObject({ code: 'VERIFIER_UNAVAILABLE' });

      const d = join(work, `tuf${n++}`, 'model');
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, 'weights.bin'), 'w');
      const tree = await digestTree([d], {});
      const payload = Buffer.from(JSON.stringify(statementFor('model', tree.resources.map((r) => ({ name: r.name, digest: r.sha256 })))));
      const j = job(d);
      writeFileSync(join(j.dir, 'model.sig'), await signKeyless(dep, payload, 'bot@example.com', 'https://issuer.example.com'));
      writeFileSync(join(j.dir, 'seed.json'), repo.root);
      const env = { COMPUTE_RECEIPT_SIGSTORE_TUF_URL: repo.url, COMPUTE_RECEIPT_SIGSTORE_TUF_ROOT: 'seed.json' };
      const deps = { ...j.deps, env };
      const opts = { workload: ['model'], inputs: ['in'], outputs: ['out'], evidence: ['none'], policy: 'record-only', storage: 'unknown' as const, out: 'r', workloadSignature: { signature: 'model.sig' } };
      const off = await create({ ...opts, network: false, out: 'r-off' }, deps);
      expect(off.receipt.workload.signature).toMatchObject({ status: 'unavailable', signer: 'unverified' });
      const on = await create({ ...opts, network: true }, deps);
      expect(on.receipt.workload.signature).toMatchObject({ status: 'verified', signer: 'bot@example.com', material: [{ path: 'workload-signature/trusted-root.json' }] });
      expect(readFileSync(join(j.dir, 'r', 'workload-signature', 'trusted-root.json')).equals(dep.trustedRoot)).toBe(true);
      const p = policy(j.dir, `    - identity: bot@example.com\n      issuer: https://issuer.example.com\n`);
      const v = await verifyReceipt({ receipt: join(j.dir, 'r'), policy: join(j.dir, p), network: true }, deps);
      expect(v.mismatches).toEqual([]);
      expect(v.checks.find((c) => c.id === 'workload.signers')?.outcome).toBe('pass');
      const vBad = await verifyReceipt({ receipt: join(j.dir, 'r'), policy: join(j.dir, p), network: true }, { ...deps, env: { COMPUTE_RECEIPT_SIGSTORE_TUF_URL: bad.url, COMPUTE_RECEIPT_SIGSTORE_TUF_ROOT: 'seed.json' } });
      expect(vBad.checks.find((c) => c.id === 'workload.signers')?.outcome).toBe('hold');
    } finally {
      await Promise.all([repo.close(), bad.close(), expired.close()]);
    }
  });
});
