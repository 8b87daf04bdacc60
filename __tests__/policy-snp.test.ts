// The policy's sev-snp block: schema, rules over verified claims, check ids.
import { describe, expect, it } from 'vitest';
import type { VerifiedEvidence } from '../src/evidence/types.js';
import { appraise, parsePolicy, type Check } from '../src/policy/index.js';
import { SNP_GUEST_POLICY_FLAGS } from '../src/policy/schema.js';
import { staticCheckIds } from '../src/policy/check-ids.js';
import { SNP_POLICY_BIT_NAMES } from '../src/evidence/formats/sev-snp-report.js';
import { InputError } from '../src/util/errors.js';

const M = 'ab'.repeat(48);
const base = `policy_id: p\nversion: 1\nevidence:\n  required: [sev-snp]\n`;

function snp(claims: Record<string, unknown> = {}): VerifiedEvidence {
  return {
    kind: 'sev-snp',
    format: 'sev-snp-report',
    file: 'evidence/0-sev-snp-report.bin',
    digest: `sha256:${'00'.repeat(32)}`,
    status: 'verified',
    detail: 'ok',
    steps: [],
    bindingMatches: true,
    trustRoots: 'shipped',
    claims: {
      measurement: M,
      host_data: '11'.repeat(32),
      id_key_digest: '22'.repeat(48),
      author_key_digest: '00'.repeat(48),
      vmpl: 0,
      signing_key: 'vcek',
      debug: false,
      migrate_ma: false,
      smt_allowed: true,
      single_socket: false,
      reported_tcb: { raw: '', bootloader: 3, tee: 0, snp: 8, microcode: 115 },
      ...claims,
    },
  };
}

function run(block: string, ev: VerifiedEvidence): Check[] {
  return appraise(parsePolicy(`${base}sev-snp:\n${block}`, 'p.yml').policy, { evidence: [ev], workloadDigest: `sha256:${'ab'.repeat(32)}`, trustRoots: 'shipped', benchmarkPresent: false });
}
const byId = (cs: Check[], id: string) => cs.find((c) => c.id === id)!;

describe('sev-snp policy block', () => {
  it('the guest policy flags a policy may name are the bits the parser decodes (GUEST_POLICY bits 16..25)', () => {
    expect([...SNP_GUEST_POLICY_FLAGS]).toEqual([...SNP_POLICY_BIT_NAMES]);
    expect([...SNP_GUEST_POLICY_FLAGS]).toEqual(['smt_allowed', 'migrate_ma', 'debug', 'single_socket', 'cxl_allowed', 'mem_aes_256_xts', 'rapl_dis', 'ciphertext_hiding', 'page_swap_disable']);
  });

  it.each([
    ['host_data short', `  host_data: ["abcd"]\n`, /sev-snp\.host_data\[0\] must be 64 lowercase hex/],
    ['vmpl 4', `  vmpl: [4]\n`, /sev-snp\.vmpl\[0\] must be an integer 0\.\.3/],
    ['unknown signing key', `  signing_key: [ark]\n`, /sev-snp\.signing_key\[0\] must be one of vcek, vlek/],
    ['unknown flag', `  guest_policy: {forbid: [sev_es]}\n`, /sev-snp\.guest_policy\.forbid\[0\] must be one of smt_allowed/],
    ['flag both ways', `  guest_policy: {forbid: [debug], require: [debug]}\n`, /names "debug", which forbid also names/],
    ['unknown key', `  id_block: x\n`, /unknown key "sev-snp\.id_block"/],
  ])('%s is rejected naming the key', (_n, block, msg) => {
    let err: unknown;
    try {
      parsePolicy(`${base}sev-snp:\n${block}`, 'p.yml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(msg);
  });

  it('every check passes on matching verified claims, with observed and expected', () => {
    const block = `  measurement: ["${M}"]\n  host_data: ["${'11'.repeat(32)}"]\n  id_key_digest: ["${'22'.repeat(48)}"]\n  vmpl: [0]\n  signing_key: [vcek]\n  guest_policy: {forbid: [debug, migrate_ma], require: [smt_allowed]}\n  min_reported_tcb: {bootloader: 3, tee: 0, snp: 8, microcode: 115}\n`;
    const cs = run(block, snp()).filter((c) => c.id.startsWith('sev-snp.'));
    expect(cs.map((c) => c.id).sort()).toEqual(
      [
        'sev-snp.measurement',
        'sev-snp.host_data',
        'sev-snp.id_key_digest',
        'sev-snp.vmpl',
        'sev-snp.signing_key',
        'sev-snp.guest_policy.debug',
        'sev-snp.guest_policy.migrate_ma',
        'sev-snp.guest_policy.smt_allowed',
        'sev-snp.min_reported_tcb.bootloader',
        'sev-snp.min_reported_tcb.tee',
        'sev-snp.min_reported_tcb.snp',
        'sev-snp.min_reported_tcb.microcode',
      ].sort(),
    );
    for (const c of cs) {
      expect(c.outcome, c.id).toBe('pass');
      expect(c.observed, c.id).not.toBeNull();
      expect(c.expected, c.id).not.toBeNull();
    }
    expect(byId(cs, 'sev-snp.host_data')).toMatchObject({ observed: '11'.repeat(32), expected: '11'.repeat(32) });
    expect(byId(cs, 'sev-snp.vmpl')).toMatchObject({ observed: '0', expected: '0' });
  });

  it.each([
    ['HOST_DATA not allowed', `  host_data: ["${'33'.repeat(32)}"]\n`, {}, 'sev-snp.host_data', 'deny'],
    ['VMPL 2 where 0 is required', `  vmpl: [0]\n`, { vmpl: 2 }, 'sev-snp.vmpl', 'deny'],
    ['a VLEK where only VCEKs are allowed', `  signing_key: [vcek]\n`, { signing_key: 'vlek' }, 'sev-snp.signing_key', 'deny'],
    ['single_socket required, clear', `  guest_policy: {require: [single_socket]}\n`, {}, 'sev-snp.guest_policy.single_socket', 'deny'],
    ['debug forbidden by flag, set', `  guest_policy: {forbid: [debug]}\n`, { debug: true }, 'sev-snp.guest_policy.debug', 'deny'],
    ['author key digest unpinned', `  author_key_digest: []\n`, {}, 'sev-snp.author_key_digest', 'hold'],
    ['vmpl claim missing', `  vmpl: [0]\n`, { vmpl: undefined }, 'sev-snp.vmpl', 'deny'],
    ['vmpl claim of the wrong type', `  vmpl: [0]\n`, { vmpl: '0' }, 'sev-snp.vmpl', 'deny'],
    ['fmc minimum on a Milan report', `  min_reported_tcb: {bootloader: 0, tee: 0, snp: 0, microcode: 0, fmc: 1}\n`, {}, 'sev-snp.min_reported_tcb.fmc', 'deny'],
  ] as const)('%s: %s', (_n, block, claims, id, outcome) => {
    const c = byId(run(block, snp(claims)), id);
    expect(c.outcome).toBe(outcome);
    expect(c.outcome).not.toBe('pass');
  });

  it('rules do not run over evidence that did not verify', () => {
    const cs = run(`  vmpl: [0]\n`, { ...snp(), status: 'failed' });
    expect(byId(cs, 'sev-snp.vmpl')).toMatchObject({ observed: null });
    expect(byId(cs, 'sev-snp.vmpl').outcome).not.toBe('pass');
  });

  it('waivers can name the new check ids', () => {
    const p = parsePolicy(`${base}sev-snp:\n  vmpl: [0]\n  guest_policy: {require: [single_socket]}\nwaivers:\n  - {check: sev-snp.guest_policy.single_socket, any: "multi-socket hosts"}\n`, 'p.yml').policy;
    expect(staticCheckIds(p)).toEqual(expect.arrayContaining(['sev-snp.vmpl', 'sev-snp.guest_policy.single_socket']));
    const cs = appraise(p, { evidence: [snp()], workloadDigest: `sha256:${'ab'.repeat(32)}`, trustRoots: 'shipped', benchmarkPresent: false });
    expect(byId(cs, 'sev-snp.guest_policy.single_socket')).toMatchObject({ outcome: 'pass', detail: expect.stringMatching(/^waived: multi-socket hosts/) });
  });
});
