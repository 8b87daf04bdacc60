// Property-based tests (fast-check) for every parser and loader of untrusted bytes: random inputs and
// real vectors mutated (bit flips, length fields forced to edge values, truncation, splices, JSON
// nodes replaced or deleted, YAML lines edited) give a value or a coded error, never an uncaught
// TypeError/RangeError. Runs are bounded (helpers/fuzz.ts RUNS) so the suite stays fast; inputs are
// small, so a parser that allocated by a forged length field would fail by memory, not pass.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimRules } from '../src/claims/struck.js';
import { lint } from '../src/claims/lint/index.js';
import { parseManifestJson } from '../src/digest/index.js';
import {
  decodeEvidenceText,
  inspectEvidence,
  loadShippedTrustRoots,
  makeSimulatedQuote,
  parseEvidence,
  parseNrasEatTokenSet,
  parseNvidiaEvidenceList,
  parseNvidiaSpdmEvidence,
  parseSevSnpReport,
  parseTdxQuote,
  sniffFormat,
  verifyEvidence,
} from '../src/evidence/index.js';
import { parsePolicyBytes } from '../src/policy/parse.js';
import { parseNvidiaRim } from '../src/evidence/formats/nvidia-rim.js';
import { verifyEnvelopedSignature } from '../src/evidence/verify/xmldsig.js';
import { loadReceipt, verifyReceipt } from '../src/receipt/replay.js';
import { create } from '../src/run.js';
import { assetText } from '../src/util/assets.js';
import { bytesFrom, expectCodedOrValue, expectCodedOrValueAsync, jsonTextFrom, parsedJson, textFrom } from './helpers/fuzz.js';
import { haveVectors, vector } from './helpers/vectors.js';

const seeds = (...rels: string[]): Buffer[] => (haveVectors ? rels.map((r) => Buffer.from(decodeEvidenceText(vector(r)))) : []);
const jsonSeeds = (...rels: string[]): unknown[] => (haveVectors ? rels.map((r) => JSON.parse(vector(r).toString('utf8'))) : []);

const TDX = () => [
  ...seeds('gotdx-spr-e4/tdx_prod_quote_SPR_E4.dat', 'gotdx-v5/quote_v5_sample.dat', 'trustee-tdx/tdx_quote_4.dat'),
  makeSimulatedQuote(Buffer.alloc(64, 7)),
];
const SNP = () => seeds('gosev-milan/attestation.bin', 'trustee-snp/test-vlek-report.bin');
const SPDM = () => seeds('nvtrust-hopper/hopperAttestationReport.txt', 'nvattest-sdk/blackwellAttestationReport.txt');

describe('binary evidence parsers', () => {
  it('parseTdxQuote: TDX quotes v4/v5 and the simulated quote, mutated', () => {
    expectCodedOrValue(bytesFrom(TDX()), (b) => parseTdxQuote(b), (q) => expect(q.body.reportData.length).toBe(64));
  });

  it('parseSevSnpReport: SNP reports, mutated', () => {
    expectCodedOrValue(bytesFrom(SNP()), (b) => parseSevSnpReport(b), (r) => expect(r.reportData.length).toBe(64));
  });

  it('parseNvidiaSpdmEvidence: Hopper and Blackwell SPDM reports, mutated', () => {
    expectCodedOrValue(bytesFrom(SPDM()), (b) => parseNvidiaSpdmEvidence(b));
  });

  it('parseNvidiaRim and the RIM XML-DSig check: real NVIDIA RIMs, lines edited and bytes mutated', () => {
    const rims = haveVectors ? ['1010_0200_882_96005E0001_PROD.swidtag', 'Driver_RIM_test_no_gpu.swidtag'].map((f) => vector(`nvtrust-rims/${f}`)) : [];
    const check = (b: Uint8Array) => {
      const rim = parseNvidiaRim(b);
      // The signature check never throws on document content: a verdict either way.
      expect(typeof verifyEnvelopedSignature(rim.doc).ok).toBe('boolean');
      return rim;
    };
    expectCodedOrValue(textFrom(rims.map((r) => r.toString('utf8'))), (t) => check(Buffer.from(t, 'utf8')));
    expectCodedOrValue(bytesFrom(rims), check);
  });

  it('sniffing, text decoding, parseEvidence and inspectEvidence on any of the above', () => {
    const all = [...TDX(), ...SNP(), ...SPDM()];
    expectCodedOrValue(bytesFrom(all), (b) => {
      const format = sniffFormat(decodeEvidenceText(b));
      const parsed = parseEvidence(b);
      const inspected = inspectEvidence(b);
      return { format, parsed, inspected };
    });
  });

  it('hex and base64 text wrappers of mutated evidence decode or stay as they were', () => {
    const text = bytesFrom([...TDX(), ...SNP()]).chain((b) =>
      fc.constantFrom(Buffer.from(b).toString('hex'), Buffer.from(b).toString('base64'), '0x' + Buffer.from(b).toString('hex').toUpperCase()),
    );
    expectCodedOrValue(text, (t) => parseEvidence(Buffer.from(t, 'latin1')));
  });
});

describe('JSON evidence parsers', () => {
  const list = () => jsonSeeds('nvtrust-ppcie-8gpu/gpu_evidence.json', 'nvattest-sdk/hopper_evidence.json');
  const eat = () => jsonSeeds('nvattest-sdk/hopperClaimsv3_detached_eat.json');

  it('NVIDIA evidence lists: structure-mutated, then parsed end to end', () => {
    expectCodedOrValue(jsonTextFrom(list()), (t) => parseEvidence(Buffer.from(t, 'utf8')), undefined, 80);
    expectCodedOrValue(parsedJson(jsonTextFrom(list())), (v) => parseNvidiaEvidenceList(v), undefined, 80);
  });

  it('NRAS EAT token sets: structure-mutated', () => {
    expectCodedOrValue(jsonTextFrom(eat()), (t) => parseEvidence(Buffer.from(t, 'utf8')));
    expectCodedOrValue(parsedJson(jsonTextFrom(eat())), (v) => parseNrasEatTokenSet(v));
  });
});

describe('evidence verification on mutated evidence', () => {
  const roots = loadShippedTrustRoots();
  it('verifyEvidence returns a verdict or a coded error', async () => {
    const all = [...TDX(), ...SNP(), ...SPDM()];
    await expectCodedOrValueAsync(
      bytesFrom(all),
      (b) => verifyEvidence({ bytes: b }, 'f', { reportData: null, gpuNonce: null, trustRoots: roots, network: false } as unknown as Parameters<typeof verifyEvidence>[2]),
      (v) => expect(['verified', 'failed', 'unavailable', 'unsupported', 'malformed', 'simulated']).toContain(v.status),
      40,
    );
  });
});

describe('policy and claim-rule YAML', () => {
  const policies = ['record-only', 'demo', 'cpu-tee-strict', 'gpu-tee-strict'].map((n) => assetText('policies', `${n}.yml`)!);

  it('parsePolicyBytes: shipped policies with lines and bytes edited', () => {
    expectCodedOrValue(textFrom(policies), (t) => parsePolicyBytes(Buffer.from(t, 'utf8'), 'fuzz.yml'), (p) => expect(typeof p.policy_id).toBe('string'));
  });

  it('claim rules: the shipped rules with lines and bytes edited, merged as a user file is', () => {
    // The shipped claim rules are embedded compiled, not as YAML: read the sources.
    const rules = readFileSync(join(__dirname, '..', 'policies', 'claims', 'rules.yml'), 'utf8');
    const lexicon = readFileSync(join(__dirname, '..', 'policies', 'claims', 'lexicon.yml'), 'utf8');
    expectCodedOrValue(textFrom([rules.slice(0, 4000), lexicon.slice(0, 4000), 'concepts:\n  x: ["a"]\nrules: []\n']), (t) => claimRules([{ source: 'fuzz.yml', text: t }]), undefined, 80);
  });

  it('the linter takes any text', () => {
    expectCodedOrValue(fc.string({ maxLength: 600, unit: 'binary' }), (t) => lint(t), (f) => expect(Array.isArray(f)).toBe(true), 80);
  });
});

describe('receipt directory files', () => {
  let work = '';
  let receiptText = '';
  let manifestText = '';
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'cr-fuzz-'));
    for (const d of ['model', 'inputs', 'outputs']) mkdirSync(join(work, d));
    writeFileSync(join(work, 'model', 'w.bin'), 'weights');
    writeFileSync(join(work, 'inputs', 'in.txt'), 'in');
    writeFileSync(join(work, 'outputs', 'out.txt'), 'out');
    await create(
      { workload: ['model'], inputs: ['inputs'], outputs: ['outputs'], evidence: ['simulated'], policy: 'demo', storage: 'unknown', network: false, out: 'receipt' },
      { cwd: work, env: {}, now: () => new Date('2026-01-01T00:00:00Z') },
    );
    receiptText = readFileSync(join(work, 'receipt', 'receipt.json'), 'utf8');
    manifestText = readFileSync(join(work, 'receipt', 'outputs.manifest.json'), 'utf8');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('loadReceipt: receipt.json with nodes replaced or deleted and bytes edited', async () => {
    const file = join(work, 'mutated.json');
    await expectCodedOrValueAsync(jsonTextFrom([JSON.parse(receiptText)]), async (t) => {
      writeFileSync(file, t);
      return loadReceipt(file, work);
    }, undefined, 100);
  });

  it('parseManifestJson: a manifest mutated gives a manifest or a reason, never a throw', () => {
    expectCodedOrValue(jsonTextFrom([JSON.parse(manifestText)]), (t) => {
      const r = parseManifestJson(t);
      if ('manifest' in r) for (const x of r.manifest.resources) expect(typeof x.name).toBe('string');
      else expect(r.error).not.toMatch(/\n/);
      return r;
    });
  });

  it('verify with a mutated outputs manifest reports a mismatch, never a TypeError', async () => {
    const saved = join(work, 'receipt', 'outputs.manifest.json');
    await expectCodedOrValueAsync(
      jsonTextFrom([JSON.parse(manifestText)]).filter((t) => t !== manifestText.trim()),
      async (t) => {
        writeFileSync(saved, t);
        return verifyReceipt({ receipt: join(work, 'receipt'), policy: 'demo', outputs: ['outputs'], network: false }, { cwd: work, env: {}, now: () => new Date() });
      },
      (r) => expect(r.ok).toBe(false),
      40,
    );
    writeFileSync(saved, manifestText);
  });

  it.each([['null'], ['[]'], ['{"resources": null}'], ['{"resources": [null]}'], ['{"serialization": {}, "resources": [{"name": 1}]}']])(
    'verify names a malformed manifest %s as a mismatch',
    async (t) => {
      const saved = join(work, 'receipt', 'outputs.manifest.json');
      writeFileSync(saved, t);
      const r = await verifyReceipt({ receipt: join(work, 'receipt'), policy: 'demo', network: false }, { cwd: work, env: {}, now: () => new Date() });
      writeFileSync(saved, manifestText);
      expect(r.ok).toBe(false);
      expect(r.mismatches).toContainEqual(expect.objectContaining({ field: 'outputs.manifest', expected: 'a manifest', actual: expect.stringMatching(/^malformed \(/) }));
    },
  );
});
