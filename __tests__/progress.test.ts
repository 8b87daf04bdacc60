// Progress for people: a live line on a terminal, a line every few seconds in Actions, nothing
// under --json/--quiet or when stderr is a plain pipe.
import { describe, expect, it } from 'vitest';
import { bytes, createReporter, formatProgress, progressHook, progressMode, tracked } from '../src/util/progress.js';
import type { HashProgress } from '../src/digest/hash-files.js';

const hashing = (bytesDone: number, done: number): HashProgress => ({ phase: 'hash', unit: 'files', done, total: 10, bytesDone, bytesTotal: 4e9 });

describe('progress mode', () => {
  it.each([
    [{ isTTY: true, env: {}, quiet: false }, 'tty'],
    [{ isTTY: true, env: { GITHUB_ACTIONS: 'true' }, quiet: true }, 'off'],
    [{ isTTY: false, env: { GITHUB_ACTIONS: 'true' }, quiet: false }, 'log'],
    [{ isTTY: false, env: {}, quiet: false }, 'off'],
    [{ isTTY: false, env: { GITHUB_ACTIONS: 'false' }, quiet: false }, 'off'],
  ] as const)('%j -> %s', (e, want) => {
    expect(progressMode({ ...e, env: { ...e.env } })).toBe(want);
  });
});

describe('progress lines', () => {
  it('shows bytes, files, rate and ETA', () => {
    expect(formatProgress('outputs', hashing(1e9, 3), 2000)).toBe('outputs: 1.00 GB / 4.00 GB (25%), 3 / 10 files, 500 MB/s, ETA 6 s');
    expect(formatProgress('outputs', hashing(0, 0), 0)).toBe('outputs: 0 B / 4.00 GB (0%), 0 / 10 files');
    expect(formatProgress('w', { phase: 'walk', unit: 'files', done: 12345, total: null, bytesDone: 0, bytesTotal: 2.5e6 }, 0)).toBe(
      'w: listing, 12,345 files so far',
    );
    expect(bytes(999)).toBe('999 B');
    expect(bytes(123.4e12)).toBe('123 TB');
  });

  it('terminal: rewrites one line in place and clears it at the end', () => {
    const out: string[] = [];
    let t = 0;
    const r = createReporter({ mode: 'tty', label: 'hash', write: (s) => out.push(s), now: () => t });
    r.update(hashing(0, 0));
    t = 1000;
    r.update(hashing(2e9, 5));
    r.done();
    expect(out).toHaveLength(3);
    expect(out[1]).toBe('\r\x1b[Khash: 2.00 GB / 4.00 GB (50%), 5 / 10 files, 2.00 GB/s, ETA 1 s');
    expect(out[2]).toBe('\r\x1b[K');
    expect(out.join('')).not.toContain('\n');
  });

  it('Actions log: a line at most every interval, and a last line if any was written', () => {
    const out: string[] = [];
    let t = 0;
    const r = createReporter({ mode: 'log', label: 'outputs', write: (s) => out.push(s), now: () => t, logIntervalMs: 5000 });
    for (t = 0; t <= 12_000; t += 250) r.update(hashing(t * 1e5, Math.floor(t / 2000)));
    r.done();
    expect(out.filter((l) => l.startsWith('outputs: ') && !l.includes('hashed'))).toHaveLength(2);
    expect(out.every((l) => l.endsWith('\n') && !l.includes('\r'))).toBe(true);
    expect(out.at(-1)).toMatch(/^outputs: hashed 6 files, 1\.20 GB in 12 s\n$/);
  });

  it('a quick run in Actions writes nothing', () => {
    const out: string[] = [];
    const r = createReporter({ mode: 'log', label: 'x', write: (s) => out.push(s), now: () => 0 });
    r.update(hashing(4e9, 10));
    r.done();
    expect(out).toEqual([]);
  });

  it('off: no hook at all; tracked() finishes the reporter even when hashing fails', async () => {
    expect(progressHook('off', () => undefined)).toBeUndefined();
    const out: string[] = [];
    const hook = progressHook('tty', (s) => out.push(s))!;
    await expect(
      tracked(hook, 'x', async (p) => {
        p.onProgress!(hashing(1, 1));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(out.at(-1)).toBe('\r\x1b[K');
  });
});
