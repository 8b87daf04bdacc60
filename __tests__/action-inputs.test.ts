import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_NAMES, OUTPUT_NAMES, type InputName, lines, parseInputs } from '../src/action/inputs.js';
import { InputError } from '../src/util/errors.js';

const ctx = { runnerTemp: '/tmp/runner', cwd: '/work' };
const createBase = { workload: 'model', inputs: 'data', outputs: 'out' };
const p = (raw: Partial<Record<InputName, string>>) => parseInputs((n) => raw[n] ?? '', ctx);
const err = (raw: Partial<Record<InputName, string>>): string => {
  try {
    p(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).code).toBe('USAGE');
    expect((e as Error).message).not.toContain('\n');
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
};

describe('action.yml', () => {
  const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
    runs: { using: string; main: string };
    inputs: Record<string, { description: string; default?: string }>;
    outputs: Record<string, { description: string }>;
  };
  it('runs on node24 from dist/index.js', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
  it('declares exactly the inputs the parser reads, each documented', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    for (const [n, i] of Object.entries(action.inputs)) expect(i.description.length, n).toBeGreaterThan(20);
  });
  it('declares every output of DESIGN §8, each documented', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
    for (const n of ['decision', 'claim-tier', 'receipt-path', 'receipt-digest', 'allowed-claim', 'workload-digest', 'output-digest', 'artifact-id', 'artifact-url']) {
      expect(action.outputs[n]?.description, n).toBeTruthy();
    }
  });
});

describe('parseInputs', () => {
  it.each([
    ['create defaults', { ...createBase }, { mode: 'create', failOn: 'deny', comment: false, uploadArtifact: true, summary: true, storage: 'unknown', network: false, oidc: false, evidence: ['auto'], policy: null, receipt: 'compute-receipt', artifactName: 'compute-receipt' }],
    ['verify defaults', { mode: 'verify', policy: 'demo' }, { mode: 'verify', failOn: 'hold', comment: true, uploadArtifact: false, receipt: 'compute-receipt', receiptArtifact: null }],
    ['lint defaults', { mode: 'lint', 'lint-paths': 'README.md' }, { mode: 'lint', failOn: 'deny', comment: false, lintPaths: ['README.md'] }],
    ['multi-line values, blank lines dropped', { ...createBase, outputs: 'out/a\n\n  out/b  \r\nout/c\n', evidence: 'tsm\nnvidia\n' }, { outputs: ['out/a', 'out/b', 'out/c'], evidence: ['tsm', 'nvidia'] }],
    ['booleans in YAML spellings', { ...createBase, network: 'True', oidc: 'TRUE', comment: 'true', summary: 'false', 'upload-artifact': 'False' }, { network: true, oidc: true, comment: true, summary: false, uploadArtifact: false }],
    ['fail-on never', { ...createBase, 'fail-on': 'never' }, { failOn: 'never' }],
    ['storage kinds', { ...createBase, storage: 'persistent-provider-local' }, { storage: 'persistent-provider-local' }],
    ['verify from another run downloads to RUNNER_TEMP', { mode: 'verify', policy: 'p.yml', 'receipt-run-id': '123456' }, { receiptArtifact: 'compute-receipt', receiptRunId: '123456', receipt: '/tmp/runner/compute-receipt-artifact' }],
    ['verify a named artifact into a chosen folder', { mode: 'verify', policy: 'p.yml', 'receipt-artifact': 'rx', receipt: 'dl' }, { receiptArtifact: 'rx', receipt: 'dl' }],
    ['job id and pr number', { ...createBase, 'job-id': 'train-3', 'pr-number': '12' }, { jobId: 'train-3', prNumber: 12 }],
    ['input key as bytes', { ...createBase, 'input-key': 's3cret' }, { inputKey: Buffer.from('s3cret') }],
    ['expect-sha lowercased', { mode: 'verify', policy: 'demo', 'expect-sha': 'A'.repeat(40) }, { expectSha: 'a'.repeat(40) }],
  ] as const)('%s', (_name, raw, want) => {
    expect(p(raw as Partial<Record<InputName, string>>)).toMatchObject(want);
  });

  it.each([
    ['unknown mode', { mode: 'produce' }, /input mode must be one of create, verify, lint, compare, begin, got "produce"/],
    ['unknown fail-on', { ...createBase, 'fail-on': 'warn' }, /input fail-on must be one of deny, hold, never/],
    ['bad boolean', { ...createBase, comment: 'yes' }, /input comment must be true or false/],
    ['bad storage', { ...createBase, storage: 'durable' }, /input storage must be one of/],
    ['create without paths', {}, /needs input workload.*needs input inputs.*needs input outputs/],
    ['verify without policy', { mode: 'verify' }, /mode verify needs input policy/],
    ['lint with nothing to lint', { mode: 'lint' }, /mode lint needs input lint-paths/],
    ['bad run id', { mode: 'verify', policy: 'demo', 'receipt-run-id': '12a' }, /receipt-run-id must be a positive number/],
    ['bad artifact name', { ...createBase, 'artifact-name': 'a/b' }, /artifact-name must not contain/],
    ['two policies', { ...createBase, policy: 'a.yml\nb.yml' }, /input policy takes one value, got 2 lines/],
    ['bad nonce', { ...createBase, nonce: 'xyz' }, /nonce must be hex/],
    ['hostile mode value stays on one line', { mode: 'x\n::set-output name=a::b' }, /input mode takes one value/],
  ] as const)('rejects %s', (_name, raw, re) => {
    expect(err(raw as Partial<Record<InputName, string>>)).toMatch(re);
  });

  it('reports every bad input at once', () => {
    const m = err({ mode: 'create', 'fail-on': 'sometimes', storage: 'cloud' });
    expect(m).toMatch(/fail-on/);
    expect(m).toMatch(/storage/);
    expect(m).toMatch(/workload/);
  });

  it('lines() splits one value per line', () => {
    expect(lines(' a \n\nb\r\n')).toEqual(['a', 'b']);
  });
});
