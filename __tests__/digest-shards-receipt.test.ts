// A receipt made with the shards serialization is replayed by verify: same digests, and a
// changed output or a changed shard size is a mismatch.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { create } from '../src/run.js';
import { verifyReceipt } from '../src/receipt/replay.js';
import { makeTree, rmTree, tmpDir } from './fixtures/digest/helpers.js';

let tmp: string;
beforeEach(() => {
  tmp = tmpDir();
  makeTree(tmp, {
    'model/weights.bin': Buffer.alloc(70_000, 7),
    'model/config.json': '{"a":1}',
    'model/empty': '',
    'inputs/prompts.jsonl': '{"q":"hi"}\n',
    'outputs/answers.jsonl': '{"a":"hello"}\n',
  });
});
afterEach(() => rmTree(tmp));

const deps = () => ({ cwd: tmp, env: {}, now: () => new Date('2026-01-01T00:00:00Z') });

async function make(serialization: 'files' | 'shards') {
  return create(
    { workload: ['model'], inputs: ['inputs'], outputs: ['outputs'], evidence: ['simulated'], policy: 'demo', storage: 'unknown', network: false, out: 'r', serialization },
    deps(),
  );
}

const verify = () =>
  verifyReceipt({ receipt: 'r', policy: 'demo', workload: ['model'], inputs: ['inputs'], outputs: ['outputs'] } as Parameters<typeof verifyReceipt>[0], deps());

describe('shards receipts', () => {
  it('records the shards serialization and replays without a mismatch', async () => {
    const r = await make('shards');
    expect(r.receipt.workload.serialization).toMatchObject({ method: 'shards', shard_size: 1_000_000_000 });
    expect(r.receipt.outputs.serialization.method).toBe('shards');
    const m = JSON.parse(fs.readFileSync(path.join(tmp, 'r', 'workload.manifest.json'), 'utf8'));
    expect(m.resources.map((x: { name: string }) => x.name)).toEqual(['config.json:0:7', 'weights.bin:0:70000']);
    // No SHA256SUMS: sha256sum cannot replay byte ranges.
    expect(fs.existsSync(path.join(tmp, 'r', 'outputs.SHA256SUMS'))).toBe(false);
    const v = await verify();
    expect(v.mismatches).toEqual([]);
  });

  it('a changed output is a mismatch', async () => {
    await make('shards');
    fs.writeFileSync(path.join(tmp, 'outputs', 'answers.jsonl'), '{"a":"HELLO"}\n');
    const v = await verify();
    expect(v.mismatches.map((x) => x.field)).toContain('output_digest');
  });

  it('a shard size other than the OMS one is a mismatch', async () => {
    await make('shards');
    const p = path.join(tmp, 'r', 'receipt.json');
    const rec = JSON.parse(fs.readFileSync(p, 'utf8'));
    rec.outputs.serialization.shard_size = 10;
    fs.writeFileSync(p, JSON.stringify(rec));
    const v = await verify();
    expect(v.mismatches.map((x) => x.field)).toContain('serialization.shard_size');
  });

  it('files stays the default, with SHA256SUMS', async () => {
    const r = await make('files');
    expect(r.receipt.outputs.serialization.method).toBe('files');
    expect(fs.existsSync(path.join(tmp, 'r', 'outputs.SHA256SUMS'))).toBe(true);
    expect((await verify()).mismatches).toEqual([]);
  });
});
