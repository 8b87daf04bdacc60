// `compute-receipt hash` through the committed CLI bundle: serialization flag, --quiet, JSON
// written in pieces equal to one JSON.stringify, and no progress text outside a terminal.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTree, rmTree, tmpDir } from './fixtures/digest/helpers.js';

const cli = join(__dirname, '..', 'dist', 'cli', 'index.js');
let tmp = '';
beforeAll(() => {
  tmp = tmpDir();
  const spec: Record<string, string> = { 'big.bin': 'x'.repeat(3000), empty: '' };
  for (let k = 0; k < 700; k++) spec[`d/f${k}`] = `file ${k}`;
  makeTree(tmp, spec);
});
afterAll(() => rmTree(tmp));

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', ...env }, timeout: 60_000, maxBuffer: 1 << 26 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!existsSync(cli))('hash CLI', () => {
  it('--json is exactly JSON.stringify(…, null, 2) of the result, and nothing goes to stderr in Actions', () => {
    const r = run(['hash', '--json', tmp], { GITHUB_ACTIONS: 'true' });
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout);
    expect(r.stdout).toBe(JSON.stringify(v, null, 2) + '\n');
    expect(v.files).toHaveLength(702);
    expect(v.serialization.method).toBe('files');
    expect(r.stderr).toBe('');
  });

  it('--serialization shards names byte ranges and leaves empty files out; --quiet is accepted', () => {
    const r = run(['hash', '--json', '--quiet', '--serialization', 'shards', tmp]);
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout);
    expect(v.serialization).toMatchObject({ method: 'shards', shard_size: 1_000_000_000 });
    expect(v.files.map((f: { name: string }) => f.name)).toContain('big.bin:0:3000');
    expect(v.files).toHaveLength(701);
  });

  it('an unknown serialization is a usage error', () => {
    const r = run(['hash', '--serialization', 'blocks', tmp]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--serialization must be one of files, shards');
  });
});
