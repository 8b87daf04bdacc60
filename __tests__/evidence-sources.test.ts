import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AutoSource,
  CommandSource,
  NoneSource,
  NvidiaSource,
  TsmSource,
  makeSimulatedQuote,
  parseEvidenceSpec,
  parseNvattestOutput,
  parseNvattestAttestOutput,
  parseCcMode,
  sniffFormat,
  verifyEvidence,
  loadTrustRoots,
  type Exec,
  type ExecResult,
  type SourceDeps,
} from '../src/evidence/index.js';
import { InputError } from '../src/util/errors.js';
import { FakeConfigfs } from './helpers/fake-configfs.js';
import { VECTORS, haveVectors } from './helpers/vectors.js';

const REPORT_DATA = Buffer.alloc(64, 0x42);
const GPU_NONCE = Buffer.alloc(32, 0x24);
let dir: string;
let deps: SourceDeps;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cr-evidence-'));
  deps = { cwd: dir, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' } };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function inputError(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).not.toMatch(/[\n\r]/);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('parseEvidenceSpec', () => {
  it.each([
    ['none', 'none'],
    ['simulated', 'simulated'],
    ['tsm', 'tsm'],
    ['nvidia', 'nvidia'],
    ['auto', 'auto'],
    ['file:quote.bin', 'file:quote.bin'],
    ['command:echo hi', 'command:echo hi'],
  ])('%s', (spec, kind) => {
    expect(parseEvidenceSpec(spec, deps).kind).toBe(kind);
  });

  it.each(['', 'tdx', 'file:', 'command:', 'FILE:x', 'simulated '.repeat(2)])('unknown %j is a USAGE error naming it', (spec) => {
    try {
      parseEvidenceSpec(spec, deps);
      throw new Error('expected a throw');
    } catch (e) {
      expect((e as InputError).code).toBe('USAGE');
      expect((e as Error).message).toContain(JSON.stringify(spec));
    }
  });
});

describe('none and simulated sources', () => {
  it('none collects nothing', async () => {
    expect(await new NoneSource().collect()).toEqual([]);
  });
  it('simulated makes a fresh-key quote carrying report_data that verifies', async () => {
    const src = parseEvidenceSpec('simulated', deps);
    const [a] = await src.collect(REPORT_DATA, GPU_NONCE);
    const [b] = await src.collect(REPORT_DATA, GPU_NONCE);
    expect(a!.formatHint).toBe('simulated-tdx-quote');
    expect(sniffFormat(a!.bytes)).toBe('simulated-tdx-quote');
    // A throwaway key per run: the attestation keys differ.
    expect(Buffer.from(a!.bytes).subarray(700, 764).equals(Buffer.from(b!.bytes).subarray(700, 764))).toBe(false);
    const v = await verifyEvidence(a!, 'f', { reportData: REPORT_DATA, gpuNonce: GPU_NONCE, trustRoots: loadTrustRoots(), network: false });
    expect(v.status).toBe('verified');
  });
});

describe('file source', () => {
  it('reads a file relative to cwd', async () => {
    writeFileSync(join(dir, 'q.bin'), makeSimulatedQuote(REPORT_DATA));
    const [e] = await parseEvidenceSpec('file:q.bin', deps).collect(REPORT_DATA, GPU_NONCE);
    expect(e!.source).toBe('file:q.bin');
    expect(sniffFormat(e!.bytes)).toBe('simulated-tdx-quote');
  });

  it.each([
    ['missing.bin', 'PATH_MISSING', () => undefined],
    ['empty.bin', 'EVIDENCE_MALFORMED', () => writeFileSync(join(dir, 'empty.bin'), '')],
    ['adir', 'PATH_KIND', () => mkdirSync(join(dir, 'adir'), { recursive: true })],
  ])('%s -> %s, one line naming the path', async (name, code, setup) => {
    setup();
    const e = await inputError(parseEvidenceSpec(`file:${name}`, deps).collect(REPORT_DATA, GPU_NONCE));
    expect(e.code).toBe(code);
    expect(e.message).toContain(JSON.stringify(name));
  });

  it.skipIf(process.getuid?.() === 0)('unreadable -> PATH_UNREADABLE', async () => {
    writeFileSync(join(dir, 'secret.bin'), 'x');
    chmodSync(join(dir, 'secret.bin'), 0o000);
    const e = await inputError(parseEvidenceSpec('file:secret.bin', deps).collect(REPORT_DATA, GPU_NONCE));
    expect(e.code).toBe('PATH_UNREADABLE');
  });
});

describe('command source (real /bin/sh)', () => {
  const run = (cmd: string, extra: Partial<ConstructorParameters<typeof CommandSource>[1]> = {}) =>
    new CommandSource(cmd, { cwd: dir, env: deps.env, ...extra }).collect(REPORT_DATA, GPU_NONCE);

  it('sees REPORT_DATA_HEX and GPU_NONCE_HEX', async () => {
    const [e] = await run('printf "%s %s" "$REPORT_DATA_HEX" "$GPU_NONCE_HEX"');
    expect(Buffer.from(e!.bytes).toString()).toBe(`${REPORT_DATA.toString('hex')} ${GPU_NONCE.toString('hex')}`);
    expect(REPORT_DATA.toString('hex')).toHaveLength(128);
  });

  it('stdout hex evidence is passed through and verifies', async () => {
    writeFileSync(join(dir, 'make.sh'), `printf '%s\\n' '${makeSimulatedQuote(REPORT_DATA).toString('hex')}'\n`);
    const [e] = await run('sh make.sh');
    expect(e!.source).toBe('command:sh make.sh');
    expect(sniffFormat(e!.bytes)).toBe('simulated-tdx-quote');
  });

  it('one stdout line naming an existing file: that file is the evidence', async () => {
    const q = makeSimulatedQuote(REPORT_DATA);
    writeFileSync(join(dir, 'out.bin'), q);
    const [e] = await run('echo out.bin');
    expect(Buffer.from(e!.bytes).equals(q)).toBe(true);
  });

  it('non-zero exit: EVIDENCE_MALFORMED with the code and the first stderr line, escaped', async () => {
    writeFileSync(join(dir, 'fail.sh'), "printf '\\n  bad\\tthing \\033[31m\\nsecond\\n' >&2; exit 3\n");
    const e = await inputError(run('sh fail.sh'));
    expect(e.code).toBe('EVIDENCE_MALFORMED');
    expect(e.message).toContain('exited with code 3');
    expect(e.message).toContain('bad\\tthing \\u001b[31m');
    expect(e.message).not.toContain('second');
  });

  it('a program that cannot start is EVIDENCE_MALFORMED (real exec)', async () => {
    const e = await inputError(new NvidiaSource({ env: deps.env, binary: 'compute-receipt-no-such-binary' }).collect(REPORT_DATA, GPU_NONCE));
    expect(e.message).toMatch(/could not start/);
  });

  it('empty stdout is malformed', async () => {
    expect((await inputError(run('true'))).message).toMatch(/printed no evidence/);
  });

  it('bounded time', async () => {
    const e = await inputError(run('sleep 5', { timeoutMs: 200 }));
    expect(e.message).toMatch(/timed out/);
  });

  it('bounded stdout', async () => {
    const e = await inputError(run('head -c 100000 /dev/zero', { maxStdoutBytes: 1000 }));
    expect(e.message).toMatch(/more than 1000 bytes/);
  });
});

describe('tsm source with a fake configfs', () => {
  const tdxOutblob = (inblob: Buffer) => Buffer.concat([makeSimulatedQuote(inblob), Buffer.alloc(8000 - 817)]);

  it('isSupported needs root/report', async () => {
    const fs = new FakeConfigfs({ outblob: tdxOutblob });
    expect((await new TsmSource({ fs, root: fs.root }).isSupported()).supported).toBe(true);
    expect((await new TsmSource({ fs, root: '/nowhere' }).isSupported()).supported).toBe(false);
  });

  it('TDX: writes the 64-byte inblob, keeps the padded outblob, hints tdx-quote, removes the entry', async () => {
    const fs = new FakeConfigfs({ outblob: tdxOutblob });
    const [e] = await new TsmSource({ fs, root: fs.root }).collect(REPORT_DATA);
    expect(e!.bytes.byteLength).toBe(8000);
    expect(e!.formatHint).toBe('tdx-quote');
    expect(fs.writes).toBe(1);
    expect(fs.created).toHaveLength(1);
    expect(fs.removed).toEqual(fs.created);
    expect(fs.entries.size).toBe(0);
    const v = await verifyEvidence(e!, 'f', { reportData: REPORT_DATA, gpuNonce: GPU_NONCE, trustRoots: loadTrustRoots(), network: false });
    expect(v.status).toBe('verified'); // the fake kernel answers with a simulated quote
    expect(v.claims['padding_bytes']).toBe(8000 - 817);
  });

  it('TDX: the CCEL table and log area travel beside the quote when present', async () => {
    const files = { '/sys/firmware/acpi/tables/CCEL': Buffer.from('CCEL-table'), '/sys/firmware/acpi/tables/data/CCEL': Buffer.from('log-area') };
    const fs = new FakeConfigfs({ outblob: tdxOutblob, files });
    const [e] = await new TsmSource({ fs, root: fs.root }).collect(REPORT_DATA);
    expect(e!.aux).toEqual([
      { name: 'ccel-table.bin', bytes: Buffer.from('CCEL-table') },
      { name: 'ccel-data.bin', bytes: Buffer.from('log-area') },
    ]);
    const without = await new TsmSource({ fs: new FakeConfigfs({ outblob: tdxOutblob }), root: fs.root }).collect(REPORT_DATA);
    expect(without[0]!.aux).toBeUndefined();
  });

  it('SNP: auxblob travels as an aux file', async () => {
    const fs = new FakeConfigfs({ provider: 'sev_guest', outblob: () => Buffer.alloc(1184, 1), auxblob: Buffer.from('certs') });
    const [e] = await new TsmSource({ fs, root: fs.root }).collect(REPORT_DATA);
    expect(e!.formatHint).toBe('sev-snp-report');
    expect(e!.aux).toEqual([{ name: 'sev-snp-certs.bin', bytes: Buffer.from('certs') }]);
  });

  it('a racing writer: retried, and the answer is for our inblob', async () => {
    const fs = new FakeConfigfs({ outblob: tdxOutblob, races: 2 });
    const [e] = await new TsmSource({ fs, root: fs.root }).collect(REPORT_DATA);
    expect(fs.writes).toBe(3);
    expect(sniffFormat(e!.bytes)).toBe('simulated-tdx-quote');
    expect(fs.entries.size).toBe(0);
  });

  it('races on every try: bounded, an error, and the entry is still removed', async () => {
    const fs = new FakeConfigfs({ outblob: tdxOutblob, races: 99 });
    const e = await inputError(new TsmSource({ fs, root: fs.root, maxTries: 3 }).collect(REPORT_DATA));
    expect(e.message).toMatch(/another writer/);
    expect(fs.writes).toBe(3);
    expect(fs.removed).toEqual(fs.created);
    expect(fs.entries.size).toBe(0);
  });

  it('a failing outblob read still removes the entry', async () => {
    const fs = new FakeConfigfs({
      outblob: () => {
        throw Object.assign(new Error('EIO'), { code: 'EIO' });
      },
    });
    await expect(new TsmSource({ fs, root: fs.root }).collect(REPORT_DATA)).rejects.toThrow('EIO');
    expect(fs.entries.size).toBe(0);
  });

  it('parseEvidenceSpec passes tsmFs and tsmRoot', async () => {
    const fs = new FakeConfigfs({ outblob: tdxOutblob });
    const src = parseEvidenceSpec('tsm', { ...deps, tsmFs: fs, tsmRoot: fs.root });
    expect(await src.collect(REPORT_DATA, GPU_NONCE)).toHaveLength(1);
  });
});

function recordedNvattest(): Buffer {
  // The shape `nvattest collect-evidence --format json` prints, built from the real 8-GPU capture.
  const evidences = JSON.parse(readFileSync(join(VECTORS, 'nvtrust-ppcie-8gpu/gpu_evidence.json'), 'utf8'));
  return Buffer.from(`[info] collecting\n${JSON.stringify({ evidences, result_code: 0, result_message: 'Ok' }, null, 2)}\n`);
}

function fakeExec(answers: Partial<ExecResult>[]): Exec & { calls: { file: string; args: string[] }[] } {
  const calls: { file: string; args: string[] }[] = [];
  const run: Exec = async (file, args) => {
    calls.push({ file, args });
    const a = answers.shift();
    if (!a) throw new Error('unexpected exec call');
    return { code: 0, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), timedOut: false, overflow: false, spawnError: null, ...a };
  };
  const exec = Object.assign(run, { calls });
  return exec;
}

describe.skipIf(!haveVectors)('nvidia source with an injected exec', () => {
  it('runs nvattest collect-evidence with the GPU nonce and yields one SPDM evidence per GPU', async () => {
    const exec = fakeExec([{ stdout: recordedNvattest() }]);
    const out = await new NvidiaSource({ env: deps.env, exec }).collect(REPORT_DATA, GPU_NONCE);
    expect(exec.calls[0]).toEqual({
      file: 'nvattest',
      args: ['collect-evidence', '--device', 'gpu', '--nonce', GPU_NONCE.toString('hex'), '--format', 'json'],
    });
    expect(out).toHaveLength(8);
    for (const [i, e] of out.entries()) {
      expect(e.source).toBe('nvidia');
      expect(e.formatHint).toBe('nvidia-spdm');
      expect(sniffFormat(e.bytes)).toBe('nvidia-spdm');
      expect(e.aux![0]!.name).toBe(`gpu${i}-cert-chain.pem`);
      expect(Buffer.from(e.aux![0]!.bytes).toString()).toMatch(/^-----BEGIN CERTIFICATE-----/);
    }
    // Recorded evidence answers another nonce: the verifier reports a foreign binding.
    const v = await verifyEvidence(out[0]!, 'f', { reportData: REPORT_DATA, gpuNonce: GPU_NONCE, trustRoots: loadTrustRoots(), network: false });
    expect(v).toMatchObject({ kind: 'nvidia-gpu', status: 'failed', bindingMatches: false });
  });

  it('retries without --format when the CLI does not know it', async () => {
    const exec = fakeExec([{ code: 109, stderr: Buffer.from('The following argument was not expected: --format\n') }, { stdout: recordedNvattest() }]);
    const out = await new NvidiaSource({ env: deps.env, exec }).collect(REPORT_DATA, GPU_NONCE);
    expect(exec.calls[1]!.args).not.toContain('--format');
    expect(out).toHaveLength(8);
  });

  it('a failing CLI is EVIDENCE_MALFORMED with its stderr', async () => {
    const exec = fakeExec([
      { code: 1, stderr: Buffer.from('NVML init failed\n') },
      { code: 1, stderr: Buffer.from('NVML init failed\n') },
    ]);
    const e = await inputError(new NvidiaSource({ env: deps.env, exec }).collect(REPORT_DATA, GPU_NONCE));
    expect(e.message).toContain('"NVML init failed"');
  });

  it('a non-zero result_code is an error', () => {
    expect(() => parseNvattestOutput(Buffer.from('{"evidences": [], "result_code": 5, "result_message": "no GPU"}'))).toThrow(/result_code 5/);
  });
});

function recordedAttest(resultCode = 0): Buffer {
  // The shape `nvattest attest --verifier remote --format json` prints, around the real NRAS token set.
  const detached = JSON.parse(readFileSync(join(VECTORS, 'nvattest-sdk/hopperClaimsv3_detached_eat.json'), 'utf8'));
  return Buffer.from(`[warn] contacting NRAS\n${JSON.stringify({ result_code: resultCode, result_message: resultCode ? 'Overall attestation result is false' : 'Ok', claims: [{ measres: 'success' }], detached_eat: detached })}\n`);
}

describe.skipIf(!haveVectors)('nvidia-nras source with an injected exec', () => {
  it('collects SPDM evidence, then NRAS tokens over the same nonce; the token set is kept as is', async () => {
    const exec = fakeExec([{ stdout: recordedNvattest() }, { stdout: recordedAttest() }]);
    const src = parseEvidenceSpec('nvidia-nras', { ...deps, exec });
    expect(src.kind).toBe('nvidia-nras');
    const out = await src.collect(REPORT_DATA, GPU_NONCE);
    expect(exec.calls.map((c) => c.args)).toEqual([
      ['collect-evidence', '--device', 'gpu', '--nonce', GPU_NONCE.toString('hex'), '--format', 'json'],
      ['attest', '--device', 'gpu', '--verifier', 'remote', '--nonce', GPU_NONCE.toString('hex'), '--format', 'json'],
    ]);
    expect(out).toHaveLength(9);
    const tokens = out[8]!;
    expect(tokens).toMatchObject({ source: 'nvidia-nras', formatHint: 'nras-eat' });
    expect(sniffFormat(tokens.bytes)).toBe('nras-eat');
    const real = JSON.parse(readFileSync(join(VECTORS, 'nvattest-sdk/hopperClaimsv3_detached_eat.json'), 'utf8'));
    expect(JSON.parse(Buffer.from(tokens.bytes).toString('utf8'))).toEqual(real);
    // Verified like any token set: the recorded tokens answer another nonce, and their key set is absent.
    const v = await verifyEvidence(tokens, 'nras', { reportData: REPORT_DATA, gpuNonce: GPU_NONCE, trustRoots: loadTrustRoots(), network: false });
    expect(v.kind).toBe('nvidia-gpu');
    expect(v.format).toBe('nras-eat');
    expect(v.status).toBe('failed');
    expect(v.bindingMatches).toBe(false);
  });

  it('keeps a token set whose overall result is false (nvattest exits non-zero), without retrying', async () => {
    const exec = fakeExec([{ stdout: recordedNvattest() }, { code: 4, stdout: recordedAttest(4) }]);
    const out = await new NvidiaSource({ env: deps.env, exec, nras: true }).collect(REPORT_DATA, GPU_NONCE);
    expect(exec.calls).toHaveLength(2);
    expect(out[8]!.formatHint).toBe('nras-eat');
  });

  it('retries attest without --format, and fails with one line when no token set comes back', async () => {
    const exec = fakeExec([
      { stdout: recordedNvattest() },
      { code: 109, stderr: Buffer.from('The following argument was not expected: --format\n') },
      { stdout: recordedAttest() },
    ]);
    const out = await new NvidiaSource({ env: deps.env, exec, nras: true }).collect(REPORT_DATA, GPU_NONCE);
    expect(exec.calls[2]!.args).not.toContain('--format');
    expect(out).toHaveLength(9);

    const failing = fakeExec([
      { stdout: recordedNvattest() },
      { code: 1, stdout: Buffer.from('{"result_code": 31, "result_message": "NRAS unreachable", "claims": {}, "detached_eat": {}}') },
    ]);
    const e = await inputError(new NvidiaSource({ env: deps.env, exec: failing, nras: true }).collect(REPORT_DATA, GPU_NONCE));
    expect(e.message).toBe('nvattest attest printed no NRAS token set (result_code 31 "NRAS unreachable")');
  });

  it('parseNvattestAttestOutput: not JSON names the exit status and stderr', () => {
    expect(() => parseNvattestAttestOutput(Buffer.from('segfault'), 139, 'core dumped')).toThrow('nvattest attest did not print a JSON document (exit 139: core dumped)');
  });

  it('plain nvidia never calls NRAS', async () => {
    const exec = fakeExec([{ stdout: recordedNvattest() }]);
    const out = await parseEvidenceSpec('nvidia', { ...deps, exec }).collect(REPORT_DATA, GPU_NONCE);
    expect(exec.calls).toHaveLength(1);
    expect(out.every((e) => e.formatHint === 'nvidia-spdm')).toBe(true);
  });
});

describe('nvidia and auto support detection', () => {
  it('nvidia needs nvattest on PATH, the driver and /dev/nvidia<N>, and says what is missing', async () => {
    const bin = join(dir, 'bin');
    const dev = join(dir, 'dev');
    mkdirSync(bin, { recursive: true });
    mkdirSync(dev, { recursive: true });
    const src = () => new NvidiaSource({ env: { PATH: bin }, devDir: dev });
    const none = await src().isSupported();
    expect(none.supported).toBe(false);
    expect(none.reason).toMatch(/^nvattest is not on PATH; the NVIDIA driver is not loaded \(no .*nvidiactl\); no .*nvidia<N> GPU device$/);
    writeFileSync(join(bin, 'nvattest'), '#!/bin/sh\n', { mode: 0o755 });
    writeFileSync(join(dev, 'nvidiactl'), '');
    expect((await src().isSupported()).reason).toMatch(/^no .*nvidia<N>/);
    writeFileSync(join(dev, 'nvidia0'), '');
    const ok = await src().isSupported();
    expect(ok).toMatchObject({ supported: true });
    expect(ok.reason).toMatch(/CC mode not checked: nvidia-smi is not on PATH/);
  });

  it('nvidia: CC mode from nvidia-smi conf-compute -f (a test double taking the same arguments)', async () => {
    const bin = join(dir, 'bin-cc');
    const dev = join(dir, 'dev-cc');
    mkdirSync(bin, { recursive: true });
    mkdirSync(dev, { recursive: true });
    for (const f of ['nvattest', 'nvidia-smi']) writeFileSync(join(bin, f), '#!/bin/sh\n', { mode: 0o755 });
    for (const f of ['nvidiactl', 'nvidia0', 'nvidia1']) writeFileSync(join(dev, f), '');
    const smi = (stdout: string) => fakeExec([{ stdout: Buffer.from(stdout) }]);
    const off = smi('CC status: OFF\n');
    const r = await new NvidiaSource({ env: { PATH: bin }, devDir: dev, exec: off }).isSupported();
    expect(r).toEqual({ supported: false, reason: 'confidential computing mode is off (CC mode OFF (nvidia-smi conf-compute -f, self-reported))' });
    expect(off.calls[0]).toEqual({ file: join(bin, 'nvidia-smi'), args: ['conf-compute', '-f'] });
    const on = await new NvidiaSource({ env: { PATH: bin }, devDir: dev, exec: smi('CC status: ON\n') }).isSupported();
    expect(on).toMatchObject({ supported: true });
    expect(on.reason).toMatch(/with 2 GPU devices; CC mode ON/);
    expect(parseCcMode('CC State: DEVTOOLS').on).toBe(false);
    expect(parseCcMode('garbage').on).toBe(null);
  });

  it('auto: nothing present -> [] and the reasons recorded', async () => {
    const auto = parseEvidenceSpec('auto', { ...deps, env: { PATH: join(dir, 'none') }, tsmRoot: join(dir, 'no-tsm'), devDir: join(dir, 'no-dev') }) as AutoSource;
    expect(await auto.collect(REPORT_DATA, GPU_NONCE)).toEqual([]);
    expect(auto.reasons.join('; ')).toMatch(/tsm: .*not present.*nvidia: nvattest is not on PATH/);
    expect((await auto.isSupported()).reason).toMatch(/no evidence source found/);
  });

  it('auto: tsm present -> its evidence', async () => {
    const fs = new FakeConfigfs({ outblob: (i) => makeSimulatedQuote(i) });
    const auto = parseEvidenceSpec('auto', { ...deps, env: { PATH: '' }, tsmFs: fs, tsmRoot: fs.root });
    const out = await auto.collect(REPORT_DATA, GPU_NONCE);
    expect(out.map((e) => e.source)).toEqual(['tsm']);
  });
});
