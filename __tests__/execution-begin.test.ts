import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { canonicalize } from '../src/binding/jcs.js';
import { jsonDigest } from '../src/binding/binding.js';
import { buildManifest, digestTree } from '../src/digest/index.js';
import { parseTdxQuote, SimulatedSource } from '../src/evidence/index.js';
import { parseRuntimeEventLog } from '../src/evidence/formats/tdx-eventlog.js';
import { SimulatedRtmr3, SysfsRtmr3, replayRtmr } from '../src/evidence/sources/rtmr3.js';
import { begin } from '../src/execution/begin.js';
import { BEGIN_EVENT, eventDigest, readOurEvent } from '../src/execution/events.js';
import { readBeginState } from '../src/execution/state.js';
import { InputError } from '../src/util/errors.js';
import { FakeTdxMeasurements } from './helpers/fake-tdx-measurements.js';
import { haveVectors, vector } from './helpers/vectors.js';

/** The runtime-event rule of ../shared/vectors/dstack-rtmr3/README.txt, written out independently. */
function dstackDigest(name: string, payload: Buffer): Buffer {
  const t = Buffer.alloc(4);
  t.writeUInt32LE(0x08000001);
  return createHash('sha384').update(Buffer.concat([t, Buffer.from(':' + name + ':'), payload])).digest();
}

describe('the fake sysfs RTMR file behaves like the kernel', () => {
  it.each([0, 1, 32, 47, 49, 64, 96])('a %i-byte write is EINVAL and leaves RTMR3 alone', async (n) => {
    const fake = new FakeTdxMeasurements();
    await expect(fake.write(`${fake.dir}/rtmr3:sha384`, Buffer.alloc(n, 1))).rejects.toMatchObject({ code: 'EINVAL' });
    expect(fake.rtmr[3]).toEqual(Buffer.alloc(48));
  });

  it('a 48-byte write extends: RTMR3 = SHA-384(RTMR3 || data); MRTD is not extendable', async () => {
    const fake = new FakeTdxMeasurements();
    const d = Buffer.alloc(48, 9);
    await fake.write(`${fake.dir}/rtmr3:sha384`, d);
    expect(fake.rtmr[3]).toEqual(createHash('sha384').update(Buffer.alloc(48)).update(d).digest());
    await expect(fake.write(`${fake.dir}/mrtd:sha384`, d)).rejects.toMatchObject({ code: 'EACCES' });
  });

  it('SysfsRtmr3 never hands the kernel anything but 48 bytes, and names the kernel refusal', async () => {
    const fake = new FakeTdxMeasurements();
    const dev = new SysfsRtmr3(fake.dir, fake);
    await expect(dev.extend(Buffer.alloc(32))).rejects.toThrow(TypeError);
    expect(fake.writes).toEqual([]);
    await dev.extend(Buffer.alloc(48, 1));
    expect(await dev.read()).toEqual(replayRtmr([Buffer.alloc(48, 1)]));
    const ro = new SysfsRtmr3(fake.dir, new FakeTdxMeasurements(fake.dir, false));
    await expect(ro.extend(Buffer.alloc(48))).rejects.toThrow(/cannot extend RTMR3 .*EACCES; needs root/);
  });

  it('the simulated register extends the same way and starts at zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-simrtmr-'));
    const dev = new SimulatedRtmr3(join(dir, 'rtmr3'));
    expect(await dev.read()).toEqual(Buffer.alloc(48));
    await dev.extend(Buffer.alloc(48, 2));
    await dev.extend(Buffer.alloc(48, 3));
    expect(await dev.read()).toEqual(replayRtmr([Buffer.alloc(48, 2), Buffer.alloc(48, 3)]));
    await expect(dev.extend(Buffer.alloc(47))).rejects.toThrow(TypeError);
  });
});

describe('begin: hash workload and inputs, extend RTMR3 with compute-receipt.begin, write the state', () => {
  let work: string;
  let fake: FakeTdxMeasurements;
  const env = { GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'train' };
  const deps = () => ({ cwd: work, env, now: () => new Date('2026-12-02T10:00:00Z'), sourceDeps: { measurementsDir: fake.dir, measurementsFs: fake } });
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'cr-begin-'));
    for (const d of ['model', 'inputs']) {
      mkdirSync(join(work, d));
      writeFileSync(join(work, d, 'a.txt'), `${d} bytes`);
    }
    fake = new FakeTdxMeasurements();
  });
  const opts = (extra: object = {}) => ({ workload: ['model'], inputs: ['inputs'], evidence: ['tsm'], state: 'st/begin.json', ...extra });

  it('measures the digests create computes, extends RTMR3 once with 48 bytes, and logs the event', async () => {
    const r = await begin(opts({ nonce: 'ab'.repeat(16) }), deps());
    const wTree = await digestTree([join(work, 'model')], { allowSymlinks: false, ignorePaths: [], method: 'files' });
    const iTree = await digestTree([join(work, 'inputs')], { allowSymlinks: false, ignorePaths: [], method: 'files' });
    expect(r.state.begin_payload).toMatchObject({
      phase: 'begin',
      job: { id: 'train', repository: 'o/r', run_id: '42', run_attempt: '1' },
      workload_digest: wTree.digest,
      workload_manifest_digest: jsonDigest(buildManifest(wTree)),
      input_commitment: iTree.digest,
      input_manifest_digest: jsonDigest(buildManifest(iTree)),
      nonce: 'ab'.repeat(16),
      oidc_token_digest: null,
    });
    expect(fake.writes).toEqual([{ path: `${fake.dir}/rtmr3:sha384`, length: 48, ok: true }]);
    // The event log is dstack's JSON form; the payload is RFC 8785; the digest follows the runtime-event rule.
    const log = JSON.parse(readFileSync(join(work, 'st', 'rtmr3-events.json'), 'utf8'));
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ imr: 3, event_type: 0x08000001, event: BEGIN_EVENT });
    const payload = Buffer.from(log[0].event_payload, 'hex');
    expect(payload.toString('utf8')).toBe(canonicalize(r.state.begin_payload));
    const d = dstackDigest(BEGIN_EVENT, payload);
    expect(log[0].digest).toBe(d.toString('hex'));
    expect(r.state.begin_event_digest).toBe(d.toString('hex'));
    expect(fake.rtmr[3]).toEqual(createHash('sha384').update(Buffer.alloc(48)).update(d).digest());
    // The state reads back; a second begin for the same state is refused.
    expect((await readBeginState(r.statePath, 'st/begin.json')).begin_event_digest).toBe(d.toString('hex'));
    await expect(begin(opts(), deps())).rejects.toThrow(/already exists: one begin per job/);
    expect(fake.writes).toHaveLength(1);
  });

  it('without the sysfs register (no TDX, an older kernel, SEV-SNP) begin refuses with one line, writing nothing', async () => {
    const d = { ...deps(), sourceDeps: { measurementsDir: '/nowhere', measurementsFs: fake } };
    const e = await begin(opts(), d).catch((x) => x);
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/RTMR3 cannot be extended here: .*rtmr3:sha384 is not present .*environment tier at most/);
    expect(existsSync(join(work, 'st'))).toBe(false);
  });

  it('when the kernel refuses the write (not root) the log is put back and no state is written', async () => {
    const ro = new FakeTdxMeasurements(fake.dir, false);
    const e = await begin(opts(), { ...deps(), sourceDeps: { measurementsDir: ro.dir, measurementsFs: ro } }).catch((x) => x);
    expect(e.message).toMatch(/EACCES; needs root/);
    expect(JSON.parse(readFileSync(join(work, 'st', 'rtmr3-events.json'), 'utf8'))).toEqual([]);
    expect(existsSync(join(work, 'st', 'begin.json'))).toBe(false);
  });

  it('warns when the log does not replay to RTMR3, or RTMR3 already records another job', async () => {
    fake.extendUnlogged(Buffer.alloc(48, 5));
    const r = await begin(opts(), deps());
    expect(r.warnings.join('\n')).toMatch(/does not replay to the current RTMR3/);
    const r2 = await begin(opts({ state: 'st/second.json' }), { ...deps(), sourceDeps: { measurementsDir: fake.dir, measurementsFs: fake } });
    expect(r2.warnings.join('\n')).toMatch(/already records 1 compute-receipt job/);
  });

  it('simulated: the register lives beside the state, and a simulated quote reports it as RTMR3', async () => {
    const r = await begin(opts({ evidence: ['simulated'] }), deps());
    expect(fake.writes).toEqual([]);
    expect(r.state.register.kind).toBe('simulated-rtmr3');
    const dev = new SimulatedRtmr3(join(work, 'st', 'simulated-rtmr3'));
    const want = replayRtmr([Buffer.from(r.state.begin_event_digest, 'hex')]);
    expect(await dev.read()).toEqual(want);
    const [q] = await new SimulatedSource(() => dev.read()).collect(Buffer.alloc(64, 1));
    expect(parseTdxQuote(q!.bytes).body.rtmr[3]).toEqual(want);
    // Without a register, the simulated quote keeps its marker value.
    const [plain] = await new SimulatedSource().collect(Buffer.alloc(64, 1));
    expect(parseTdxQuote(plain!.bytes).body.rtmr[3]!.toString('latin1')).toMatch(/^SIMULATED RTMR3 no hardware/);
  });
});

describe.skipIf(!haveVectors)('real dstack RTMR3 logs replay with the same event rule', () => {
  it.each(['quote-report.json', 'tdx-lite-getquote.json'])('%s: RTMR3 replays to the quoted value; none of its events is ours', (f) => {
    const doc = JSON.parse(vector(`dstack-rtmr3/${f}`).toString('utf8'));
    const events = parseRuntimeEventLog(doc.event_log, f).filter((e) => e.rtmr === 3);
    expect(events.length).toBeGreaterThan(5);
    const quote = parseTdxQuote(Buffer.from(doc.quote, 'hex'));
    expect(replayRtmr(events.map((e) => Buffer.from(eventDigest(e), 'hex')))).toEqual(quote.body.rtmr[3]);
    for (const [i, e] of events.entries()) {
      expect(eventDigest(e)).toBe(dstackDigest(e.name ?? '', Buffer.from(e.data, 'hex')).toString('hex'));
      expect(readOurEvent(e, i)).toMatchObject({ ok: false });
    }
  });
});
