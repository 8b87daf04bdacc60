import { InputError } from '../src/util/errors.js';
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../src/binding/jcs.js';
import { BINDING_VERSION, type Binding, gpuNonce, jsonDigest, normalizeNonce, reportData } from '../src/binding/binding.js';
import { jobContextFromEnv } from '../src/binding/job.js';
import { createHash } from 'node:crypto';

describe('RFC 8785 canonical JSON', () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [[1, 'x', null, true, false], '[1,"x",null,true,false]'],
    [{ n: [1e30, 4.5, 0.002, 0.000001, 1e-7, -0, 333333333.3333333] }, '{"n":[1e+30,4.5,0.002,0.000001,1e-7,0,333333333.3333333]}'],
    [{ s: 'a\u2028\n"\\\u0001' }, '{"s":"a\u2028\\n\\"\\\\\\u0001"}'],
    [{ u: undefined, a: 1 }, '{"a":1}'],
  ])('%j', (value, expected) => {
    expect(canonicalize(value)).toBe(expected);
  });

  it('sorts keys by UTF-16 code units (the RFC example)', () => {
    const v = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // Object.keys would list "1" first (integer-like keys), so read the order off the text itself.
    const text = canonicalize(v);
    const order = ['\\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33'].map((k) => text.indexOf(`"${k}":`));
    expect(order.every((x) => x >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it.each([[NaN], [Infinity], [BigInt(1)], [() => 1]])('rejects %s', (v) => {
    expect(() => canonicalize({ v })).toThrow(TypeError);
  });
});

const binding: Binding = {
  v: BINDING_VERSION,
  job: { id: 'build', repository: 'o/r', run_id: '1', run_attempt: '1', sha: 'a'.repeat(40), workflow_ref: null },
  workload_digest: 'sha256:' + '1'.repeat(64),
  workload_manifest_digest: 'sha256:' + '2'.repeat(64),
  input_commitment: 'sha256:' + '3'.repeat(64),
  input_manifest_digest: 'sha256:' + '4'.repeat(64),
  output_digest: 'sha256:' + '5'.repeat(64),
  output_manifest_digest: 'sha256:' + '6'.repeat(64),
  benchmark_digest: null,
  oidc_token_digest: null,
  nonce: null,
};

describe('binding', () => {
  it('report_data is exactly 64 bytes of SHA-512(JCS(binding)); gpu_nonce 32 bytes of SHA-256', () => {
    const jcs = canonicalize(binding);
    expect(reportData(binding)).toEqual(createHash('sha512').update(jcs).digest());
    expect(reportData(binding)).toHaveLength(64);
    expect(gpuNonce(binding)).toEqual(createHash('sha256').update(jcs).digest());
    expect(gpuNonce(binding)).toHaveLength(32);
  });

  it('any bound field changes report_data', () => {
    const base = reportData(binding).toString('hex');
    for (const patch of [
      { output_digest: 'sha256:' + '7'.repeat(64) },
      { nonce: '00112233445566778899' },
      { job: { ...binding.job, run_attempt: '2' } },
      { benchmark_digest: 'sha256:' + '8'.repeat(64) },
    ]) {
      expect(reportData({ ...binding, ...patch } as Binding).toString('hex')).not.toBe(base);
    }
  });

  it('manifest digests hash the canonical form, not the key order', () => {
    expect(jsonDigest({ a: 1, b: [2] })).toBe(jsonDigest({ b: [2], a: 1 }));
    expect(jsonDigest({ a: 1 })).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it.each([
    ['00112233445566778899aabbccddeeff', '00112233445566778899aabbccddeeff'],
    ['00112233445566778899AABBCCDDEEFF', '00112233445566778899aabbccddeeff'],
    ['', null],
  ])('nonce %s', (n, want) => {
    expect(normalizeNonce(n)).toBe(want);
  });

  it.each(['xyz', 'abc', '0011', 'a'.repeat(258)])('bad nonce %s is a usage error', (n) => {
    expect(() => normalizeNonce(n)).toThrow(/nonce/);
  });

  it('job context comes from the GitHub environment; job-id overrides GITHUB_JOB', () => {
    const env = { GITHUB_JOB: 'train', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '9', GITHUB_RUN_ATTEMPT: '2', GITHUB_SHA: 'ab'.repeat(20), GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/x.yml@refs/heads/main' };
    expect(jobContextFromEnv(env)).toEqual({ id: 'train', repository: 'o/r', run_id: '9', run_attempt: '2', sha: 'ab'.repeat(20), workflow_ref: 'o/r/.github/workflows/x.yml@refs/heads/main' });
    expect(jobContextFromEnv(env, 'train-gpu-0').id).toBe('train-gpu-0');
    expect(jobContextFromEnv({})).toEqual({ id: null, repository: null, run_id: null, run_attempt: null, sha: null, workflow_ref: null });
  });

  it.each([
    ['a --job-id with a newline', {}, 'build\n::add-mask::x'],
    ['a --job-id with an escape', {}, 'build\u001b[31m'],
    ['a --job-id with a C1 control', {}, 'build\u009b'],
    ['a malformed GITHUB_SHA', { GITHUB_SHA: 'abc' }, undefined],
    ['a GITHUB_REPOSITORY that is not owner/name', { GITHUB_REPOSITORY: 'o/r/x' }, undefined],
    ['a GITHUB_RUN_ID that is not a number', { GITHUB_RUN_ID: '9; rm' }, undefined],
  ])('%s is refused (exit 2)', (_l, env, id) => {
    expect(() => jobContextFromEnv(env as NodeJS.ProcessEnv, id)).toThrow(InputError);
  });
});
