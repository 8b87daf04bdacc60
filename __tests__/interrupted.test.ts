// An interrupted create (SIGTERM or SIGKILL during hashing, during the staging write, and between
// the two renames of the swap) leaves the old complete receipt directory or the new complete one,
// and the next run leaves no staging leftovers. The CLI bundle runs as users run it, with a preload
// (helpers/pause-at.cjs) that stops it at the chosen step, so each signal lands exactly there.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const preload = join(__dirname, 'helpers', 'pause-at.cjs');
const haveCli = existsSync(cli);
let work = '';

const env = () => ({ PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' });
const args = (out = 'receipt') => ['create', '--workload', 'model', '--inputs', 'inputs', '--outputs', 'outputs', '--evidence', 'none', '--out', out];

function create(extra: string[] = []) {
  const r = spawnSync(process.execPath, [cli, ...args(), ...extra], { cwd: work, encoding: 'utf8', env: env(), timeout: 120_000 });
  return { code: r.status, stderr: r.stderr };
}

/** Every file under dir (relative path -> sha256), or null when dir does not exist. */
function snapshot(dir: string): Record<string, string> | null {
  if (!existsSync(dir)) return null;
  const out: Record<string, string> = {};
  for (const rel of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const p = join(dir, rel);
    if (statSync(p).isFile()) out[rel] = createHash('sha256').update(readFileSync(p)).digest('hex');
  }
  return out;
}

/** Names beside the receipt directory that are not part of the job. */
const leftovers = () => readdirSync(work).filter((n) => n.startsWith('.receipt.'));

/** Run create paused at `at`, send `signal` there, and wait for the process to end. */
async function interrupt(at: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const child = spawn(process.execPath, ['--require', preload, cli, ...args()], { cwd: work, env: { ...env(), CR_PAUSE_AT: at } });
  let stderr = '';
  let sent = false;
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString('utf8');
    if (!sent && stderr.includes('PAUSED ')) {
      sent = true;
      child.kill(signal);
    }
  });
  return new Promise((resolve) => child.on('close', (code, sig) => resolve({ code, signal: sig, stderr })));
}

describe.skipIf(!haveCli)('interrupted create (dist/cli/index.js)', () => {
  let old: Record<string, string> | null = null;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'cr-interrupt-'));
    for (const d of ['model', 'inputs', 'outputs']) mkdirSync(join(work, d));
    writeFileSync(join(work, 'model', 'weights.bin'), 'weights');
    writeFileSync(join(work, 'inputs', 'in.txt'), 'in');
    writeFileSync(join(work, 'outputs', 'out.txt'), 'out');
    expect(create().code).toBe(0);
    old = snapshot(join(work, 'receipt'));
    expect(old).toHaveProperty(['receipt.json']);
    // The next receipt differs from the old one (a changed output), so the two are told apart.
    writeFileSync(join(work, 'outputs', 'out.txt'), 'new out');
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  /** After the interruption and one more run: a complete new receipt, nothing left over. */
  function nextRunIsClean() {
    const r = create();
    expect(r.code, r.stderr).toBe(0);
    const now = snapshot(join(work, 'receipt'))!;
    expect(now['receipt.json']).toBeDefined();
    expect(now['outputs.manifest.json']).not.toBe(old!['outputs.manifest.json']);
    expect(leftovers()).toEqual([]);
  }

  it.each(['SIGTERM', 'SIGKILL'] as const)('%s while hashing leaves the old receipt directory untouched', async (sig) => {
    const r = await interrupt('open:weights.bin', sig);
    expect(r.signal).toBe(sig);
    expect(snapshot(join(work, 'receipt'))).toEqual(old);
    expect(leftovers()).toEqual([]);
    nextRunIsClean();
  });

  it('SIGTERM while the new directory is staged: the old directory stays, the staging directory is removed', async () => {
    const r = await interrupt('write:outputs.manifest.json', 'SIGTERM');
    expect(r.signal).toBe('SIGTERM');
    expect(snapshot(join(work, 'receipt'))).toEqual(old);
    expect(leftovers()).toEqual([]);
    nextRunIsClean();
  });

  it('SIGKILL while the new directory is staged: the old directory stays; the next run removes the staging directory', async () => {
    const r = await interrupt('write:outputs.manifest.json', 'SIGKILL');
    expect(r.signal).toBe('SIGKILL');
    expect(snapshot(join(work, 'receipt'))).toEqual(old);
    expect(leftovers()).toHaveLength(1);
    expect(leftovers()[0]).toMatch(/^\.receipt\.compute-receipt-staging-[0-9a-f]{12}$/);
    nextRunIsClean();
  });

  it('SIGTERM between the two renames is held until the new directory is in place', async () => {
    const r = await interrupt('swap:receipt', 'SIGTERM');
    expect(r.signal).toBe('SIGTERM');
    const now = snapshot(join(work, 'receipt'))!;
    expect(now['receipt.json']).toBeDefined();
    expect(now['outputs.manifest.json']).not.toBe(old!['outputs.manifest.json']);
    expect(leftovers()).toEqual([]);
    nextRunIsClean();
  });

  it('SIGKILL between the two renames: the next run, even one that fails, puts the old directory back first', async () => {
    const r = await interrupt('swap:receipt', 'SIGKILL');
    expect(r.signal).toBe('SIGKILL');
    // The one window two renames leave: the old directory waits under its old- name.
    expect(existsSync(join(work, 'receipt'))).toBe(false);
    expect(leftovers().some((n) => /^\.receipt\.compute-receipt-old-[0-9a-f]{12}$/.test(n))).toBe(true);
    const failed = create(['--policy', 'no-such-policy']);
    expect(failed.code).toBe(2);
    expect(snapshot(join(work, 'receipt'))).toEqual(old);
    nextRunIsClean();
  });
});
